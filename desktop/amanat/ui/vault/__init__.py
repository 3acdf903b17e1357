"""Screens without an open vault: welcome, create a vault, the recovery code, unlock and recover."""
