"""Privacy: personal data masked in log records (audit payloads: where they are written, tools/audit.py)."""
