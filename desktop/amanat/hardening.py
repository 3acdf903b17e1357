"""Process hardening done first thing at start (docs/design.md §9)."""

from __future__ import annotations

import os


def harden_process() -> None:
    """Disable core dumps, so a crash never writes decrypted memory to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not POSIX
        pass
    try:
        import ctypes

        pr_set_dumpable = 4
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    # Files Amanat creates are private to the user.
    os.umask(0o077)
