"""Reviewer records under the redacting profiles (docs/review.md §2, §3): a grade goes
with its claim, a reply with the note it answers, reviews stay inside under advocacy."""

from __future__ import annotations

from pathlib import Path

from amanat.bundles import redaction
from amanat.bundles.format import Profile
from amanat.bundles.selection import select_cases
from amanat.domain.model import RecordKind
from amanat.services import cases as case_service
from amanat.services import reviews as review_service
from amanat.storage.vault import Vault
from support.vaults import add_case


def test_reviews_grades_and_replies_under_each_profile(vault: Vault, tmp_path: Path) -> None:
    case_id = add_case(vault)
    testimony = case_service.get_case(vault, case_id)["testimonies"][0]["id"]
    review = review_service.set_review(vault, case_id, state="verified").id
    grade = review_service.add_grade(vault, testimony, source="A", info=1).id
    note = review_service.annotate(vault, testimony, text="Checked.").id
    reply = review_service.annotate(vault, testimony, text="Agreed.", reply_to=note).id
    selection = select_cases(vault.connection(), [case_id])
    assert set(selection.reviews) == {review} and set(selection.grades) == {grade}
    ids = select_cases(vault.connection(), [case_id], ids_only=True).by_kind()
    assert set(ids[RecordKind.REVIEW]) == {review} and set(ids[RecordKind.GRADE]) == {grade}
    kept = redaction.plan(selection, Profile.NO_CONTACTS)
    assert kept.keeps(RecordKind.REVIEW, review) and kept.keeps(RecordKind.GRADE, grade)
    advocacy = redaction.plan(selection, Profile.ADVOCACY)
    assert not advocacy.keeps(RecordKind.REVIEW, review)
    # The example testimony allows internal use only: advocacy drops it, and its
    # grade and notes (the reply with the note it answers) go with it.
    assert not advocacy.keeps(RecordKind.TESTIMONY, testimony)
    assert not advocacy.keeps(RecordKind.GRADE, grade)
    assert not advocacy.keeps(RecordKind.ANNOTATION, note)
    assert not advocacy.keeps(RecordKind.ANNOTATION, reply)
    content = redaction.allowed_content(
        RecordKind.ANNOTATION, reply, selection.annotations[reply].to_content()
    )
    assert content["reply_to"] == note
