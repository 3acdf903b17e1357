"""The reviewer's workspace (inbox, review queue, grading, conflicts): screens land here."""
