"""Keyslots, Argon2id, age v1, STREAM and signatures, on `cryptography`'s primitives."""
