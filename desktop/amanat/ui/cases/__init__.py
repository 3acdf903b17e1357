"""The cases: the case list, one case (person of concern, events, testimonies,
attachments) and the new-case dialog."""
