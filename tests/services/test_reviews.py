"""Review state, the queue, grades and note threads between two real vaults
(docs/review.md §2, §3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from amanat.domain.errors import BundleError, NotFound, ValidationError
from amanat.services import bundles as bundle_service
from amanat.services import cases as case_service
from amanat.services import followups as followup_service
from amanat.services import reviews as review_service
from amanat.storage import history, migrations, reviews, schema_v5, schema_v9
from amanat.storage.vault import Vault
from support.vaults import add_case, table_digest, vault_digest


def send(sender: Vault, to: Vault, folder: Path) -> Any:
    folder.mkdir(exist_ok=True)
    name = to.identity.display_name
    path = bundle_service.seal_bundle(sender, [name], folder, all_cases=True).path
    return path, bundle_service.open_bundle(to, path)


def first_testimony(vault: Vault, case_id: str) -> str:
    return str(case_service.get_case(vault, case_id)["testimonies"][0]["id"])


def row(vault: Vault, case_id: str) -> dict[str, Any]:
    [found] = review_service.queue_rows(vault, [case_id])
    return found


def test_the_vaults_rank_is_the_reasons_rank(vault: Vault) -> None:
    """The rank a vault keeps (schema 5's triggers, or a later migration's set_rank) is
    the sum of the weights of today's REASONS."""
    conn = vault.connection()
    for trigger in ("case_review_rank", "case_review_rank_new"):
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (trigger,)).fetchone()
        assert f"rank = ({reviews.rank_expression()})" in " ".join(str(sql[0]).split())
    assert reviews.rank_expression(reviews.REASONS[:4]) == schema_v5.RANK_V5
    assert reviews.rank_expression(reviews.REASONS[:5]) == schema_v9.RANK_V9
    assert reviews.reason_index_sql(reviews.REASONS[4]) == schema_v9.INDEX_V9
    assert migrations.LATEST >= 5


def test_a_case_without_a_review_is_unreviewed_and_setting_it_never_touches_the_case(
    vault: Vault,
) -> None:
    case_id = add_case(vault)
    before = case_service.get_case(vault, case_id)
    assert review_service.review_of(vault, case_id)["state"] == "unreviewed"
    assert row(vault, case_id)["state"] == "unreviewed"
    review_service.set_review(vault, case_id, state="under_review")
    review_service.set_review(vault, case_id, assignee="Aigul")
    review_service.set_review(vault, case_id, state="verified", assignee="")
    after = case_service.get_case(vault, case_id)
    assert after["status"] == before["status"] and after["assignee"] == before["assignee"]
    review = review_service.review_of(vault, case_id)
    assert review["state"] == "verified" and review["assignee"] is None
    # One record, three revisions: the history, newest first, from what to what.
    assert [h["state"] for h in review["history"]] == ["verified", "under_review", "under_review"]
    assert [h["from_state"] for h in review["history"]] == [
        "under_review",
        "under_review",
        "unreviewed",
    ]
    assert review["history"][1]["assignee"] == "Aigul"
    assert all(h["by_you"] for h in review["history"])
    assert len(history.revisions(vault.connection(), review["review"])) == 3


def test_bad_review_input_is_refused(vault: Vault) -> None:
    case_id = add_case(vault)
    with pytest.raises(ValidationError):
        review_service.set_review(vault, case_id, state="done")
    with pytest.raises(ValidationError):
        review_service.set_review(vault, case_id)
    with pytest.raises(NotFound):
        review_service.set_review(vault, "0" * 32, state="verified")
    with pytest.raises(ValidationError):
        review_service.queue_ids(vault, {"reason": "bored"})
    with pytest.raises(ValidationError):
        review_service.queue_ids(vault, {"colour": "red"})


