"""The people section: find a person, and possible duplicates."""
