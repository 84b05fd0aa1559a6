"""tau-bench retail conformance: replay gold actions through Vitrine's tools and compare final states."""
