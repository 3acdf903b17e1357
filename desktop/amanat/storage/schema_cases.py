"""Casework tables of schema version 1 (docs/design.md §4; docs/data-model.md).

Three layers:
1. ``revision`` / ``record_head``: the history. Every version of every record is a row
   of ``revision`` (never updated, never deleted: triggers refuse it); ``record_head``
   names the current head(s) of each record; two heads mean a merge conflict.
2. Current-state tables (``person``, ``case_file``, ``event``, ``testimony``...): the
   projection of each record's head, for querying and sorting in SQL. They are derived
   from the revision content and carry the projected ``rev_id``.
3. ``custody_log``: append-only and hash-chained; triggers refuse UPDATE and DELETE and
   an INSERT that does not extend the chain.

A sealed testimony cannot be updated or deleted, even by direct SQL (triggers). The
vocabulary thesaurus is seeded from ``amanat.domain.vocab``.

References between records are DEFERRABLE INITIALLY DEFERRED: a bundle brings records
in any order, and they only have to be consistent when its transaction commits.
Sensitivity levels are integers 0 public, 1 internal, 2 confidential, 3 restricted.
"""

from __future__ import annotations

from amanat.domain import vocab


def _quote(value: str | None) -> str:
    if value is None:
        return "NULL"
    return "'" + value.replace("'", "''") + "'"


def _vocab_seed() -> str:
    terms: list[str] = []
    labels: list[str] = []
    for scheme, code, parent, position, en, ru, kk in vocab.seed_rows():
        terms.append(f"({_quote(scheme)}, {_quote(code)}, {_quote(parent)}, {position})")
        for locale, text in (("en", en), ("ru", ru), ("kk", kk)):
            labels.append(f"({_quote(scheme)}, {_quote(code)}, {_quote(locale)}, {_quote(text)})")
    return (
        "INSERT INTO vocab_term (scheme, code, parent, position) VALUES\n"
        + ",\n".join(terms)
        + ";\n"
        + "INSERT INTO vocab_label (scheme, code, locale, label) VALUES\n"
        + ",\n".join(labels)
        + ";\n"
    )


