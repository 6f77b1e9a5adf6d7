"""Backups of the SQLite database: automatic and rotated, checked after writing, restorable.

`files` names, writes, checks and reads backup files; `rotation` decides which to keep;
`service` is what the app and the `station` command call; `restore` puts a backup back.
PostgreSQL is backed up on the server (pg_dump); none of this runs there.
"""
