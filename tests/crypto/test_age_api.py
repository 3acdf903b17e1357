"""age keys, Bech32, identity files and the encrypt/decrypt API."""

from __future__ import annotations

import base64
import io
import os

import pytest

from amanat.crypto import age, bech32
from amanat.crypto.age_recipients import Stanza
from amanat.domain.errors import AgeError
from support.paths import DATA

SPEC_KEYS = [
    line
    for line in (DATA / "age-spec-keys.txt").read_text().splitlines()
    if line and not line.startswith("#")
]


def error_code(exc_info: pytest.ExceptionInfo[AgeError]) -> str:
    return exc_info.value.code


# --- keys --------------------------------------------------------------------------------


def test_spec_example_x25519_key_derives_the_spec_recipient() -> None:
    identity_text, recipient_text = SPEC_KEYS[0], SPEC_KEYS[1]
    identity = age.parse_identity(identity_text)
    assert isinstance(identity, age.X25519Identity)
    assert identity.to_public().to_string() == recipient_text
    assert identity.to_string() == identity_text
    assert age.parse_recipient(recipient_text) == identity.to_public()


def test_spec_example_hybrid_key_derives_the_spec_recipient() -> None:
    # Checks the seed expansion (SHAKE256 into ML-KEM-768 and X25519 keys) against the
    # specification's own example, byte for byte.
    identity_text, recipient_text = SPEC_KEYS[2], SPEC_KEYS[3]
    identity = age.parse_identity(identity_text)
    assert isinstance(identity, age.HybridIdentity)
    assert identity.to_public().to_string() == recipient_text
    assert len(recipient_text) > 90  # Bech32 without BIP 173's length limit
    assert identity.to_string() == identity_text
    recipient = age.parse_recipient(recipient_text)
    assert isinstance(recipient, age.HybridRecipient)
    assert recipient.public_bytes() == identity.public_bytes()
    assert len(recipient.public_bytes()) == 1216


@pytest.mark.parametrize(
    ("identity_type", "secret_prefix", "public_prefix"),
    [
        (age.X25519Identity, "AGE-SECRET-KEY-1", "age1"),
        (age.HybridIdentity, "AGE-SECRET-KEY-PQ-1", "age1pq1"),
    ],
)
def test_generated_keys_round_trip(
    identity_type: type[age.X25519Identity] | type[age.HybridIdentity],
    secret_prefix: str,
    public_prefix: str,
) -> None:
    identity = identity_type.generate()
    text = identity.to_string()
    assert text.startswith(secret_prefix) and text == text.upper()
    assert len(identity.private_bytes()) == 32
    again = identity_type.parse(text)
    assert again.private_bytes() == identity.private_bytes()
    assert identity_type.from_bytes(identity.private_bytes()).to_string() == text
    public = identity.to_public().to_string()
    assert public.startswith(public_prefix) and public == public.lower()
    assert age.parse_recipient(public).public_bytes() == identity.public_bytes()
    assert identity_type.generate().private_bytes() != identity.private_bytes()


def test_x25519_recipient_from_bytes() -> None:
    identity = age.X25519Identity.generate()
    recipient = age.X25519Recipient.from_bytes(identity.public_bytes())
    assert recipient == identity.to_public()
    with pytest.raises(AgeError) as caught:
        age.X25519Recipient.from_bytes(b"\x01" * 31)
    assert error_code(caught) == "age.bad_key"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "age",
        "age1",
        "AGE1ZVKYG2LQZRAA2LNJVQEJ32NKUU0UES2S82HZRYE869XEEXVN73EQUNUJWJ",  # age writes lowercase
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwJ",  # mixed case
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwk",  # checksum
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujw",  # truncated
        "age1zvkyb2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",  # 'b' not in charset
        " age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX",
        bech32.encode("age", b"\x01" * 31),
        bech32.encode("age", b"\x01" * 33),
        bech32.encode("age1pq", b"\x01" * 32),
        bech32.encode("age2", b"\x01" * 32),
    ],
)
def test_bad_recipients_are_rejected(text: str) -> None:
    with pytest.raises(AgeError) as caught:
        age.parse_recipient(text)
    assert error_code(caught) == "age.bad_key"


