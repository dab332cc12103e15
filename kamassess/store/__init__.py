"""Storage: the SQLite store, its migrations, the database file and its backups."""
