"""Running core work from the GUI: the one database worker, operations with progress
and cancel, and the session (the open vault, locking, auto-lock)."""