def test_unsupported_recipient_types_say_so() -> None:
    with pytest.raises(AgeError) as caught:
        age.parse_recipient("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz")
    assert error_code(caught) == "age.unsupported"


@pytest.mark.parametrize(
    "text",
    [
        "AGE-SECRET-KEY-1gfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpq4egaex",
        "age-secret-key-1gfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpyysjzgfpq4egaex",
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEY",
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
        bech32.encode("AGE-SECRET-KEY-", b"\x01" * 31),
        bech32.encode("AGE-SECRET-KEY-PQ-", b"\x01" * 64),
        "AGE-SECRET-KEY-2GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX",
    ],
)
def test_bad_identities_are_rejected(text: str) -> None:
    with pytest.raises(AgeError) as caught:
        age.parse_identity(text)
    assert error_code(caught) == "age.bad_key"


# --- Bech32 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hrp"),
    [  # valid strings from BIP 173
        ("A12UEL5L", "A"),
        ("a12uel5l", "a"),
        ("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", "abcdef"),
        ("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "split"),
        ("?1ezyfcl", "?"),
    ],
)
def test_bech32_accepts_bip173_valid_strings(text: str, hrp: str) -> None:
    found_hrp, data = bech32.decode(text)
    assert found_hrp == hrp
    assert bech32.encode(found_hrp, data) == text


@pytest.mark.parametrize(
    "text",
    [  # invalid strings from BIP 173, plus a padding case
        "\x201nwldj5",
        "\x7f1axkwrx",
        "pzry9x0s0muk",
        "1pzry9x0s0muk",
        "x1b4n0q5v",
        "li1dgmt3",
        "de1lg7wt\xff",
        "A1G7SGD8",
        "10a06t8",
        "1qzzfhee",
        "a1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq5nzycd",
    ],
)
def test_bech32_rejects_invalid_strings(text: str) -> None:
    with pytest.raises(AgeError) as caught:
        bech32.decode(text)
    assert error_code(caught) == "age.bad_key"


def test_bech32_has_no_length_limit() -> None:
    data = os.urandom(2000)
    text = bech32.encode("age1pq", data)
    assert len(text) > 3000
    assert bech32.decode(text) == ("age1pq", data)


# --- identity and recipient files --------------------------------------------------------


def test_identity_file_with_comments_blank_lines_and_crlf() -> None:
    first, second = age.X25519Identity.generate(), age.HybridIdentity.generate()
    text = (
        "# created: 2024-01-01T00:00:00Z\r\n"
        f"# public key: {first.to_public().to_string()}\r\n"
        f"{first.to_string()}\r\n"
        "\r\n"
        "   \n"
        f"  {second.to_string()}  \n"
    )
    parsed = age.parse_identity_file(text)
    assert [p.to_string() for p in parsed] == [first.to_string(), second.to_string()]


@pytest.mark.parametrize("text", ["", "# only a comment\n\n", "not a key\n"])
def test_identity_file_without_identities_is_rejected(text: str) -> None:
    with pytest.raises(AgeError) as caught:
        age.parse_identity_file(text)
    assert error_code(caught) == "age.bad_key"


def test_identity_file_error_names_the_line_not_the_content() -> None:
    good = age.X25519Identity.generate().to_string()
    with pytest.raises(AgeError) as caught:
        age.parse_identity_file(f"# comment\n{good}\nAGE-SECRET-KEY-1BROKEN\n")
    assert caught.value.params["line"] == 3
    assert "BROKEN" not in str(caught.value)


def test_recipients_file() -> None:
    recipients = [age.X25519Identity.generate().to_public() for _ in range(3)]
    text = "# team\n" + "\n".join(r.to_string() for r in recipients) + "\n\n"
    assert age.parse_recipients_file(text) == recipients


# --- encrypting and decrypting ---------------------------------------------------------


