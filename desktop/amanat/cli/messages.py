"""English sentences for the core's error codes. Params never carry case content."""

from __future__ import annotations

from amanat.domain.errors import AmanatError

MESSAGES: dict[str, str] = {
    "error": "an unexpected error occurred",
    "vault.wrong_passphrase": "wrong passphrase",
    "vault.wrong_recovery_code": "wrong recovery code",
    "vault.corrupt": "the vault is damaged or is not an Amanat vault ({what})",
    "vault.not_found": "no vault at {path}",
    "vault.exists": "a vault already exists at {path}",
    "vault.in_use": "the vault is in use by another Amanat process",
    "vault.locked": "the vault is locked",
    # Rollback and rekey (issue 16; docs/keyslots.md, "State" and "Rekey")
    "vault.rolled_back": "vault.db is older than vault.keys ({reason}): it was restored from "
    "an older copy, or someone rolled it back (changes made since, such as a withdrawn "
    "consent, may be undone). If you restored your own backup on purpose, run the command "
    "again with --accept-rollback",
    "vault.rekey_unconfirmed": "rekey needs --yes (or typing REKEY when asked); nothing "
    "was changed",
    "vault.busy": "the vault is busy with other work; try again when it has finished",
    "vault.unsafe_kdf": "the key file asks for unsafe key-derivation parameters; refusing it",
    "vault.schema_too_new": "the vault was written by a newer Amanat (schema {found}); "
    "please update",
    "vault.no_passphrase": "no passphrase: set AMANAT_PASSPHRASE or run in a terminal",
    "vault.ambiguous": "several vaults exist; choose one with --vault DIR",
    "invalid": "invalid input: {field}",
    "not_found": "not found: {what}",
    "immutable": "this record is sealed and cannot be changed; record a correction instead",
    "integrity": "integrity check failed: {what}",
    "cancelled": "cancelled",
    "trust": "not allowed by the trust rules",
    "trust.not_owner": "only the vault that created this record (its owner) may do this; "
    "this vault did not create it",
    "trust.not_pending": "that revision is not a pending proposal or conflicting version of "
    "this record (see `amanat case show ID --json`, conflicts[].pending)",
    "trust.foreign_seal": "that version was sealed by someone other than the testimony's "
    "owner; it cannot be accepted (only the interviewer's vault seals a testimony)",
    "disk_full": "the disk is full; nothing was changed",
    "conflict.none": "this record is not waiting for a decision (it has one version)",
    "conflict.ambiguous": "this record has several incoming versions; give the resolved "
    "content with --content-json (see `amanat conflicts list --json`)",
    "bundle.no_followups": "those cases have no follow-up questions or answers to send",
    "followup.target": "a follow-up is asked about a case, its person, an event or a "
    "testimony that this vault holds",
    "invalid.resolution": "say which version to keep (--keep) or give the content, not both",
    "settings.invalid": "this value is not allowed for the setting {key}; nothing was changed",
    "settings.unknown": "there is no setting {key}",
}

# Merging persons (docs/review.md §5).
MESSAGES.update(
    {
        "persons": "these persons cannot be merged or separated",
        "persons.self_merge": "these are already one person: nothing to merge",
        "persons.self_distinct": "a person cannot be marked as not the same as itself",
        "persons.distinct": "these persons were marked as not the same person (mark {mark});"
        " they cannot be merged",
        "persons.already_undone": "this merge was undone already",
        "persons.merged": "these ids are one merged person; unmerge them first",
    }
)


def describe(exc: AmanatError, language: str | None = None) -> str:
    """The sentence for an error, in ``language`` (default: the environment's, see
    cli/language.py), English where that language has no words for the code."""
    from amanat.cli.language import catalogue, environment_language

    words = catalogue(language or environment_language())
    template = words.get(exc.code) or MESSAGES.get(exc.code)
    if template is None:
        # Fall back to the family's sentence, then the code itself.
        family = exc.code.split(".", 1)[0]
        template = words.get(family) or MESSAGES.get(family, exc.code)
        if exc.params:
            details = ", ".join(f"{k}={v}" for k, v in sorted(exc.params.items()))
            return f"{template} ({details})"
        return template
    try:
        return template.format_map(_Params(exc.params))
    except (IndexError, ValueError):
        return template


