"""`amanat report`, `amanat submission`, `amanat export` and `amanat stats` (issue 13).

Each writes plaintext only where ``-o`` says, through ``services.outputs`` (atomic,
0600, logged in the custody log). ``report`` renders its PDF with Qt's own PDF writer
(``amanat.render``, imported only by that command, so no other command loads Qt).
JSON shapes: docs/user-guide-reports.md, "Command line".
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.domain.model import ReviewState

PROFILES = ["full", "no-contacts", "advocacy"]
USES = ["internal", "un", "legal", "public"]


def _profile_use(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", choices=PROFILES, default="full", help="redaction profile")
    p.add_argument(
        "--use", choices=USES, default="internal", help="the use testimonies must consent to"
    )
    p.add_argument("--replace", action="store_true", help="replace an existing output file")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    exp = sub.add_parser("export", parents=[common], help="export persons and events for analysts")
    exp.add_argument("format", choices=["csv", "popolo"])
    exp.add_argument(
        "-o", "--output", required=True, metavar="PATH",
        help="csv: a folder for persons.csv and events.csv; popolo: the JSON file",
    )  # fmt: skip
    _profile_use(exp)
    exp.set_defaults(func=cmd_export)

    rep = sub.add_parser("report", parents=[common], help="a dossier (PDF) of cases or persons")
    which = rep.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="ID", nargs="+", action="extend", help="case id(s)")
    which.add_argument("--person", metavar="ID", nargs="+", action="extend", help="person id(s)")
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _profile_use(rep)
    rep.set_defaults(func=cmd_report)

    subm = sub.add_parser("submission", parents=[common], help="a draft for a UN working group")
    subm.add_argument("form", choices=["wgeid", "wgad"])
    subm.add_argument("case_id", metavar="CASE_ID")
    subm.add_argument("-o", "--output", required=True, metavar="FILE")
    subm.add_argument("--profile", choices=PROFILES, default="full", help="redaction profile")
    subm.add_argument("--replace", action="store_true", help="replace an existing output file")
    subm.add_argument("--json", action="store_true", help="print the fields as JSON")
    subm.set_defaults(func=cmd_submission)

    st = sub.add_parser("stats", parents=[common], help="counts of documented persons")
    st.add_argument("--json", action="store_true", help="print JSON")
    st.add_argument("--from", dest="date_from", metavar="DATE", help="cases with an event from")
    st.add_argument("--to", dest="date_to", metavar="DATE", help="cases with an event until")
    st.add_argument("--status", action="append", default=[], help="current status (repeatable)")
    st.add_argument("--place", metavar="PLACE_ID", help="hometown or event place, or under it")
    st.add_argument(
        "--review", action="append", default=[], choices=[s.value for s in ReviewState],
        help="this vault's review state of the case (repeatable)",
    )  # fmt: skip
    st.set_defaults(func=cmd_stats)


def _print_left_out(left_out: list[dict[str, Any]]) -> None:
    for item in left_out:
        print(f"  left out: {item['count']} {esc(item['what'])} ({esc(item['reason'])})")


def cmd_export(args: argparse.Namespace) -> int:
    from amanat.services import exports

    with open_vault(args) as vault:
        result = exports.export(
            vault, args.format, args.output, profile=args.profile, use=args.use,
            replace=args.replace,
        )  # fmt: skip
    if args.json:
        print_json(result.as_json())
        return 0
    for f in result.files:
        print(f"Wrote {esc(str(f.path))} (SHA-256 {f.sha256})")
    print(f"{result.persons} person(s), {result.events} event(s) from {result.cases} case(s)")
    _print_left_out(result.left_out)
    print("These files are not encrypted: keep them safe.", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from amanat.render.pdf import html_to_pdf  # Qt's PDF writer: only this command loads it
    from amanat.services import dossier

    with open_vault(args) as vault:
        written, made = dossier.write_report(
            vault, args.output, html_to_pdf, case_ids=args.case or (),
            person_ids=args.person or (), profile=args.profile, use=args.use,
            replace=args.replace,
        )  # fmt: skip
    left_out = [item.as_json() for item in made.included.left_out]
    if args.json:
        print_json({
            "path": str(written.path), "sha256": written.sha256, "size": written.size,
            "cases": made.included.case_ids, "profile": made.included.profile.value,
            "use": args.use, "custody_head": made.head.hex(), "left_out": left_out,
        })  # fmt: skip
        return 0
    print(f"Wrote {esc(str(written.path))} (SHA-256 {written.sha256})")
    print(f"{len(made.included.case_ids)} case(s), custody head {made.head.hex()}")
    _print_left_out(left_out)
    print("This file is not encrypted: keep it safe.", file=sys.stderr)
    return 0


def cmd_submission(args: argparse.Namespace) -> int:
    from amanat.services import submissions

    with open_vault(args) as vault:
        written, made = submissions.write_submission(
            vault, args.form, args.case_id, args.output, profile=args.profile,
            replace=args.replace,
        )  # fmt: skip
    if args.json:
        print_json({"path": str(written.path), "sha256": written.sha256, **made.as_json()})
        return 0
    print(f"Wrote {esc(str(written.path))} (SHA-256 {written.sha256})")
    for label in made.missing:
        print(f"  missing: {esc(label)}")
    print("This file is not encrypted: keep it safe.", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from amanat.services import stats

    f = stats.make_filter(
        date_from=args.date_from, date_to=args.date_to, statuses=args.status,
        place_id=args.place, review=args.review,
    )  # fmt: skip
    with open_vault(args) as vault:
        result = stats.statistics(vault, f)
    if args.json:
        print_json(result)
        return 0
    print(f"{result['persons']} {result['counts']}")
    for c in result["charts"]:
        print(f"\n{esc(c['title'])} ({esc(c['counts'])})")
        for bar in c["bars"]:
            print(f"  {bar['count']:>8}  {esc(bar['label'])}")
    return 0
