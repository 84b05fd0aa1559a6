"""The order database: tables, engines and the tau-bench retail JSON codec."""
