"""Instant search across scripts."""
