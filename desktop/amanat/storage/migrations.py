"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

A migration is only ever appended, never edited once released: vaults written by an
older Amanat are brought forward one step at a time, each step in one transaction.
A vault whose schema is newer than this program knows is refused, not guessed at.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from amanat.domain.errors import SchemaTooNew
from amanat.storage import (
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v6,
    schema_v7,
    schema_v8,
    schema_v9,
    schema_v10,
)
from amanat.storage.db import Connection, transaction


@dataclass(frozen=True)
class Migration:
    version: int
    apply: Callable[[Connection], None]


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        # executescript would COMMIT the open transaction; run statement by statement.
        for statement in split_sql(sql):
            conn.execute(statement)

    return run


def split_sql(sql: str) -> list[str]:
    """Split a script on ';' at statement ends, keeping trigger bodies whole."""
    import sqlcipher3

    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlcipher3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


MIGRATIONS: Sequence[Migration] = (
    Migration(1, _script(schema_v1.SQL)),
    Migration(2, _script(schema_v2.SQL)),
    Migration(3, _script(schema_v3.SQL)),
    Migration(4, schema_v4.apply),
    Migration(5, _script(schema_v5.SQL)),  # the review queue, grades, note threads
    Migration(6, _script(schema_v6.SQL)),
    Migration(7, schema_v7.apply),
    Migration(8, _script(schema_v8.SQL)),
    Migration(9, schema_v9.apply),  # the queue's "follow-up answered" reason
    Migration(10, schema_v10.apply),
)
LATEST = MIGRATIONS[-1].version


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema to LATEST; returns the version found before."""
    found = schema_version(conn)
    if found > LATEST:
        raise SchemaTooNew(found=found, supported=LATEST)
    for migration in MIGRATIONS:
        if migration.version <= found:
            continue
        with transaction(conn):
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
    return found
