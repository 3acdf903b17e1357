"""Schema 9: the review queue's "follow-up answered" reason (docs/review.md §2, §6).

``case_review.followups_answered`` counts the answers, to questions this vault asked,
that no one here has looked at yet (``followup_seen``). A question was asked here when
the revision shown of it was written here (``revision.origin IS NULL``): the SQL cannot
know this vault's key, but it knows which revisions arrived in a bundle. Triggers keep
the count when an answer arrives, a question is written, or an answer is marked seen;
the rank gains the reason (weight 4, as new or changed) and the reason its index, both
frozen here as storage.reviews.rank_expression() and reason_index_sql() give them.
"""

from __future__ import annotations

from amanat.storage.db import Connection

_COUNT = (
    "(SELECT count(*) FROM followup_answer a JOIN followup q ON q.id = a.followup_id"
    " JOIN revision r ON r.rev_id = q.rev_id"
    " WHERE a.case_id = {case} AND r.origin IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM followup_seen s WHERE s.answer_id = a.id))"
)


def _recount(case: str) -> str:
    return (
        f"UPDATE case_review SET followups_answered = {_COUNT.format(case=case)}"
        f" WHERE case_id = {case};"
    )


RANK_V9 = (
    "(CASE WHEN pending > 0 THEN 8 ELSE 0 END)"
    " + (CASE WHEN received_seq > 0 AND reviewed_seq IS NULL THEN 4 ELSE 0 END)"
    " + (CASE WHEN reviewed_seq IS NOT NULL AND received_seq > reviewed_seq THEN 4 ELSE 0 END)"
    " + (CASE WHEN mine <> 0 THEN 2 ELSE 0 END)"
    " + (CASE WHEN followups_answered > 0 THEN 4 ELSE 0 END)"
)

INDEX_V9 = (
    "CREATE INDEX case_review_followup_answered ON case_review"
    " (rank DESC, changed DESC, case_id) WHERE followups_answered > 0"
)

TRIGGERS = (
    "CREATE TRIGGER case_review_answer AFTER INSERT ON followup_answer BEGIN "
    + _recount("NEW.case_id")
    + " END",
    "CREATE TRIGGER case_review_answer_gone AFTER DELETE ON followup_answer BEGIN "
    + _recount("OLD.case_id")
    + " END",
    "CREATE TRIGGER case_review_question AFTER INSERT ON followup BEGIN "
    + _recount("NEW.case_id")
    + " END",
    "CREATE TRIGGER case_review_answer_seen AFTER INSERT ON followup_seen BEGIN "
    + _recount("(SELECT case_id FROM followup_answer WHERE id = NEW.answer_id)")
    + " END",
)


def apply(conn: Connection) -> None:
    from amanat.storage import reviews

    conn.execute("ALTER TABLE case_review ADD COLUMN followups_answered INTEGER NOT NULL DEFAULT 0")
    for trigger in TRIGGERS:
        conn.execute(trigger)
    conn.execute(
        "UPDATE case_review SET followups_answered = "
        + _COUNT.format(case="case_review.case_id")
        + " WHERE case_id IN (SELECT case_id FROM followup_answer)"
    )
    reviews.set_rank(conn, RANK_V9)
    conn.execute(INDEX_V9)
