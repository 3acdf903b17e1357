"""Bech32 (BIP 173) as age uses it: no 90-character limit, checksum over the lowercase form.

age keys are Bech32 strings: recipients in lowercase (``age1...``, ``age1pq1...``),
identities in uppercase (``AGE-SECRET-KEY-1...``). A string must be all one case; the
human-readable part (HRP) is returned with the case it was written in, so callers can
insist on the case the age tool writes.
"""

from __future__ import annotations

from amanat.domain.errors import AgeError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_REVERSE = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LENGTH = 6


def _polymod(values: list[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = ((checksum & 0x1FFFFFF) << 5) ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                checksum ^= generator
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    accumulator = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        accumulator = (accumulator << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((accumulator >> bits) & max_value)
    if pad:
        if bits:
            out.append((accumulator << (to_bits - bits)) & max_value)
    elif bits >= from_bits or ((accumulator << (to_bits - bits)) & max_value):
        # BIP 173: at most 4 bits of padding, and they must be zero; anything else means
        # the string was not produced by a correct encoder.
        raise AgeError("age.bad_key", reason="bech32_padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under ``hrp``; an uppercase ``hrp`` gives an all-uppercase string."""
    if not hrp or any(ord(c) < 33 or ord(c) > 126 for c in hrp):
        raise AgeError("age.bad_key", reason="bech32_hrp")
    if hrp.lower() != hrp and hrp.upper() != hrp:
        raise AgeError("age.bad_key", reason="bech32_mixed_case")
    lower_hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(lower_hrp), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> (5 * (5 - i))) & 31 for i in range(_CHECKSUM_LENGTH)]
    text = lower_hrp + "1" + "".join(CHARSET[v] for v in values + checksum)
    return text.upper() if hrp.upper() == hrp and hrp.lower() != hrp else text


def decode(text: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``; ``hrp`` keeps the case of ``text``.

    Raises AgeError("age.bad_key") for mixed case, bad characters, a missing separator,
    a wrong checksum or non-zero padding.
    """
    if text.lower() != text and text.upper() != text:
        raise AgeError("age.bad_key", reason="bech32_mixed_case")
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise AgeError("age.bad_key", reason="bech32_character")
    separator = text.rfind("1")
    if separator < 1 or separator + 1 + _CHECKSUM_LENGTH > len(text):
        raise AgeError("age.bad_key", reason="bech32_separator")
    hrp = text[:separator]
    lower = text.lower()
    try:
        values = [_CHARSET_REVERSE[c] for c in lower[separator + 1 :]]
    except KeyError:
        raise AgeError("age.bad_key", reason="bech32_character") from None
    if _polymod([*_hrp_expand(lower[:separator]), *values]) != 1:
        raise AgeError("age.bad_key", reason="bech32_checksum")
    data = bytes(_convert_bits(values[:-_CHECKSUM_LENGTH], 5, 8, pad=False))
    return hrp, data
