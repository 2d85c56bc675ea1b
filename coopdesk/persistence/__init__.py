"""Storage: SQLAlchemy models, engine and sessions, unit of work, audit, backups, migrations."""
