"""Use cases. Each takes plain callbacks (progress, is_cancelled) and returns what changed."""
