"""Exchange between vaults: contacts, this vault's identity, quarantine, sealing and
opening bundles."""
