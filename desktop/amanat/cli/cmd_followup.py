"""`amanat followup ask|list|answer`: follow-up questions (docs/review.md §6)."""

from __future__ import annotations

import argparse
from typing import Any

from amanat.cli.common import escape as esc
from amanat.cli.common import open_vault, print_json
from amanat.services import followups as followup_service


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("followup", parents=[common], help="follow-up questions to the field")
    fsub = p.add_subparsers(dest="followup_command", metavar="ACTION", required=True)

    ask = fsub.add_parser(
        "ask", parents=[common], help="ask about a case, its person, an event or a testimony"
    )
    ask.add_argument("record_id", metavar="RECORD_ID")
    ask.add_argument("--text", required=True, help="the question")
    ask.set_defaults(func=cmd_ask)

    ls = fsub.add_parser("list", parents=[common], help="list follow-up questions")
    ls.add_argument("--open", action="store_true", help="only questions not yet answered")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.set_defaults(func=cmd_list)

    ans = fsub.add_parser("answer", parents=[common], help="answer a follow-up question")
    ans.add_argument("followup_id", metavar="FOLLOWUP_ID")
    ans.add_argument("--text", required=True, help="the answer")
    ans.set_defaults(func=cmd_answer)


def cmd_ask(args: Any) -> int:
    with open_vault(args) as vault:
        result = followup_service.ask(vault, args.record_id, args.text)
    print(result.id)
    return 0


def cmd_list(args: Any) -> int:
    with open_vault(args) as vault:
        found = followup_service.list_followups(vault, open_only=args.open)
    if args.json:
        print_json(found)
        return 0
    if not found:
        print("no follow-up questions")
    for q in found:
        print(f"{esc(q['id'])}  {esc(q['state']):<8} case {esc(q['case'])}"
              f"  {esc(q['target_kind'])} {esc(q['target'])}: {esc(q['text'])}")  # fmt: skip
        for a in q["answers"]:
            print(f"    answered {esc(a['created'])} by {esc(a['answered_by'] or '?')}:"
                  f" {esc(a['text'] or a['kind'])}")  # fmt: skip
    return 0


def cmd_answer(args: Any) -> int:
    with open_vault(args) as vault:
        result = followup_service.answer(vault, args.followup_id, args.text)
    print(result.id)
    return 0
