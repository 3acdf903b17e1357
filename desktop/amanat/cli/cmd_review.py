"""`amanat review list|set`, `amanat grade add|history` and `amanat annotate`: the
reviewer's commands (docs/review.md §2, §3; their --json shapes are documented there)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.domain.model import INFO_CREDIBILITY, SOURCE_RELIABILITY, ReviewState
from amanat.services import reviews as review_service

STATES = [s.value for s in ReviewState]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("review", parents=[common], help="the review queue and review states")
    rsub = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    ls = rsub.add_parser(
        "list", parents=[common], help="the review queue, what needs attention first"
    )
    ls.add_argument("--state", choices=STATES, help="only cases in this review state")
    ls.add_argument("--assignee", metavar="NAME", help="only cases assigned to this name")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.set_defaults(func=cmd_review_list)
    st = rsub.add_parser("set", parents=[common], help="set a case's review state or assignee")
    st.add_argument("case_id", metavar="CASE_ID")
    st.add_argument("--state", choices=STATES)
    st.add_argument("--assignee", metavar="NAME", help='a name ("" to clear)')
    st.set_defaults(func=cmd_review_set)

    g = sub.add_parser("grade", parents=[common], help="grade a testimony or event (Admiralty)")
    gsub = g.add_subparsers(dest="grade_command", metavar="ACTION", required=True)
    add = gsub.add_parser("add", parents=[common], help="add a grade (never overwrites one)")
    add.add_argument("record_id", metavar="RECORD_ID", help="a testimony or an event")
    add.add_argument(
        "--source", required=True, choices=list(SOURCE_RELIABILITY),
        help="source reliability: A reliable .. E unreliable, F cannot be judged",
    )  # fmt: skip
    add.add_argument(
        "--info", required=True, type=int, choices=list(INFO_CREDIBILITY),
        help="information credibility: 1 confirmed .. 5 improbable, 6 cannot be judged",
    )  # fmt: skip
    add.add_argument("--reason", metavar="TEXT", help="why this grade")
    add.set_defaults(func=cmd_grade_add)
    hist = gsub.add_parser("history", parents=[common], help="every grade of a record")
    hist.add_argument("record_id", metavar="RECORD_ID")
    hist.add_argument("--json", action="store_true", help="print JSON")
    hist.set_defaults(func=cmd_grade_history)

    a = sub.add_parser("annotate", parents=[common], help="a reviewer's note on a record")
    a.add_argument("record_id", metavar="RECORD_ID")
    a.add_argument("--text", required=True, metavar="TEXT")
    a.add_argument("--field", metavar="NAME", help="the field of the record the note is about")
    a.add_argument("--reply-to", metavar="ID", help="the note this one answers")
    a.set_defaults(func=cmd_annotate)


def cmd_review_list(args: Any) -> int:
    with open_vault(args) as vault:
        rows = review_service.review_list(vault, state=args.state, assignee=args.assignee)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        reasons = ", ".join(row["reasons"]) or "-"
        print(
            f"{row['case']}  {row['state']:<15} {esc(row['assignee'] or '-'):<16}"
            f" {reasons:<28} {esc(row['title'])}"
        )
    return 0


def cmd_review_set(args: Any) -> int:
    kwargs: dict[str, Any] = {"state": args.state}
    if args.assignee is not None:
        kwargs["assignee"] = args.assignee
    with open_vault(args) as vault:
        review_service.set_review(vault, args.case_id, **kwargs)
        review = review_service.review_of(vault, args.case_id)
    print(f"{review['case']}  {review['state']}  {esc(review['assignee'] or '-')}")
    return 0


def cmd_grade_add(args: Any) -> int:
    with open_vault(args) as vault:
        grade_id = review_service.add_grade(
            vault, args.record_id, source=args.source, info=args.info, reason=args.reason
        ).id
    print(grade_id)
    return 0


def cmd_grade_history(args: Any) -> int:
    with open_vault(args) as vault:
        doc = review_service.grade_history(vault, args.record_id)
    if args.json:
        print_json(doc)
        return 0
    for g in doc["grades"]:
        who = "you" if g["by_you"] else (g["reviewer_name"] or "an unknown reviewer")
        reason = f"  {esc(g['reason'])}" if g["reason"] else ""
        print(f"{g['created']}  {g['code']}  by {esc(who)}{reason}")
    return 0


def cmd_annotate(args: Any) -> int:
    with open_vault(args) as vault:
        note_id = review_service.annotate(
            vault, args.record_id, text=args.text, field=args.field, reply_to=args.reply_to
        ).id
    print(note_id)
    return 0
