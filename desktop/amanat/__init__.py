"""Amanat: an offline-first, encrypted casework client.

Layers (docs/design.md §2), arrows pointing down:
ui | cli -> services -> bundles -> storage -> crypto -> domain.
Only ``amanat.ui`` imports PySide6.
"""

__version__ = "0.1.0"