class _Params(dict[str, object]):
    """An error's params for a template: one the error lacks reads "unknown" rather than
    leave the template unfilled (``({reason}, entry {index})``, issue 16)."""

    def __missing__(self, key: str) -> str:
        return "unknown"


MESSAGES.update(
    {
        "vault.passphrase_mismatch": "the two passphrases differ",
        "vault.wipe_incomplete": "the keys were destroyed but some files could not be removed",
        "vault.empty_passphrase": "the passphrase must not be empty",
        "vault.passphrase_source": "the passphrase could not be read from that {source} "
        "(one line of UTF-8 text, at most 4096 bytes)",
        "vault.passphrase_too_short": "the passphrase is too short: use at least {min} "
        "characters, best four or more unrelated words (what the app's strength meter "
        "calls Strong); nothing was changed",
        "vault.kdf_too_weak": "Argon2id needs at least {min} passes (--kdf-iterations) and "
        "64 MiB (--kdf-memory), RFC 9106's second recommendation; nothing was created",
        "vault.wipe_unconfirmed": "wipe needs --yes (or typing the vault name when asked)",
    }
)

MESSAGES.update(
    {
        "age.header": "the age file header is invalid or damaged ({reason})",
        "age.no_match": "none of the given identities can open this age file",
        "age.hmac": "the age file header failed authentication: it was altered or damaged",
        "age.payload": "the age file content is damaged, truncated or altered "
        "({reason} at chunk {chunk})",
        "age.armor": "the armored age file is malformed ({reason})",
        "age.unsupported": "this kind of age key or file is not supported ({reason})",
        "age.bad_key": "invalid age key, recipient or identity file ({reason})",
        "age.no_recipients": "no recipients: give at least one with -r or -R",
        "age.mixed_recipients": "post-quantum (age1pq1...) and classic (age1...) recipients "
        "cannot be mixed in one file",
        "age.binary_to_terminal": "refusing to write binary age output to a terminal; "
        "use -a for ASCII armor or -o FILE",
        "age.output_exists": "the output file already exists: {path}",
    }
)

MESSAGES.update(
    {
        "invalid.required": "missing required field: {field}",
        "invalid.type": "wrong type at {field} (expected {expected})",
        "invalid.vocab": "unknown code at {field} (see the {scheme} vocabulary)",
        "invalid.date": "invalid date at {field} (use YYYY, YYYY-MM, YYYY-MM-DD, or ~ for about)",
        "invalid.date_order": "the end date is before the start date at {field}",
        "invalid.unknown_field": "unknown field {field}",
        "invalid.script": "invalid script tag at {field} (for example kk-Cyrl, ug-Arab, zh-Hans)",
        "invalid.id": "invalid id at {field} (32 lower-case hex digits)",
        "invalid.exists": "already exists: {field}",
        "invalid.reference": "{field} refers to something that is not in the document",
        "invalid.too_long": "too long: {field} (at most {limit} characters)",
        "invalid.control_characters": "{field} holds control characters (escape sequences, "
        "carriage returns); refusing it",
        "invalid.language": "invalid language code at {field} (for example kk, ug, ru, zh)",
        "invalid.facility_type": "{field}: a facility type needs a place of type facility",
        "invalid.birth_and_age": "{field}: give a birth date or an age range, not both",
        "invalid.age_range": "invalid age range at {field}",
        "invalid.range": "value out of range at {field}",
        "invalid.media_type": "invalid media type at {field}",
        "invalid.hash": "invalid hash at {field}",
        "invalid.cycle": "{field} refers to itself",
        "invalid.self_relation": "a person cannot be related to themselves ({field})",
        "invalid.grade_on_note": "a note cannot carry a verification grade ({field})",
        "invalid.grade_target": "only a testimony or an event can be graded ({field})",
        "invalid.reply_target": "a reply must be about the same record as the note it "
        "answers ({field})",
        "invalid.content": "malformed record content ({field})",
        "invalid.revision": "malformed revision ({field})",
        "invalid.format_version": "unsupported case JSON format version",
        "invalid.sort": "unknown sort order",
        "invalid.filter": "unknown filter",
        "invalid.not_sealed": "only a sealed testimony can be corrected",
        "invalid.original_kept": "an evidentiary original is never removed, only a working copy",
        "invalid.not_a_file": "not a regular file: {field}",
        "invalid.json": "the input is not valid JSON (line {line}, column {column})",
        "invalid.encoding": "the input is not UTF-8 text",
        "invalid.coarse_place": "{field}: an interview place must be coarse (a city or "
        "country), not an exact address",
        "invalid.prc_id_format": "{field} is not a PRC resident ID number (18 characters)",
        "invalid.prc_id_check_digit": "{field}: the check digit of the PRC resident ID is "
        "wrong (mistyped?)",
        "invalid.prc_id_birth_date": "{field}: the PRC resident ID holds an impossible birth date",
        "invalid.prc_id_birth_mismatch": "{field}: the birth date in the PRC resident ID does "
        "not match the person's",
        "invalid.prc_id_sex_mismatch": "{field}: the PRC resident ID says the other sex",
    }
)

