"""Subcommands of ``coopdesk`` beyond the window and database maintenance."""
