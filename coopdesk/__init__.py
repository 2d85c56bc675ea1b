"""CoopDesk: the desk of a development-cooperation program's coordinators and administrators."""

__version__ = "0.1.0"
