"""Casework tables of schema version 1 (DESIGN.md section 4)."""

SQL = """
"""
