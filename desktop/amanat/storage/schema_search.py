"""Full-text and name-search tables of schema version 1 (docs/design.md §5; docs/search.md).

Everything lives inside the encrypted database, so the index is encrypted with it.
SQL triggers on the casework tables keep it in step with every write, whoever makes it
(repositories, bundle import, merges): no code path can forget to index.

- ``search_text``: FTS5, unicode61 with diacritics removed (Cyrillic, Latin, Arabic
  script), over testimony narratives, case titles and summaries, and event reasons and
  descriptions. Contentless (the text stays in its own table, stored once); rows map to
  their record through ``search_doc``.
- ``search_han``: FTS5 with the trigram tokenizer over the same documents when they
  contain Chinese characters, since Chinese has no spaces between words. It keeps its
  own copy of that text so that one- and two-character queries can scan it with LIKE.
- ``search_key`` + ``search_name``: the distinct values of ``person_name.match_key``
  (Latin skeletons, see ``amanat.domain.names``) and FTS5 over them, for cross-script
  name search and duplicate candidates. Distinct keys, not name rows: a common name
  ("Ержан") is in thousands of rows but in a few hundred keys, and scoring is per key;
  ``person_name (match_key)`` leads from a key to its persons.
- ``search_place``: FTS5 over place labels in every script, rowid = ``place_label.id``.

Triggers never rely on a conflict clause: an outer ``INSERT OR REPLACE`` would override
it. Each insert first removes whatever an earlier row with the same key left behind.
"""

from __future__ import annotations

# Han characters for GLOB: CJK unified ideographs, extension A, compatibility block.
HAN_GLOB = "*[〇㐀-䶿一-鿿豈-﫿]*"

_DOC_SOURCES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    # kind, table, case id expression, body expression (with {r} = NEW or OLD), columns
    ("testimony", "testimony", "{r}.case_id", "{r}.narrative", ("narrative", "case_id")),
    (
        "case",
        "case_file",
        "{r}.id",
        "{r}.title || ' ' || coalesce({r}.summary, '') || ' ' || coalesce({r}.reference, '')",
        ("title", "summary", "reference"),
    ),
    (
        "event",
        "event",
        "{r}.case_id",
        "coalesce({r}.stated_reason, '') || ' ' || coalesce({r}.description, '') || ' '"
        " || coalesce({r}.sentence_text, '')",
        ("stated_reason", "description", "sentence_text", "case_id"),
    ),
)

TABLES_SQL = """
-- Maps a full-text row (doc) to the record it indexes; TEXT ids cannot be FTS rowids.
CREATE TABLE search_doc (
    doc     INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,                      -- testimony, case, event
    ref     TEXT NOT NULL,                      -- the record's id
    case_id TEXT,
    UNIQUE (kind, ref)
) STRICT;
CREATE INDEX search_doc_case ON search_doc (case_id);

CREATE VIRTUAL TABLE search_text USING fts5(
    body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_han USING fts5(
    body, tokenize='trigram remove_diacritics 1'
);

CREATE TABLE search_key (
    id      INTEGER PRIMARY KEY,
    key     TEXT NOT NULL UNIQUE,
    indexed INTEGER NOT NULL DEFAULT 0         -- 1 once search_name has it
) STRICT;

-- rowid = search_key.id
CREATE VIRTUAL TABLE search_name USING fts5(
    key, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 0'
);

-- The distinct skeleton tokens, for finding spelling variants of a query token.
CREATE VIRTUAL TABLE search_name_vocab USING fts5vocab(search_name, 'row');

CREATE VIRTUAL TABLE search_place USING fts5(
    label, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
"""


def _doc_remove(kind: str, ref: str) -> str:
    docs = f"(SELECT doc FROM search_doc WHERE kind = '{kind}' AND ref = {ref})"
    return (
        f"    DELETE FROM search_text WHERE rowid IN {docs};\n"
        f"    DELETE FROM search_han WHERE rowid IN {docs};\n"
        f"    DELETE FROM search_doc WHERE kind = '{kind}' AND ref = {ref};\n"
    )


def _doc_add(kind: str, ref: str, case: str, body: str) -> str:
    doc = f"(SELECT doc FROM search_doc WHERE kind = '{kind}' AND ref = {ref})"
    return (
        f"    INSERT INTO search_doc (kind, ref, case_id) VALUES ('{kind}', {ref}, {case});\n"
        f"    INSERT INTO search_text (rowid, body) VALUES ({doc}, {body});\n"
        f"    INSERT INTO search_han (rowid, body) SELECT {doc}, {body}\n"
        f"        WHERE {body} GLOB '{HAN_GLOB}';\n"
    )


