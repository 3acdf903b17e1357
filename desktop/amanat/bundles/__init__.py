"""The sealed bundle format: writer, reader, manifest, import and merge."""
