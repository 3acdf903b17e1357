"""A case for reports and exports: names in four scripts, three testimonies with
different consent, one restricted (issue 13)."""

from __future__ import annotations

import copy
import json
from typing import Any

from amanat.services import cases as case_service
from amanat.storage.vault import Vault
from support.paths import DATA

PUBLIC_NARRATIVE = "Менің ағам түнде алынып кетті. 他被带走了。"
INTERNAL_NARRATIVE = "INTERNAL-ONLY narrative of a neighbour"
RESTRICTED_NARRATIVE = "RESTRICTED narrative of a guard"
UYGHUR_NAME = "يەرژان بەكبولات"
CONTACT = "+7 700 000 00 00"  # the first speaker's phone (restricted, a contact)


def report_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((DATA / "case-json" / "v1-input.json").read_text("utf-8"))
    doc["person"]["names"].append({"text": UYGHUR_NAME, "script": "ug-Arab", "type": "alias"})
    first = doc["testimonies"][0]
    first["narrative"] = PUBLIC_NARRATIVE
    first["consent"]["uses"] = ["internal", "un_submission", "legal", "public"]
    internal = copy.deepcopy(first)
    internal["narrative"] = INTERNAL_NARRATIVE
    internal["consent"]["uses"] = ["internal"]
    internal["speaker"] = {"names": [{"text": "Neighbour Qasim", "script": "en-Latn"}]}
    internal["relation"] = "other"
    restricted = copy.deepcopy(first)
    restricted["narrative"] = RESTRICTED_NARRATIVE
    restricted["sensitivity"] = "restricted"
    restricted["speaker"] = {"names": [{"text": "Guard Li", "script": "en-Latn"}]}
    restricted["relation"] = "other"
    doc["testimonies"] = [first, internal, restricted]
    return doc


def add_report_case(vault: Vault) -> str:
    return case_service.add_case(vault, report_doc()).id
