"""Recording interviews straight into the vault: screens land here."""