def test_header_bytes_are_written_before_any_payload() -> None:
    identity = age.X25519Identity.generate()
    out = io.BytesIO()
    writer = age.encrypt([identity.to_public()], out)
    header = writer.header_bytes
    assert header.startswith(b"age-encryption.org/v1\n-> X25519 ")
    assert header.endswith(b"\n") and header.splitlines()[-1].startswith(b"--- ")
    assert out.getvalue()[: len(header)] == header
    assert len(out.getvalue()) == len(header) + 16  # header, then the payload nonce
    writer.write(b"secret testimony")
    writer.close()
    with age.open_decryptor([identity], io.BytesIO(out.getvalue())) as reader:
        assert reader.header_bytes == header
        assert [s.type for s in reader.stanzas] == ["X25519"]
        assert reader.matched is identity
        assert reader.read() == b"secret testimony"
        assert reader.done


def test_every_recipient_can_decrypt_and_matched_tells_which() -> None:
    identities = [age.HybridIdentity.generate() for _ in range(3)]
    data = age.encrypt_bytes([i.to_public() for i in identities], b"x" * 70000)
    for identity in identities:
        others = [i for i in identities if i is not identity]
        stranger = age.HybridIdentity.generate()
        with age.open_decryptor([stranger, identity, *others], io.BytesIO(data)) as reader:
            assert reader.matched is identity
            assert reader.read() == b"x" * 70000
    header = age.parse_header(io.BytesIO(data))
    assert [s.type for s in header.stanzas] == ["mlkem768x25519"] * 3


def test_wrong_identity_is_no_match() -> None:
    data = age.encrypt_bytes([age.X25519Identity.generate().to_public()], b"data")
    for stranger in (age.X25519Identity.generate(), age.HybridIdentity.generate()):
        with pytest.raises(AgeError) as caught:
            age.decrypt_bytes([stranger], data)
        assert error_code(caught) == "age.no_match"
    with pytest.raises(AgeError) as caught:
        age.decrypt_bytes([], data)
    assert error_code(caught) == "age.no_match"


def test_hybrid_and_classic_recipients_are_never_mixed() -> None:
    classic = age.X25519Identity.generate().to_public()
    hybrid = age.HybridIdentity.generate().to_public()
    out = io.BytesIO()
    with pytest.raises(AgeError) as caught:
        age.encrypt([hybrid, classic], out)
    assert error_code(caught) == "age.mixed_recipients"
    assert out.getvalue() == b""  # nothing written


def test_no_recipients() -> None:
    with pytest.raises(AgeError) as caught:
        age.encrypt([], io.BytesIO())
    assert error_code(caught) == "age.no_recipients"


def test_an_exception_inside_the_block_leaves_a_truncated_file() -> None:
    identity = age.X25519Identity.generate()
    out = io.BytesIO()
    with pytest.raises(RuntimeError), age.encrypt([identity.to_public()], out) as writer:
        writer.write(b"a" * 100_000)
        raise RuntimeError("interrupted")
    with pytest.raises(AgeError) as caught:
        age.decrypt_bytes([identity], out.getvalue())
    assert error_code(caught) == "age.payload"


def test_armored_output_is_strict_pem() -> None:
    identity = age.X25519Identity.generate()
    for size in (0, 1, 47, 48, 1000, 70000):
        armored = age.encrypt_bytes([identity.to_public()], b"z" * size, armor=True)
        lines = armored.decode("ascii").split("\n")
        assert lines[0] == "-----BEGIN AGE ENCRYPTED FILE-----"
        assert lines[-2:] == ["-----END AGE ENCRYPTED FILE-----", ""]
        body = lines[1:-2]
        assert all(len(line) == 64 for line in body[:-1])
        assert 0 < len(body[-1]) <= 64
        binary = base64.b64decode("".join(body), validate=True)
        assert binary.startswith(b"age-encryption.org/v1\n")
        assert age.decrypt_bytes([identity], armored) == b"z" * size
        assert age.decrypt_bytes([identity], armored, armor=True) == b"z" * size
        assert age.decrypt_bytes([identity], binary, armor=False) == b"z" * size


