"""Photo intake: validate, re-encode from pixels, redact faces and text, store only the redacted copy."""