TABLES_SQL = """
-- Vocabularies: one hierarchical thesaurus; codes ASCII, labels per locale.
CREATE TABLE vocab_term (
    scheme   TEXT NOT NULL,
    code     TEXT NOT NULL CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9_]*'),
    parent   TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (scheme, code),
    FOREIGN KEY (scheme, parent) REFERENCES vocab_term (scheme, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE vocab_label (
    scheme TEXT NOT NULL,
    code   TEXT NOT NULL,
    locale TEXT NOT NULL,
    label  TEXT NOT NULL,
    PRIMARY KEY (scheme, code, locale),
    FOREIGN KEY (scheme, code) REFERENCES vocab_term (scheme, code)
) STRICT, WITHOUT ROWID;

-- History: every version of every record. rev_id = SHA-256 over the canonical
-- envelope (kind, id, parents, author, time, content hash), so the same revision
-- has the same id everywhere and re-importing it changes nothing.
CREATE TABLE revision (
    seq          INTEGER PRIMARY KEY,           -- local arrival order
    rev_id       TEXT NOT NULL UNIQUE,          -- 64 hex
    record_kind  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    parents      TEXT NOT NULL,                 -- JSON array of rev_id, sorted
    author       BLOB NOT NULL,                 -- Ed25519 public key, 32 bytes
    created      TEXT NOT NULL,                 -- ISO 8601 UTC
    content_hash BLOB NOT NULL,                 -- SHA-256 of the canonical content
    content      BLOB NOT NULL,                 -- canonical JSON, UTF-8
    origin       TEXT                           -- NULL: written here; else bundle id
) STRICT;
CREATE INDEX revision_record ON revision (record_id);

CREATE TRIGGER revision_no_update BEFORE UPDATE ON revision
BEGIN SELECT RAISE(ABORT, 'amanat: revisions are append-only'); END;
CREATE TRIGGER revision_no_delete BEFORE DELETE ON revision
BEGIN SELECT RAISE(ABORT, 'amanat: revisions are append-only'); END;

CREATE TABLE record_head (
    record_id   TEXT NOT NULL,
    rev_id      TEXT NOT NULL REFERENCES revision (rev_id),
    record_kind TEXT NOT NULL,
    PRIMARY KEY (record_id, rev_id)
) STRICT, WITHOUT ROWID;

CREATE VIEW record_conflict AS
    SELECT record_id, record_kind, count(*) AS heads
    FROM record_head GROUP BY record_id HAVING count(*) > 1;

-- Gazetteer: administrative tree and detention facilities.
CREATE TABLE place (
    id            TEXT PRIMARY KEY,
    type          TEXT NOT NULL,
    parent_id     TEXT REFERENCES place (id) DEFERRABLE INITIALLY DEFERRED,
    facility_type TEXT,
    sensitivity   INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id        TEXT NOT NULL
) STRICT;
CREATE INDEX place_parent ON place (parent_id);
CREATE INDEX place_facility ON place (type) WHERE type = 'facility';

-- Rows are replaced as a whole when the place gets a new revision.
CREATE TABLE place_label (
    id        INTEGER PRIMARY KEY,
    place_id  TEXT NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    text      TEXT NOT NULL,
    script    TEXT NOT NULL,
    label_key TEXT NOT NULL,                    -- casefolded, for exact look-up
    UNIQUE (place_id, position)
) STRICT;
CREATE INDEX place_label_key ON place_label (label_key);

CREATE TABLE person (
    id              TEXT PRIMARY KEY,
    sex             TEXT NOT NULL DEFAULT 'unknown',
    birth_date      TEXT,                       -- partial date text, see docs/case-json.md
    birth_precision TEXT,
    birth_from      INTEGER,                    -- YYYYMMDD of the earliest possible day
    birth_to        INTEGER,                    -- YYYYMMDD of the latest possible day
    age_min         INTEGER,
    age_max         INTEGER,
    age_as_of       TEXT,
    ethnicity       TEXT,
    hometown_id     TEXT REFERENCES place (id) DEFERRABLE INITIALLY DEFERRED,
    status          TEXT,                       -- the latest entry of person_status
    status_date     TEXT,
    occupation      TEXT,
    notes           TEXT,
    sensitivity     INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id          TEXT NOT NULL
) STRICT;
CREATE INDEX person_hometown ON person (hometown_id);
CREATE INDEX person_birth ON person (birth_from);

-- Rows of the person_* tables are replaced as a whole on each revision of the person.
CREATE TABLE person_name (
    id          INTEGER PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    script      TEXT NOT NULL,
    type        TEXT NOT NULL,
    match_key   TEXT NOT NULL,                  -- amanat.domain.names.match_key
    sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    UNIQUE (person_id, position)
) STRICT;
CREATE INDEX person_name_key ON person_name (match_key);

CREATE TABLE person_identifier (
    id          INTEGER PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    scheme      TEXT NOT NULL,
    value       TEXT NOT NULL,
    source      TEXT,
    sensitivity INTEGER NOT NULL DEFAULT 2 CHECK (sensitivity BETWEEN 0 AND 3),
    UNIQUE (person_id, position)
) STRICT;
CREATE INDEX person_identifier_value ON person_identifier (scheme, value);

CREATE TABLE person_contact (
    id          INTEGER PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    sensitivity INTEGER NOT NULL DEFAULT 3 CHECK (sensitivity BETWEEN 0 AND 3),
    UNIQUE (person_id, position)
) STRICT;

CREATE TABLE person_status (
    id                  INTEGER PRIMARY KEY,
    person_id           TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    status              TEXT NOT NULL,
    date                TEXT,
    date_from           INTEGER,
    source              TEXT,
    source_testimony_id TEXT,
    UNIQUE (person_id, position)
) STRICT;

CREATE TABLE relationship (
    id              TEXT PRIMARY KEY,
    person_id       TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    other_person_id TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    type            TEXT NOT NULL,
    source          TEXT,
    sensitivity     INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id          TEXT NOT NULL
) STRICT;
CREATE INDEX relationship_person ON relationship (person_id);
CREATE INDEX relationship_other ON relationship (other_person_id);

-- "case" is an SQL keyword, hence case_file.
CREATE TABLE case_file (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    status      TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'under_review', 'verified', 'closed')),
    assignee    TEXT,
    summary     TEXT,
    reference   TEXT,
    sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    created     TEXT NOT NULL,                  -- first revision seen here
    updated     TEXT NOT NULL,                  -- projected revision's time
    event_from  INTEGER,                        -- earliest event date (YYYYMMDD), for sorting
    event_to    INTEGER,                        -- latest event date
    rev_id      TEXT NOT NULL
) STRICT;
-- (column, id): the case list sorts by a column with ties broken by id, paging
-- through an index instead of sorting every case.
CREATE INDEX case_file_status ON case_file (status, id);
CREATE INDEX case_file_assignee ON case_file (assignee, id);
CREATE INDEX case_file_updated ON case_file (updated, id);
CREATE INDEX case_file_created ON case_file (created, id);
CREATE INDEX case_file_title ON case_file (title COLLATE NOCASE, id);
CREATE INDEX case_file_event_from ON case_file (event_from, id);
CREATE INDEX case_file_person ON case_file (person_id);

CREATE TABLE case_person (
    case_id   TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE
              DEFERRABLE INITIALLY DEFERRED,
    person_id TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    role      TEXT NOT NULL,
    PRIMARY KEY (case_id, person_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_person_person ON case_person (person_id);

CREATE TABLE event (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES case_file (id) DEFERRABLE INITIALLY DEFERRED,
    type            TEXT NOT NULL,
    victim_id       TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    date            TEXT,
    date_precision  TEXT,
    date_from       INTEGER,
    end_date        TEXT,
    date_to         INTEGER,
    place_id        TEXT REFERENCES place (id) DEFERRABLE INITIALLY DEFERRED,
    stated_reason   TEXT,
    sentence_years  INTEGER,
    sentence_months INTEGER,
    sentence_text   TEXT,
    description     TEXT,
    sensitivity     INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id          TEXT NOT NULL
) STRICT;
CREATE INDEX event_case ON event (case_id);
CREATE INDEX event_place ON event (place_id, case_id);
CREATE INDEX event_victim ON event (victim_id);
CREATE INDEX event_type ON event (type, date_from);
CREATE INDEX event_dates ON event (date_from, date_to, case_id);

CREATE TABLE event_source (
    event_id     TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    testimony_id TEXT NOT NULL REFERENCES testimony (id) DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (event_id, testimony_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_source_testimony ON event_source (testimony_id);

CREATE TABLE testimony (
    id                    TEXT PRIMARY KEY,
    case_id               TEXT NOT NULL REFERENCES case_file (id) DEFERRABLE INITIALLY DEFERRED,
    speaker_id            TEXT NOT NULL REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    relation              TEXT,
    interviewer_ids       TEXT NOT NULL DEFAULT '[]',   -- JSON array of person ids
    interpreter_id        TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,
    date                  TEXT,
    date_from             INTEGER,
    place_id              TEXT REFERENCES place (id) DEFERRABLE INITIALLY DEFERRED,
    mode                  TEXT NOT NULL,
    language              TEXT NOT NULL,
    narrative             TEXT NOT NULL,
    consent_informed      INTEGER NOT NULL CHECK (consent_informed IN (0, 1)),
    consent_voluntary     INTEGER NOT NULL CHECK (consent_voluntary IN (0, 1)),
    consent_may_name      INTEGER NOT NULL CHECK (consent_may_name IN (0, 1)),
    consent_may_show_face INTEGER NOT NULL CHECK (consent_may_show_face IN (0, 1)),
    consent_may_use_voice INTEGER NOT NULL CHECK (consent_may_use_voice IN (0, 1)),
    consent_uses          TEXT NOT NULL,                -- space-separated codes, sorted
    supersedes_id         TEXT REFERENCES testimony (id) DEFERRABLE INITIALLY DEFERRED,
    state                 TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'sealed')),
    sealed_at             TEXT,
    signer                BLOB,                         -- Ed25519 public key
    signature             BLOB,                         -- over the canonical sealed body
    sensitivity           INTEGER NOT NULL DEFAULT 2 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id                TEXT NOT NULL,
    CHECK (state = 'draft' OR (sealed_at IS NOT NULL AND signer IS NOT NULL
                               AND signature IS NOT NULL))
) STRICT;
CREATE INDEX testimony_case ON testimony (case_id);
CREATE INDEX testimony_speaker ON testimony (speaker_id);
CREATE INDEX testimony_supersedes ON testimony (supersedes_id);

-- Sealed means sealed, whoever holds the database (docs/design.md §4).
CREATE TRIGGER testimony_sealed_no_update BEFORE UPDATE ON testimony
WHEN OLD.state = 'sealed'
BEGIN SELECT RAISE(ABORT, 'amanat: sealed testimony is immutable'); END;
CREATE TRIGGER testimony_sealed_no_delete BEFORE DELETE ON testimony
WHEN OLD.state = 'sealed'
BEGIN SELECT RAISE(ABORT, 'amanat: sealed testimony is immutable'); END;

CREATE TABLE consent_withdrawal (
    id           TEXT PRIMARY KEY,
    testimony_id TEXT NOT NULL REFERENCES testimony (id) DEFERRABLE INITIALLY DEFERRED,
    date         TEXT NOT NULL,
    scope        TEXT NOT NULL,                 -- space-separated consent_use codes
    note         TEXT,
    rev_id       TEXT NOT NULL
) STRICT;
CREATE INDEX consent_withdrawal_testimony ON consent_withdrawal (testimony_id);

-- Encrypted attachment bodies. Local only, never in a revision or a bundle: the key
-- is this vault's. Large blobs are files blobs/<id>; small ones sit in ``inline``.
-- Both hold the same thing: the STREAM ciphertext.
CREATE TABLE blob (
    id            TEXT PRIMARY KEY,             -- random, also the file name
    key           BLOB NOT NULL,                -- 32 random bytes
    size          INTEGER NOT NULL,             -- plaintext bytes
    sha256        BLOB NOT NULL,                -- of the plaintext
    cipher_size   INTEGER NOT NULL,
    cipher_sha256 BLOB NOT NULL,
    inline        BLOB,
    created       TEXT NOT NULL
) STRICT;
CREATE INDEX blob_sha256 ON blob (sha256);

CREATE TRIGGER blob_no_update BEFORE UPDATE ON blob
BEGIN SELECT RAISE(ABORT, 'amanat: blobs are immutable'); END;

CREATE TABLE attachment (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES case_file (id) DEFERRABLE INITIALLY DEFERRED,
    blob_id         TEXT REFERENCES blob (id),  -- NULL: body not (yet) received
    original_name   TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    size            INTEGER NOT NULL,
    sha256          BLOB NOT NULL,              -- of the plaintext, at intake
    role            TEXT NOT NULL
                    CHECK (role IN ('evidentiary_original', 'working_copy')),
    derived_from_id TEXT REFERENCES attachment (id) DEFERRABLE INITIALLY DEFERRED,
    testimony_id    TEXT REFERENCES testimony (id) DEFERRABLE INITIALLY DEFERRED,
    event_id        TEXT REFERENCES event (id) DEFERRABLE INITIALLY DEFERRED,
    description     TEXT,
    sensitivity     INTEGER NOT NULL DEFAULT 2 CHECK (sensitivity BETWEEN 0 AND 3),
    created         TEXT NOT NULL,
    rev_id          TEXT NOT NULL
) STRICT;
CREATE INDEX attachment_case ON attachment (case_id);
CREATE INDEX attachment_blob ON attachment (blob_id);

-- The bytes of an attachment never change; a new version is a new attachment
-- (derived_from).
CREATE TRIGGER attachment_bytes_fixed BEFORE UPDATE OF sha256, size ON attachment
WHEN NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
BEGIN SELECT RAISE(ABORT, 'amanat: attachment content is immutable'); END;

CREATE TABLE annotation (
    id          TEXT PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('note', 'verification')),
    text        TEXT,
    grade       TEXT,
    field       TEXT,
    author      TEXT,
    author_key  BLOB NOT NULL,
    created     TEXT NOT NULL,
    sensitivity INTEGER NOT NULL DEFAULT 1 CHECK (sensitivity BETWEEN 0 AND 3),
    rev_id      TEXT NOT NULL
) STRICT;
CREATE INDEX annotation_target ON annotation (target_id);

-- Which case a record belongs to (persons and places may belong to several): for the
-- case history and for choosing what a bundle of a case carries.
CREATE TABLE case_record (
    case_id     TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    PRIMARY KEY (case_id, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_record_record ON case_record (record_id);

-- Custody log: append-only and hash-chained. entry_hash = SHA-256 over the canonical
-- JSON of the entry's fields and prev_hash; the first entry's prev_hash is 32 zero
-- bytes. The INSERT trigger only accepts an entry that extends the chain.
CREATE TABLE custody_log (
    seq          INTEGER PRIMARY KEY,
    time         TEXT NOT NULL,
    actor        BLOB NOT NULL,                 -- Ed25519 public key of the vault identity
    action       TEXT NOT NULL CHECK (action IN ('created', 'edited', 'sealed', 'attached',
                 'exported', 'imported', 'merged', 'redacted', 'deleted')),
    record_kind  TEXT,
    record_id    TEXT,
    case_id      TEXT,
    counterpart  TEXT,                          -- fingerprint of the other party, if any
    detail       TEXT,                          -- JSON, never case content
    prev_hash    BLOB NOT NULL,
    entry_hash   BLOB NOT NULL
) STRICT;
CREATE INDEX custody_log_case ON custody_log (case_id);
CREATE INDEX custody_log_record ON custody_log (record_id);

CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN SELECT RAISE(ABORT, 'amanat: the custody log is append-only'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN SELECT RAISE(ABORT, 'amanat: the custody log is append-only'); END;
CREATE TRIGGER custody_log_chain BEFORE INSERT ON custody_log
WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM custody_log)
  OR NEW.prev_hash IS NOT coalesce(
       (SELECT entry_hash FROM custody_log ORDER BY seq DESC LIMIT 1), zeroblob(32))
BEGIN SELECT RAISE(ABORT, 'amanat: custody entry does not extend the chain'); END;

-- Field-level sensitivity in one place, for redaction profiles: every record and
-- every sensitive sub-item with its level (field '' = the record itself).
CREATE VIEW sensitivity_index (record_kind, record_id, field, item, level) AS
    SELECT 'person', id, '', NULL, sensitivity FROM person
    UNION ALL SELECT 'person', person_id, 'names', position, sensitivity FROM person_name
    UNION ALL SELECT 'person', person_id, 'identifiers', position, sensitivity
              FROM person_identifier
    UNION ALL SELECT 'person', person_id, 'contacts', position, sensitivity FROM person_contact
    UNION ALL SELECT 'place', id, '', NULL, sensitivity FROM place
    UNION ALL SELECT 'relationship', id, '', NULL, sensitivity FROM relationship
    UNION ALL SELECT 'case', id, '', NULL, sensitivity FROM case_file
    UNION ALL SELECT 'event', id, '', NULL, sensitivity FROM event
    UNION ALL SELECT 'testimony', id, '', NULL, sensitivity FROM testimony
    UNION ALL SELECT 'attachment', id, '', NULL, sensitivity FROM attachment
    UNION ALL SELECT 'annotation', id, '', NULL, sensitivity FROM annotation;
"""

SQL = TABLES_SQL + _vocab_seed()