def test_read_readinto_copy_to_and_progress() -> None:
    identity = age.X25519Identity.generate()
    plaintext = os.urandom(3 * age.CHUNK_SIZE + 5)
    data = age.encrypt_bytes([identity.to_public()], plaintext)
    with age.open_decryptor([identity], io.BytesIO(data)) as reader:
        first = reader.read(10)
        buffer = bytearray(100_000)
        n = reader.readinto(buffer)
        rest = reader.read()
    assert first + bytes(buffer[:n]) + rest == plaintext
    seen: list[int] = []
    out = io.BytesIO()
    with age.open_decryptor([identity], io.BytesIO(data)) as reader:
        assert reader.copy_to(out, progress=seen.append) == len(plaintext)
    assert out.getvalue() == plaintext
    assert seen == sorted(seen) and seen[-1] == len(plaintext)


def _raw_file(stanza_lines: bytes) -> bytes:
    return b"age-encryption.org/v1\n" + stanza_lines + b"--- " + b"A" * 43 + b"\n" + bytes(16)


@pytest.mark.parametrize(
    ("factor", "cap", "code", "reason"),
    [
        (b"23", 22, "age.header", "work_factor_too_large"),
        (b"12", 11, "age.header", "work_factor_too_large"),
        (b"10", 22, "age.no_match", None),  # tried, and the body does not open
    ],
)
def test_scrypt_work_factor_is_capped(factor: bytes, cap: int, code: str, reason: str) -> None:
    salt = base64.b64encode(bytes(16)).rstrip(b"=")
    body = base64.b64encode(bytes(32)).rstrip(b"=")
    data = _raw_file(b"-> scrypt " + salt + b" " + factor + b"\n" + body + b"\n")
    with pytest.raises(AgeError) as caught:
        age.decrypt_bytes([age.ScryptIdentity("passphrase", max_work_factor=cap)], data)
    assert error_code(caught) == code
    assert caught.value.params.get("reason") == reason


def test_oversized_header_is_refused_before_buffering_it_all() -> None:
    huge = b"-> grease\n" + (b"A" * 64 + b"\n") * (age.MAX_HEADER_SIZE // 65 + 10) + b"\n"
    with pytest.raises(AgeError) as caught:
        age.parse_header(io.BytesIO(_raw_file(huge)))
    assert error_code(caught) == "age.header"
    assert caught.value.params["reason"] == "too_large"


def test_parse_header_and_stanza_encoding() -> None:
    identity = age.X25519Identity.generate()
    data = age.encrypt_bytes([identity.to_public()], b"hello")
    header = age.parse_header(io.BytesIO(data))
    assert header.header_bytes == data[: len(header.header_bytes)]
    assert header.mac_input.endswith(b"\n---")
    grease = Stanza("example.org/grease", ("a", "b"), os.urandom(100))
    text = grease.to_bytes().decode()
    assert text.startswith("-> example.org/grease a b\n")
    assert [len(line) for line in text.splitlines()[1:]] == [64, 64, 6]  # 134 characters


@pytest.mark.parametrize("size", [0, 48, 96])
def test_stanza_body_always_ends_with_a_short_line(size: int) -> None:
    lines = Stanza("t", (), bytes(size)).to_bytes().split(b"\n")[1:-1]
    assert len(lines[-1]) < 64
    assert all(len(line) == 64 for line in lines[:-1])


@pytest.mark.parametrize(
    "text",
    [
        bech32.encode("age1yubikey", b"\x02" * 33),
        bech32.encode("age1tag", b"\x02" * 33),
        bech32.encode("AGE-PLUGIN-YUBIKEY-", b"\x02" * 20),
    ],
)
def test_plugin_and_tagged_keys_are_unsupported(text: str) -> None:
    parse = age.parse_identity if text.startswith("AGE-") else age.parse_recipient
    with pytest.raises(AgeError) as caught:
        parse(text)
    assert error_code(caught) == "age.unsupported"
