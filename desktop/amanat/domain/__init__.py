"""Plain dataclasses, enums, vocabularies and validation. No I/O, no Qt."""
