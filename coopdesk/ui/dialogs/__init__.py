"""Dialogs: one per entity form or action."""
