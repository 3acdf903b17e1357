"""Names across scripts: Latin skeletons and fuzzy comparison (DESIGN.md section 5).

(Stub: the full implementation is being written; the signature is the contract.)
"""

from __future__ import annotations


def match_key(text: str, script: str | None = None) -> str:
    """The Latin skeleton of a name, for matching across scripts."""
    return " ".join(text.lower().split())
