"""Canonical JSON: one byte string per value, so hashes and signatures are stable.

The subset of JSON used by record content: objects with string keys, arrays, strings,
integers (within ±2^53, exact in every JSON reader), booleans and null. No floats:
their text form differs between implementations. Encoding: keys sorted by code point,
no whitespace, UTF-8 without escaping non-ASCII (like RFC 8785 for this subset).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from amanat.domain.errors import ValidationError

MAX_SAFE_INTEGER = 2**53 - 1


def _check(value: Any, depth: int = 0) -> None:
    if depth > 32:
        raise ValidationError("invalid.content", field="depth")
    if value is None or isinstance(value, bool | str):
        return
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise ValidationError("invalid.content", field="integer")
        return
    if isinstance(value, list | tuple):
        for item in value:
            _check(item, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError("invalid.content", field="key")
            _check(item, depth + 1)
        return
    raise ValidationError("invalid.content", field=type(value).__name__)


def encode(value: Any, *, check: bool = True) -> bytes:
    """The canonical bytes of ``value``. ``check=False`` skips the type walk for content
    built by our own code (its types are known)."""
    if check:
        _check(value)
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def decode(data: bytes) -> Any:
    """Parse canonical bytes, refusing anything that is not in canonical form."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError("invalid.content", field="json") from None
    if encode(value) != data:
        raise ValidationError("invalid.content", field="not_canonical")
    return value


def digest(value: Any) -> bytes:
    return hashlib.sha256(encode(value)).digest()
