"""Full-text and name-search tables of schema version 1 (DESIGN.md section 5)."""

SQL = """
"""
