"""Exchange with the county bureau: a USB writer that cannot half-write, and encrypted bundles."""
