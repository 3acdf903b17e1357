"""Reports, submissions, exports and statistics: screens land here."""
