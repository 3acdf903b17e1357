"""Record entries: a record's revision history as one canonical JSON object.

    {"id": "<record id>", "kind": "<record kind>",
     "revisions": [{"author": "<hex>", "content": {...}, "created": "...",
                    "parents": ["<rev id>", ...], "rev": "<rev id>",
                    "sig": "<128 hex>" | null}, ...]}

``sig`` (the author's signature, storage.history) is in format version 2 only; a
format 1 entry has no ``sig`` key, and its revisions are unsigned.

Canonical JSON (amanat.domain.canonical): keys sorted, no whitespace, UTF-8. Each
revision's ``content`` is its canonical content object, so the revision's content bytes
are exactly ``canonical.encode(content)`` and its id recomputes on the receiving side.
Revisions are listed parents first.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from amanat.domain import canonical
from amanat.domain.errors import AmanatError, BundleError
from amanat.domain.model import RecordKind
from amanat.storage.history import Revision

MAX_REVISIONS_PER_RECORD = 100_000
_REV_ID = re.compile(r"[0-9a-f]{64}")
_AUTHOR = re.compile(r"[0-9a-f]{64}")
_ENTRY_KEYS = {"id", "kind", "revisions"}
_REVISION_KEYS = {"author", "content", "created", "parents", "rev"}
_REVISION_KEYS_V2 = _REVISION_KEYS | {"sig"}
_SIG = re.compile(r"[0-9a-f]{128}")
LATEST_ENTRY_VERSION = 2
MAX_CREATED_CHARS = 64


def _json_text(value: str) -> bytes:
    # Ids, kinds and times are plain ASCII: json.dumps would return them unchanged
    # between quotes, and is by far the slowest way to do that.
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return b'"' + value.encode("ascii") + b'"'
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def encode_record_entry(
    kind: RecordKind,
    record_id: str,
    revisions: list[Revision],
    *,
    version: int = LATEST_ENTRY_VERSION,
) -> bytes:
    """The entry bytes, assembled around each revision's stored canonical content (no
    re-encoding of content: it is canonical already). Equal to canonical.encode of the
    same object; a test holds it to that. ``version``: the bundle format version."""
    parts = [
        b'{"id":',
        _json_text(record_id),
        b',"kind":',
        _json_text(kind.value),
        b',"revisions":[',
    ]
    for i, rev in enumerate(revisions):
        if i:
            parts.append(b",")
        parts += [
            b'{"author":"',
            rev.author.hex().encode("ascii"),
            b'","content":',
            rev.content,
            b',"created":',
            _json_text(rev.created),
            b',"parents":[',
            b",".join(b'"' + p.encode("ascii") + b'"' for p in rev.parents),
            b'],"rev":"',
            rev.rev_id.encode("ascii"),
        ]
        if version < 2:
            parts.append(b'"}')
        elif rev.signature is None:
            parts.append(b'","sig":null}')
        else:
            parts += [b'","sig":"', rev.signature.hex().encode("ascii"), b'"}']
    parts.append(b"]}")
    return b"".join(parts)


def _record_error(reason: str, **params: object) -> BundleError:
    return BundleError("bundle.record", reason=reason, **params)


def _reject(_text: str) -> Any:
    raise ValueError("not canonical JSON")


def _safe_int(text: str) -> int:
    value = int(text)
    if abs(value) > canonical.MAX_SAFE_INTEGER:
        raise ValueError("integer out of range")
    return value


_DECODER = json.JSONDecoder(parse_float=_reject, parse_int=_safe_int, parse_constant=_reject)


def _strict_loads(data: bytes, kind: RecordKind) -> Any:
    """JSON with only what canonical JSON allows (no floats, no NaN, safe integers).
    Whether it is in canonical form is checked after parsing, by re-encoding."""
    try:
        return _DECODER.decode(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _record_error("json", kind=kind.value) from None


def decode_record_entry(
    data: bytes,
    kind: RecordKind,
    record_id: str,
    *,
    verify: bool = True,
    version: int = LATEST_ENTRY_VERSION,
    entry_index: int | None = None,
) -> list[Revision]:
    return [
        rev
        for rev, _content in decode_record_entry_with_content(
            data, kind, record_id, verify=verify, version=version, entry_index=entry_index
        )
    ]


def decode_record_entry_with_content(
    data: bytes,
    kind: RecordKind,
    record_id: str,
    *,
    verify: bool = True,
    version: int = LATEST_ENTRY_VERSION,
    entry_index: int | None = None,
) -> list[tuple[Revision, dict[str, Any]]]:
    """Parse and check one record entry; raises BundleError("bundle.record").
    ``entry_index``: the entry's place in the bundle, named in the error (``index``) when
    the fault is the entry's, not one revision's.

    ``verify=False`` leaves the per-revision checks (hashes, canonical content) to the
    caller, for callers that hand every revision to ``records.apply_revision``, which
    makes them itself: doing them twice would double the cost of an import.
    """
    try:
        return _decode_entry(data, kind, record_id, verify, version)
    except BundleError as exc:
        if exc.code != "bundle.record" or entry_index is None:
            raise
        params = dict(exc.params)
        if "index" in params:  # a revision's place in the entry
            params["revision"] = params.pop("index")
        raise BundleError("bundle.record", **params, index=entry_index) from None


def _decode_entry(
    data: bytes, kind: RecordKind, record_id: str, verify: bool, version: int
) -> list[tuple[Revision, dict[str, Any]]]:
    value = _strict_loads(data, kind)
    if not isinstance(value, dict) or set(value) != _ENTRY_KEYS:
        raise _record_error("shape", kind=kind.value)
    if value["id"] != record_id or value["kind"] != kind.value:
        raise _record_error("id_mismatch", kind=kind.value)
    items = value["revisions"]
    if not isinstance(items, list) or not items:
        raise _record_error("revisions", kind=kind.value)
    if len(items) > MAX_REVISIONS_PER_RECORD:
        raise BundleError("bundle.limit", what="revisions", count=len(items))
    in_entry = {
        item["rev"] for item in items if isinstance(item, dict) and isinstance(item.get("rev"), str)
    }
    seen: set[str] = set()
    revisions: list[tuple[Revision, dict[str, Any]]] = []
    for index, item in enumerate(items):
        rev = _revision(item, kind, record_id, index, verify, version)
        if rev.rev_id in seen:
            raise _record_error("duplicate_revision", kind=kind.value, index=index)
        # Parents first: a parent carried in this entry must come before its child.
        if any(p in in_entry and p not in seen for p in rev.parents):
            raise _record_error("revision_order", kind=kind.value, index=index)
        seen.add(rev.rev_id)
        revisions.append((rev, item["content"]))
    # One byte string per entry: rebuilding it from the parts must give the input back
    # (sorted keys, no whitespace, no escapes where none are needed, no duplicate keys).
    rebuilt = encode_record_entry(kind, record_id, [rev for rev, _ in revisions], version=version)
    if rebuilt != data:
        raise _record_error("not_canonical", kind=kind.value)
    return revisions


def _revision(
    item: Any, kind: RecordKind, record_id: str, index: int, verify: bool, version: int
) -> Revision:
    keys = _REVISION_KEYS if version < 2 else _REVISION_KEYS_V2
    if not isinstance(item, dict) or set(item) != keys:
        raise _record_error("revision_shape", kind=kind.value, index=index)
    sig = item.get("sig")
    if sig is not None and (not isinstance(sig, str) or not _SIG.fullmatch(sig)):
        raise _record_error("signature", kind=kind.value, index=index)
    rev_id, author, created, parents, content = (
        item["rev"],
        item["author"],
        item["created"],
        item["parents"],
        item["content"],
    )
    if not isinstance(rev_id, str) or not _REV_ID.fullmatch(rev_id):
        raise _record_error("revision_id", kind=kind.value, index=index)
    if not isinstance(author, str) or not _AUTHOR.fullmatch(author):
        raise _record_error("author", kind=kind.value, index=index)
    if not isinstance(created, str) or not 0 < len(created) <= MAX_CREATED_CHARS:
        raise _record_error("created", kind=kind.value, index=index)
    if not isinstance(parents, list) or any(
        not isinstance(p, str) or not _REV_ID.fullmatch(p) for p in parents
    ):
        raise _record_error("parents", kind=kind.value, index=index)
    if not isinstance(content, dict):
        raise _record_error("content", kind=kind.value, index=index)
    # The type walk (nesting depth, safe integers) runs for every reader, so that
    # ``inspect`` and ``open`` refuse the same entries (issue 16, item 5).
    try:
        body = canonical.encode(content, check=True)
    except AmanatError as exc:
        raise _record_error("content", kind=kind.value, index=index, detail=exc.code) from None
    rev = Revision(
        rev_id=rev_id,
        kind=kind,
        record_id=record_id,
        parents=tuple(parents),
        author=bytes.fromhex(author),
        created=created,
        content_hash=hashlib.sha256(body).digest(),
        content=body,
        signature=None if sig is None else bytes.fromhex(sig),
    )
    if verify:
        try:
            rev.verify_received()
        except AmanatError as exc:
            raise _record_error("revision", kind=kind.value, index=index, detail=exc.code) from None
    return rev
