"""What a revision changed: two contents of a record compared field by field.

Pure (no storage): the history view turns these into words ("Title: A → B", "Name
added: Ержан (kk-Cyrl)"). Lists (names, identifiers, status entries, sources...) are
compared item by item, so a change says which items were added and removed rather
than repeating the whole list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def content_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``[{"field", "before", "after"}]`` for plain values and
    ``[{"field", "added", "removed"}]`` for lists, in the order of ``after``'s keys
    (then keys only ``before`` had)."""
    keys = list(after) + [k for k in before if k not in after]
    out: list[dict[str, Any]] = []
    for key in keys:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if (
            isinstance(old, list | type(None))
            and isinstance(new, list | type(None))
            and (isinstance(old, list) or isinstance(new, list))
        ):
            old_items, new_items = old or [], new or []
            out.append(
                {
                    "field": key,
                    "added": [x for x in new_items if x not in old_items],
                    "removed": [x for x in old_items if x not in new_items],
                }
            )
        else:
            out.append({"field": key, "before": old, "after": new})
    return out