MESSAGES.update(
    {
        "contact": "contact error",
        "contact.card_malformed": "this is not a valid Amanat identity card ({reason})",
        "contact.card_version": "this identity card was made by a newer Amanat "
        "(card version {found}); please update",
        "contact.card_signature": "the identity card's self-signature is invalid: it was "
        "altered or damaged",
        "contact.generation_signature": "the identity card's new encryption keys "
        "(generation {generation}) are not signed by its signing key: refused",
        "contact.own_card": "this is your own identity card",
        "contact.ambiguous": "several contacts have that name ({count}); use the contact id",
        "contact.fingerprint_mismatch": "the fingerprint you gave is NOT this contact's: do "
        "not verify it (someone may be impersonating them)",
        "contact.output_exists": "the output file already exists: {path}",
        "contact.bad_name": "the display name holds characters that are invisible or "
        "change how text is shown ({reason}: control, bidi, zero-width, tag, filler or "
        "private-use characters); refusing it",
    }
)

MESSAGES.update(
    {
        "bundle": "bundle error",
        "bundle.not_age": "this is not a sealed bundle (not an age file)",
        "bundle.damaged": "the bundle is damaged, truncated or was altered ({reason})",
        "bundle.passphrase_stanza": "refusing a bundle encrypted with a passphrase: sealed "
        "bundles are only ever encrypted to contacts' keys",
        "bundle.recipient_types": "refusing a bundle whose recipients mix key types or use "
        "an unknown type",
        "bundle.not_for_us": "this bundle was not sealed to this vault",
        "bundle.no_live_key": "no key this vault holds now opens this bundle: it was sealed "
        "to keys destroyed after a rotation (or to another vault); ask the sender to seal "
        "it again",
        "bundle.not_a_bundle": "the file decrypts, but it is not an Amanat bundle",
        "bundle.version": "this bundle was made by a newer Amanat (format version {found}); "
        "please update",
        "bundle.limit": "the bundle exceeds a size limit ({what}); refusing it",
        "bundle.malformed": "the bundle is malformed ({what})",
        "bundle.truncated": "the bundle ends too early ({where})",
        "bundle.sender_card": "the sender's identity card inside the bundle is invalid",
        "bundle.not_a_recipient": "this vault is not among the recipients the sender signed: "
        "someone re-encrypted the bundle to you (forwarded it); refusing it",
        "bundle.recipients": "the bundle's recipients differ from those the sender signed "
        "(a recipient was added or removed); refusing it",
        "bundle.replayed": "this bundle was already imported; nothing changed",
        "bundle.sequence_old": "this bundle is older ({sequence}) than the last one imported "
        "from the same sender ({last}); refusing it",
        "bundle.no_post_quantum": "{count} recipient(s) have no post-quantum key ({contacts}): "
        "the bundle would be protected by X25519 only, for everyone. Give --x25519 to accept "
        "that, or seal to them separately",
        "bundle.entry_mismatch": "the bundle's contents do not match its manifest "
        "(entry {index}); refusing it",
        "bundle.entry_hash": "an entry of the bundle does not match its recorded hash "
        "(entry {index}, {kind}); refusing it",
        "bundle.record": "a record in the bundle is invalid ({reason}, entry {index}); "
        "refusing the bundle",
        "bundle.revision_signature": "a revision in the bundle is not signed by the author "
        "it names (entry {index}): someone altered it or wrote it under another's name; "
        "refusing the bundle",
        "bundle.relay_signature": "a change received from another vault (record {record}) "
        "does not carry a valid signature of its author, so it cannot be passed on; "
        "nothing was sealed",
        "bundle.unknown_author": "a revision in the bundle names an author who is neither "
        "this vault nor a contact (entry {index}); refusing the bundle",
        "bundle.unsigned_author": "an unsigned revision in the bundle names an author other "
        "than the sender (entry {index}): its authorship cannot be proven; refusing the bundle",
        "bundle.unknown_field": "a record in the bundle has a field Amanat does not know "
        "({kind} entry {index}); refusing the bundle rather than keep what cannot be checked",
        "bundle.references": "the bundle refers to records that neither it nor this vault "
        "holds; refusing it",
        "bundle.signature": "the sender's signature does not verify: the bundle was altered "
        "or re-encrypted by someone else; refusing it",
        "bundle.trailing_data": "data follows the bundle's signature; refusing it",
        "bundle.quarantined": "the sender ({fingerprint}) is not a verified contact "
        "({reason}): nothing was imported; the bundle is kept in quarantine as {quarantine}. "
        "Verify the sender, then run `amanat bundle open --quarantined {quarantine}`",
        "bundle.own_bundle": "this bundle was sealed by this vault",
        "bundle.quarantine_full": "the quarantine is full ({scope}, at most {limit}): the "
        "bundle was not kept; review or discard bundles in `amanat bundle quarantine`, "
        "then open it again (the file is unchanged)",
        "bundle.no_recipients": "no recipients: give at least one verified contact with --to",
        "bundle.duplicate_recipient": "the same recipient is given twice",
        "bundle.recipient_unverified": "recipient {contact} is not verified: compare the "
        "fingerprint and run `amanat contact verify` first",
        "bundle.recipient_key_changed": "the keys of recipient {contact} changed: compare the "
        "new fingerprint and run `amanat contact verify` before sealing to it",
        "bundle.choose_cases": "choose the cases: --case ID... or --all",
        "bundle.nothing_to_send": "nothing to send ({excluded} restricted case(s) left out "
        "by the profile)",
        "bundle.unknown_profile": "unknown profile (full, no-contacts or advocacy)",
        "bundle.output_exists": "the output file already exists: {path}",
        "export": "export error",
        "export.output_exists": "a file already exists at {path}; nothing was written "
        "(choose another name, or say that it may be replaced)",
        # reports, submissions, exports, statistics (issue 13)
        "export.temp_folder": "refusing to write a plaintext file into a temp folder ({path}): "
        "choose a folder of your own",
        "report.nothing_chosen": "choose what to report: --case ID... or --person ID...",
        "report.unknown_use": "unknown use (internal, un, legal or public)",
        "report.unknown_format": "unknown format ({what})",
        "report.unknown_chart": "unknown chart ({what})",
        "report.bad_date": "a date is YYYY, YYYY-MM or YYYY-MM-DD",
        "bundle.source_changed": "the vault changed while sealing ({what}); nothing was written",
        "bundle.internal": "internal bundle error ({what})",
    }
)


# The inbox (services.inbox, docs/review.md §1).
MESSAGES.update(
    {
        "inbox.growing": "waiting for the file to finish copying (it changed while it was "
        "read); it will be tried again, nothing was imported",
        "inbox.empty": "waiting for the file to finish copying (it is still empty)",
        "inbox.unreadable": "the file could not be read (permissions, or the drive is gone); "
        "nothing changed",
        "inbox.no_folder": "the inbox folder does not exist or is not a folder",
    }
)