def _doc_triggers() -> str:
    parts: list[str] = []
    for kind, table, case, body, columns in _DOC_SOURCES:
        new_ref, old_ref = "NEW.id", "OLD.id"
        new_case, new_body = case.format(r="NEW"), body.format(r="NEW")
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in ("id", *columns))
        parts.append(
            f"CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {table}\nBEGIN\n"
            + _doc_remove(kind, new_ref)
            + _doc_add(kind, new_ref, new_case, new_body)
            + "END;\n"
        )
        parts.append(
            f"CREATE TRIGGER search_{kind}_update AFTER UPDATE ON {table}\n"
            f"WHEN {changed}\nBEGIN\n"
            + _doc_remove(kind, old_ref)
            + _doc_remove(kind, new_ref)
            + _doc_add(kind, new_ref, new_case, new_body)
            + "END;\n"
        )
        parts.append(
            f"CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {table}\nBEGIN\n"
            + _doc_remove(kind, old_ref)
            + "END;\n"
        )
    return "\n".join(parts)


def _rowid_triggers(fts: str, table: str, column: str) -> str:
    """Triggers for a source whose INTEGER PRIMARY KEY is the FTS rowid."""
    return f"""
CREATE TRIGGER {fts}_insert AFTER INSERT ON {table}
BEGIN
    DELETE FROM {fts} WHERE rowid = NEW.id;
    INSERT INTO {fts} (rowid, {_fts_column(fts)}) VALUES (NEW.id, NEW.{column});
END;
CREATE TRIGGER {fts}_update AFTER UPDATE ON {table}
WHEN NEW.id IS NOT OLD.id OR NEW.{column} IS NOT OLD.{column}
BEGIN
    DELETE FROM {fts} WHERE rowid = OLD.id;
    DELETE FROM {fts} WHERE rowid = NEW.id;
    INSERT INTO {fts} (rowid, {_fts_column(fts)}) VALUES (NEW.id, NEW.{column});
END;
CREATE TRIGGER {fts}_delete AFTER DELETE ON {table}
BEGIN
    DELETE FROM {fts} WHERE rowid = OLD.id;
END;
"""


def _fts_column(fts: str) -> str:
    return {"search_place": "label"}[fts]


def _key_add(row: str) -> str:
    return f"""    INSERT INTO search_key (key) SELECT {row}.match_key
        WHERE {row}.match_key <> ''
        AND NOT EXISTS (SELECT 1 FROM search_key WHERE key = {row}.match_key);
    INSERT INTO search_name (rowid, key) SELECT id, key FROM search_key
        WHERE key = {row}.match_key AND indexed = 0;
    UPDATE search_key SET indexed = 1 WHERE key = {row}.match_key AND indexed = 0;
"""


def _key_remove(row: str) -> str:
    unused = f"NOT EXISTS (SELECT 1 FROM person_name WHERE match_key = {row}.match_key)"
    return f"""    DELETE FROM search_name
        WHERE rowid = (SELECT id FROM search_key WHERE key = {row}.match_key) AND {unused};
    DELETE FROM search_key WHERE key = {row}.match_key AND {unused};
"""


# A key stays while any name row has it. (A row replaced by INSERT OR REPLACE leaves
# its key behind if nothing else has it: harmless, it leads to no person.)
_KEY_TRIGGERS = (
    "CREATE TRIGGER search_key_insert AFTER INSERT ON person_name\nBEGIN\n"
    + _key_add("NEW")
    + "END;\n"
    + "CREATE TRIGGER search_key_update AFTER UPDATE OF match_key ON person_name\n"
    + "WHEN NEW.match_key IS NOT OLD.match_key\nBEGIN\n"
    + _key_remove("OLD")
    + _key_add("NEW")
    + "END;\n"
    + "CREATE TRIGGER search_key_delete AFTER DELETE ON person_name\nBEGIN\n"
    + _key_remove("OLD")
    + "END;\n"
)


TRIGGERS_SQL = (
    _doc_triggers() + _KEY_TRIGGERS + _rowid_triggers("search_place", "place_label", "text")
)

SQL = TABLES_SQL + TRIGGERS_SQL
