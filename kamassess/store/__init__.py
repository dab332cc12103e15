"""Storage: one interface (base.Store) on two engines — a SQLite file (sqlite.py, migrations.py,
backup.py) and a PostgreSQL server (postgres.py, pg_migrations.py, pg_admin.py); see README.md."""
