"""返赃: the restitution ledger's page and dialogs."""
