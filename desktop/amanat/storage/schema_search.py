"""Full-text and name-search tables of schema version 1 (DESIGN.md section 5; docs/search.md).

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
- ``search_name``: FTS5 over ``person_name.match_key`` (Latin skeletons, see
  ``amanat.domain.names``), rowid = ``person_name.id``, for cross-script name search
  and duplicate candidates.
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
    return {"search_name": "key", "search_place": "label"}[fts]


TRIGGERS_SQL = (
    _doc_triggers()
    + _rowid_triggers("search_name", "person_name", "match_key")
    + _rowid_triggers("search_place", "place_label", "text")
)

SQL = TABLES_SQL + TRIGGERS_SQL