def test_the_queue_puts_received_conflicting_and_mine_first(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    quiet = add_case(hq, title="Written at HQ")  # nothing received: no reason
    first = add_case(field, title="First")
    second = add_case(field, title="Second")
    send(field, hq, tmp_path / "out")
    assert row(hq, first)["reasons"] == ["new"] and row(hq, quiet)["reasons"] == []
    # Reviewed: no longer new; assigned to me: that is a reason of its own.
    review_service.set_review(hq, first, state="under_review", assignee="HQ")
    assert row(hq, first)["reasons"] == ["assigned_to_me"]
    # The field changes it: changed since the reviewer last set its state.
    case_service.update_case(field, first, title="First, corrected")
    send(field, hq, tmp_path / "out2")
    assert row(hq, first)["reasons"] == ["changed", "assigned_to_me"]
    # Both edit the second case: a conflict.
    case_service.update_case(hq, second, title="Second (HQ)")
    case_service.update_case(field, second, title="Second (field)")
    send(field, hq, tmp_path / "out3")
    assert "conflict" in row(hq, second)["reasons"]
    ids = review_service.queue_ids(hq)
    assert ids[0] == second and ids[-1] == quiet
    assert review_service.queue_ids(hq, {"reason": "conflict"}) == [second]
    assert review_service.queue_ids(hq, {"assignee": "HQ"}) == [first]
    assert review_service.queue_ids(hq, {"state": "under_review"}) == [first]
    assert set(review_service.queue_ids(hq, {"state": "unreviewed"})) == {second, quiet}
    assert quiet not in review_service.queue_ids(hq, {"attention": True})
    listed = review_service.review_list(hq, state="under_review")
    assert [r["case"] for r in listed] == [first]
    assert listed[0]["title"] == "First, corrected" and listed[0]["person"]


def test_an_answered_follow_up_puts_its_case_in_the_queue_until_it_is_seen(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field, title="Asked about")
    send(field, hq, tmp_path / "out")
    review_service.set_review(hq, case_id, state="needs_follow_up")
    question = followup_service.ask(hq, case_id, "Which camp in Ghulja?").id
    assert row(hq, case_id)["reasons"] == []
    send(hq, field, tmp_path / "back")
    # At the field the question is not its own: no answered-follow-up reason there.
    followup_service.answer(field, question, "Camp No. 3")
    assert "followup_answered" not in row(field, case_id)["reasons"]
    send(field, hq, tmp_path / "answer")
    assert "followup_answered" in row(hq, case_id)["reasons"]
    assert review_service.queue_ids(hq, {"reason": "followup_answered"}) == [case_id]
    assert followup_service.answered_unseen_case_ids(hq) == [case_id]
    followup_service.mark_seen(hq, case_id)
    assert "followup_answered" not in row(hq, case_id)["reasons"]
    assert review_service.queue_ids(hq, {"reason": "followup_answered"}) == []


def test_reviews_and_grades_travel_and_a_hostile_edit_is_only_a_proposal(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    field, hq = pair
    case_id = add_case(field)
    send(field, hq, tmp_path / "a")
    testimony = first_testimony(hq, case_id)
    review_service.set_review(hq, case_id, state="needs_follow_up", assignee="Aigul")
    g1 = review_service.add_grade(hq, testimony, source="b", info=2, reason="Named the camp.")
    g2 = review_service.add_grade(hq, testimony, source="C", info="3", reason="Dates differ.")
    note = review_service.annotate(hq, testimony, text="Which camp?", field="narrative").id
    path, result = send(hq, field, tmp_path / "b")
    assert result.conflicts == []
    graded = review_service.grade_history(field, testimony)
    assert [g["id"] for g in graded["grades"]] == [g2.id, g1.id]
    assert graded["current"]["code"] == "C3" and graded["grades"][1]["code"] == "B2"
    assert graded["current"]["reviewer_name"] == "HQ" and not graded["current"]["by_you"]
    seen = review_service.review_of(field, case_id)
    assert seen["state"] == "unreviewed"  # the field has no review of its own
    [theirs] = seen["others"]
    assert theirs["state"] == "needs_follow_up" and theirs["reviewer_name"] == "HQ"
    # The field answers the note in a thread.
    reply = review_service.annotate(field, testimony, text="Camp No. 3.", reply_to=note).id
    [thread] = review_service.notes_of(field, testimony)
    assert thread["id"] == note and thread["field"] == "narrative"
    assert [r["id"] for r in thread["replies"]] == [reply]
    # Re-importing the same bundle changes nothing; nor does the same sent again.
    before = vault_digest(field)
    with pytest.raises(BundleError):
        bundle_service.open_bundle(field, path)
    assert vault_digest(field) == before
    kept = {t: table_digest(field, t) for t in ("revision", "review", "grade", "annotation")}
    send(hq, field, tmp_path / "again")
    assert {t: table_digest(field, t) for t in kept} == kept
    # A hostile field rewrites HQ's grade: at HQ it is a proposal, the grade stays.
    from amanat.domain.model import Grade, RecordKind
    from amanat.storage import records
    from amanat.storage.db import transaction

    conn = field.connection()
    with transaction(conn):
        mine = records.load(conn, RecordKind.GRADE, g2.id)
        forged = Grade(mine.id, mine.target_kind, mine.target_id, "A", 1, "Trust me.")
        records.write(conn, forged, author=case_service.revision_author(field))
    _, back = send(field, hq, tmp_path / "c")
    assert g2.id in back.proposals
    at_hq = review_service.grade_history(hq, testimony)
    assert at_hq["current"]["code"] == "C3" and at_hq["current"]["by_you"]
    assert at_hq["current"]["pending"] is True
    [thread] = review_service.notes_of(hq, testimony)
    assert thread["replies"][0]["author"] == "Field office"
    flat = review_service.case_notes(hq, case_id)
    assert [n["id"] for n in flat] == [note, reply] and flat[0]["by_you"]
    assert flat[1]["reply_to"] == note and flat[1]["author"] == "Field office"


def test_grading_refuses_what_is_not_a_claim(vault: Vault) -> None:
    case_id = add_case(vault)
    testimony = first_testimony(vault, case_id)
    with pytest.raises(ValidationError):
        review_service.add_grade(vault, case_id, source="A", info=1)
    with pytest.raises(ValidationError):
        review_service.add_grade(vault, testimony, source="G", info=1)
    with pytest.raises(ValidationError):
        review_service.add_grade(vault, testimony, source="A", info=7)
    with pytest.raises(NotFound):
        review_service.add_grade(vault, "1" * 32, source="A", info=1)
    other = review_service.annotate(vault, case_id, text="On the case.").id
    with pytest.raises(ValidationError):
        review_service.annotate(vault, testimony, text="Reply elsewhere", reply_to=other)
    assert review_service.grade_history(vault, testimony)["grades"] == []
