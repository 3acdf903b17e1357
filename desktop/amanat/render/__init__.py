"""Rendering with Qt's painting classes (QtGui only, no widgets), for the command line
and the app alike: the one place outside ``ui/`` allowed to import PySide6
(docs/architecture.md, "Import contracts"). The core builds the content; this package
only turns it into PDF or image bytes in memory."""
