"""Case and person dossiers: what a lawyer can file (issue 13).

``build`` lays a dossier out as a small HTML document (Qt's rich-text subset) from an
``Included`` (services.reports: profile, consent for the use, what was left out): the
person in every script, identifiers, status over time; events; testimonies with their
consent and grades; attachments with their SHA-256 at intake; what was left out and
why (counts, never content); an appendix with the custody log of every included record
and the hash of the chain's head at that moment, so a reader can check the dossier
against the vault (``amanat check``, ``amanat case log``).

Turning the HTML into PDF needs Qt (``amanat.render.pdf``), which the core never
imports: ``write_report`` takes the renderer as a callable, and the CLI and the app
pass Qt's. All text is escaped; nothing here writes a file but ``services.outputs``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from amanat.domain import vocab
from amanat.domain.errors import ExportError
from amanat.domain.model import Attachment, ConsentUse, Person, Testimony
from amanat.services import outputs
from amanat.services.cases import author_key
from amanat.services.reports import (
    GradeEntry,
    Included,
    LeftOut,
    admiralty_words,
    cases_of_persons,
    custody_of,
    grades_for,
    include,
    use_word,
)
from amanat.storage.custody import CustodyEntry
from amanat.storage.db import Connection
from amanat.storage.history import utc_now
from amanat.storage.vault import Vault

Render = Callable[[str], bytes]
"""HTML (Qt's rich-text subset) to the bytes of a PDF."""

REASONS = {
    "restricted": "restricted sensitivity",
    "consent": "no consent for this use",
    "withdrawn": "consent withdrawn for this use",
    "profile": "removed by the redaction profile",
    "not_named": "consent does not allow naming",
}
USE_WORDS = {
    ConsentUse.INTERNAL: "internal",
    ConsentUse.UN_SUBMISSION: "UN or government submission",
    ConsentUse.LEGAL: "legal",
    ConsentUse.PUBLIC: "public",
}
STYLE = """
body { font-size: 10pt; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14pt; } h3 { font-size: 11pt; }
td, th { padding: 2pt 4pt; vertical-align: top; }
th { text-align: left; background: #e8e8e8; }
.note { color: #333333; }
"""


@dataclass(frozen=True)
class Dossier:
    html: str
    included: Included
    custody: list[CustodyEntry]
    head: bytes


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _mono(value: object) -> str:
    """Ids and hashes: monospace, no ligatures, so they copy out as written."""
    return f'<tt style="font-size: 7pt">{_e(value)}</tt>'


def _label(scheme: str, code: str | None) -> str:
    if not code:
        return ""
    try:
        return vocab.label(scheme, code, "en")
    except KeyError:
        return code


def _date(value: object) -> str:
    return "" if value is None else str(value.format())  # type: ignore[attr-defined]


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'


def _facts(rows: Sequence[Sequence[str]]) -> str:
    body = "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    return f'<table border="1" cellspacing="0" width="100%">{body}</table>'


def _person(inc: Included, person: Person) -> str:
    parts = [f"<h2>Person: {_e(person.names[0].text if person.names else person.id)}</h2>"]
    parts.append(f"<p>Person id <tt>{_e(person.id)}</tt></p>")
    names = [[_e(n.text), _e(n.script), _e(n.type.value.replace("_", " "))] for n in person.names]
    parts.append("<h3>Names</h3>" + _table(["Name", "Script", "Type"], names))
    facts = [
        ["Sex", _e(person.sex.value)],
        ["Birth date", _e(_date(person.birth_date))],
        ["Ethnicity", _e(_label("ethnicity", person.ethnicity))],
        ["Hometown", _e(inc.place_name(person.hometown_id))],
        ["Occupation", _e(person.occupation)],
    ]
    if person.age_range is not None:
        age = person.age_range
        facts.append(["Age", _e(f"{age.min_age}-{age.max_age} as of {_date(age.as_of)}")])
    parts.append(_facts(facts))
    if person.identifiers:
        ids = [[_e(i.scheme.value), _e(i.value), _e(i.source)] for i in person.identifiers]
        parts.append("<h3>Identifiers</h3>" + _table(["Scheme", "Value", "Source"], ids))
    if person.status:
        rows = [[_e(s.status.value), _e(_date(s.date)), _e(s.source)] for s in person.status]
        parts.append("<h3>Status over time</h3>" + _table(["Status", "Date", "Source"], rows))
    return "".join(parts)


def _events(inc: Included, numbers: dict[str, int], grades: dict[str, list[GradeEntry]]) -> str:
    rows = []
    for e in inc.events.values():
        sentence = ""
        if e.sentence is not None:
            bits = [f"{e.sentence.years} years" if e.sentence.years else "",
                    f"{e.sentence.months} months" if e.sentence.months else "",
                    e.sentence.text or ""]  # fmt: skip
            sentence = " ".join(b for b in bits if b)
        when = _date(e.date) + (f" to {_date(e.end_date)}" if e.end_date else "")
        sources = ", ".join(f"T{numbers[s]}" for s in e.source_testimony_ids if s in numbers)
        rows.append([
            _e(_label("event_type", e.type)), _e(when),
            _e(inc.place_name(e.place_id, short=True)),
            _e(e.stated_reason), _e(sentence), _e(sources), _grades_cell(grades.get(e.id)),
        ])  # fmt: skip
    if not rows:
        return "<h2>Events</h2><p>None included.</p>"
    headers = ["Event", "Date", "Place", "Stated reason", "Sentence", "Sources", "Grade"]
    return "<h2>Events</h2>" + _table(headers, rows)


def _grades_cell(entries: list[GradeEntry] | None) -> str:
    if not entries:
        return "not graded"
    current = entries[-1]
    text = f"<b>{_e(_grade_word(current.grade))}</b> ({_e(current.time[:10])})"
    if len(entries) > 1:
        earlier = "; ".join(f"{_e(_grade_word(g.grade))} ({_e(g.time[:10])})" for g in entries[:-1])
        text += f"<br/>earlier: {earlier}"
    return text


def _grade_word(code: str | None) -> str:
    if not code:
        return "not graded"
    return admiralty_words(code) or _label("verification_grade", code)


def _speaker(inc: Included, t: Testimony) -> str:
    if t.speaker_id in inc.unnamed or t.speaker_id not in inc.persons:
        return "not named (consent)"
    person = inc.persons[t.speaker_id]
    return " / ".join(n.text for n in person.names) or "not named"


def _consent(inc: Included, t: Testimony) -> str:
    c = t.consent
    given = ", ".join(USE_WORDS[u] for u in sorted(c.uses)) or "none"
    now = ", ".join(USE_WORDS[u] for u in sorted(inc.permitted.get(t.id, frozenset()))) or "none"
    flags = [
        f"informed: {'yes' if c.informed else 'no'}",
        f"voluntary: {'yes' if c.voluntary else 'no'}",
        f"may name: {'yes' if c.may_name else 'no'}",
        f"may show face: {'yes' if c.may_show_face else 'no'}",
        f"may use voice: {'yes' if c.may_use_voice else 'no'}",
    ]
    withdrawals = [w for w in inc.withdrawals.values() if w.testimony_id == t.id]
    text = f"{_e('; '.join(flags))}<br/>uses given: {_e(given)}; permitted now: {_e(now)}"
    for w in withdrawals:
        scope = ", ".join(USE_WORDS[u] for u in sorted(w.scope))
        text += f"<br/>withdrawn {_e(_date(w.date))}: {_e(scope)}"
    return text


def _testimonies(
    inc: Included, numbers: dict[str, int], grades: dict[str, list[GradeEntry]]
) -> str:
    if not inc.testimonies:
        return "<h2>Testimonies</h2><p>None included.</p>"
    parts = ["<h2>Testimonies</h2>"]
    for t in inc.testimonies.values():
        state = f"sealed {t.seal.sealed_at[:10]}" if t.seal is not None else "draft (not sealed)"
        facts = [
            ["Speaker", _e(_speaker(inc, t))],
            ["Relation to the person", _e(_label("relation", t.relation))],
            ["Date", _e(_date(t.date))],
            ["Place", _e(inc.place_name(t.place_id))],
            ["Mode, language", _e(f"{t.mode.value.replace('_', ' ')}, {t.language}")],
            ["State", _e(state)],
            ["Consent", _consent(inc, t)],
            ["Grade", _grades_cell(grades.get(t.id))],
            ["Testimony id", _mono(t.id)],
        ]
        parts.append(f"<h3>T{numbers[t.id]}</h3>" + _facts(facts))
        narrative = _e(t.narrative).replace("\n", "<br/>")
        parts.append(f'<p dir="auto">{narrative}</p>')
    return "".join(parts)


def _attachments(inc: Included, numbers: dict[str, int]) -> str:
    rows = []
    for a in inc.attachments.values():
        rows.append(_attachment_row(a, numbers))
    if not rows:
        return "<h2>Attachments</h2><p>None included.</p>"
    headers = ["File", "Type", "Size", "Role", "Testimony", "SHA-256 at intake"]
    return "<h2>Attachments</h2>" + _table(headers, rows)


def _attachment_row(a: Attachment, numbers: dict[str, int]) -> list[str]:
    testimony = f"T{numbers[a.testimony_id]}" if a.testimony_id in numbers else ""
    return [
        _e(a.original_name), _e(a.media_type), _e(f"{a.size} bytes"),
        _e(a.role.value.replace("_", " ")), _e(testimony),
        _mono(a.sha256.hex()),
    ]  # fmt: skip


def _left_out(items: list[LeftOut]) -> str:
    if not items:
        return "<h2>Left out</h2><p>Nothing was left out.</p>"
    rows = [[_e(i.what.replace("_", " ")), _e(REASONS.get(i.reason, i.reason)), _e(i.count)]
            for i in items]  # fmt: skip
    intro = "<p>These were not included; their content is not shown.</p>"
    return "<h2>Left out</h2>" + intro + _table(["What", "Why", "How many"], rows)


def _appendix(entries: list[CustodyEntry], head: bytes) -> str:
    rows = []
    for e in entries:
        rows.append([
            _e(e.seq), _e(e.time[:19].replace("T", " ")), _e(e.action.value), _e(e.record_kind),
            _mono(e.record_id),
            _mono(e.actor.hex()[:16]),
            _mono(e.entry_hash.hex()),
        ])  # fmt: skip
    headers = ["Seq", "Time", "Action", "Kind", "Record", "By (key)", "Entry hash"]
    return (
        "<h2>Appendix: custody log</h2>"
        "<p>Every custody entry of the included cases and records, as the vault holds them."
        " Each entry's hash covers the one before; check them with <i>amanat check</i> and"
        " <i>amanat case log</i>.</p>"
        "<p>Head of the chain when this dossier was made:<br/>"
        f"{_mono(head.hex())}</p>" + _table(headers, rows)
    )


def build(
    conn: Connection,
    case_ids: Sequence[str],
    *,
    profile: str = "full",
    use: str = "internal",
    made_by: bytes = b"",
) -> Dossier:
    inc = include(conn, case_ids, profile=profile, use=use)
    grades = grades_for(conn, inc)
    entries, head = custody_of(conn, inc)
    numbers = {t_id: n for n, t_id in enumerate(inc.testimonies, start=1)}
    titles = "; ".join(c.title for c in inc.cases.values())
    header = (
        f"<h1>Dossier</h1><p><b>{_e(titles)}</b></p>"
        f"<p>Cases: <tt>{_e(', '.join(inc.case_ids))}</tt><br/>"
        f"Made {_e(utc_now())} by the vault key {_e(made_by.hex()[:16])}, under the"
        f" <b>{_e(inc.profile.value)}</b> profile for <b>{_e(USE_WORDS[inc.use])}</b> use."
        " It includes only what the testimonies' consent permits for this use.</p>"
    )
    body = [header]
    body.extend(_person(inc, p) for p in inc.persons_of_concern())
    body.append(_events(inc, numbers, grades))
    body.append(_testimonies(inc, numbers, grades))
    body.append(_attachments(inc, numbers))
    body.append(_left_out(inc.left_out))
    body.append(_appendix(entries, head))
    page = (
        f'<html><head><meta charset="utf-8"/><style>{STYLE}</style></head>'
        f"<body>{''.join(body)}</body></html>"
    )
    return Dossier(page, inc, entries, head)


def write_report(
    vault: Vault,
    destination: Path | str,
    render: Render,
    *,
    case_ids: Sequence[str] = (),
    person_ids: Sequence[str] = (),
    profile: str = "full",
    use: str = "internal",
    replace: bool = False,
) -> tuple[outputs.Output, Dossier]:
    """Build the dossier of ``case_ids`` (or of the cases of ``person_ids``), render it
    and write it as one plaintext output."""
    conn = vault.connection()
    outputs.check_destination(Path(destination), replace=replace)
    ids = list(case_ids) or cases_of_persons(conn, person_ids)
    if not ids:
        raise ExportError("report.nothing_chosen")
    dossier = build(conn, ids, profile=profile, use=use, made_by=author_key(vault))
    data = render(dossier.html)
    written = outputs.write_output(
        vault, destination, data, what="report", case_ids=dossier.included.case_ids,
        profile=dossier.included.profile.value, use=use_word(dossier.included.use),
        replace=replace,
    )  # fmt: skip
    return written, dossier
