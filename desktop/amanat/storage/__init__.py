"""SQLCipher connections, numbered migrations, repositories, blob store, FTS."""
