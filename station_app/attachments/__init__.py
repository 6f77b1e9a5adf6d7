"""Files attached to records (photos, audio reports, scanned signed documents), kept by SHA-256."""
