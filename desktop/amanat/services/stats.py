"""Statistics for the dashboard and ``amanat stats`` (issue 13).

Counts of documented persons, not records and not estimates: merged persons count
once (``storage.stats.PERSON_KEY``), and every chart follows the same filters
(``StatsFilter``). Each chart says what it counts (``COUNTS``). JSON shape:
docs/user-guide-reports.md, "Command line".
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amanat.domain import vocab
from amanat.domain.dates import PartialDate
from amanat.domain.errors import ExportError, ValidationError
from amanat.services import outputs
from amanat.storage import stats as store
from amanat.storage.db import Connection
from amanat.storage.stats import StatsFilter
from amanat.storage.vault import Vault

COUNTS = "documented persons, not estimates"
AGE_WORDS = {"under_18": "under 18", "18_29": "18-29", "30_44": "30-44", "45_59": "45-59",
             "60_plus": "60 and over", "unknown": "unknown"}  # fmt: skip


@dataclass(frozen=True)
class ChartSpec:
    name: str
    title: str  # English; the app shows its own translated words
    counts: str
    query: Callable[[Connection, StatsFilter], list[tuple[str, int]]]
    labels: str  # how keys become words: vocab scheme, "place", "age" or "" (as is)
    kind: str = "bar"  # bar or line


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("status", "By current status", "persons by their current status",
              lambda c, f: store.by_person_column(c, f, "status"), "person_status"),
    ChartSpec("facility", "By detention facility",
              "persons by detention facility (a person held in two counts in each)",
              store.by_facility, "place"),
    ChartSpec("prefecture", "By prefecture of origin", "persons by prefecture of origin",
              lambda c, f: store.by_origin(c, f, "prefecture"), "place"),
    ChartSpec("county", "By county of origin", "persons by county of origin",
              lambda c, f: store.by_origin(c, f, "county"), "place"),
    ChartSpec("detention_year", "By year of first detention",
              "persons by the year of their first arrest or detention",
              store.by_detention_year, ""),
    ChartSpec("sex", "By sex", "persons by sex",
              lambda c, f: store.by_person_column(c, f, "sex"), "sex"),
    ChartSpec("age", "By age at the events", "persons by age at the first event of the case",
              store.by_age, "age"),
    ChartSpec("over_time", "Documented over time",
              "persons by the month their first case was recorded", store.by_month_documented,
              "", kind="line"),
)  # fmt: skip
CHART_NAMES = tuple(c.name for c in CHARTS)


def _date_bound(text: str | None, *, end: bool) -> int | None:
    """A partial date as YYYYMMDD: its first day, or its last (``end``)."""
    if not text:
        return None
    try:
        d = PartialDate.parse(text, "date")
    except ValidationError:
        raise ExportError("report.bad_date") from None
    if not end:
        return d.year * 10000 + (d.month or 1) * 100 + (d.day or 1)
    month = d.month or 12
    return d.year * 10000 + month * 100 + (d.day or calendar.monthrange(d.year, month)[1])


def make_filter(
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    statuses: Sequence[str] = (),
    place_id: str | None = None,
    review: Sequence[str] = (),
) -> StatsFilter:
    """A filter from words: dates as partial dates (``2018``, ``2018-03``)."""
    return StatsFilter(
        date_from=_date_bound(date_from, end=False),
        date_to=_date_bound(date_to, end=True),
        statuses=tuple(statuses),
        place_id=place_id or None,
        review=tuple(review),
    )


def _words(conn: Connection, spec: ChartSpec, keys: list[str]) -> dict[str, str]:
    if spec.labels == "place":
        return store.place_labels(conn, keys)
    if spec.labels == "age":
        return {k: AGE_WORDS.get(k, k) for k in keys}
    if spec.labels:
        found = {}
        for k in keys:
            try:
                found[k] = vocab.label(spec.labels, k, "en")
            except KeyError:
                found[k] = k
        return found
    return {k: k for k in keys}


def chart(conn: Connection, name: str, f: StatsFilter) -> dict[str, Any]:
    spec = next((c for c in CHARTS if c.name == name), None)
    if spec is None:
        raise ExportError("report.unknown_chart", what=name)
    with store.counting(conn):
        rows = spec.query(conn, f)
    words = _words(conn, spec, [k for k, _n in rows])
    return {
        "name": spec.name,
        "title": spec.title,
        "counts": f"{spec.counts}: {COUNTS}",
        "kind": spec.kind,
        "bars": [{"key": k, "label": words.get(k, k), "count": n} for k, n in rows],
    }


def statistics(
    vault: Vault, f: StatsFilter | None = None, names: Sequence[str] = CHART_NAMES
) -> dict[str, Any]:
    conn = vault.connection()
    f = f or StatsFilter()
    with store.counting(conn):
        return {
            "counts": COUNTS,
            "filters": f.as_json(),
            "persons": store.total(conn, f),
            "charts": [chart(conn, n, f) for n in names],
        }


def write_stats(
    vault: Vault, destination: Path | str, data: bytes, *, what: str = "stats",
    replace: bool = False,
) -> outputs.Output:  # fmt: skip
    """Statistics or a chart image written as a plaintext output (no case: counts)."""
    return outputs.write_output(vault, destination, data, what=what, replace=replace)
