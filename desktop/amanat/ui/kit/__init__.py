"""The kit: widgets, table models, text helpers, dialogs and viewers that every screen
uses. It knows no feature package."""
