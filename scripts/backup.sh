#!/usr/bin/env bash
# Backs up the database and the file store into one archive with a manifest (README “备份与恢复”).
#
#   ZWGK_DB_PROVIDER=Postgres ZWGK_DB="host=db user=zwgk dbname=zwgk" ZWGK_STORAGE_ROOT=/srv/zwgk/files \
#     bash scripts/backup.sh /backups/zwgk-$(date -u +%Y%m%dT%H%M%SZ).tar.gz
#   ZWGK_DB_PROVIDER=Sqlite   ZWGK_DB=/srv/zwgk/data/zwgk.db ZWGK_STORAGE_ROOT=/srv/zwgk/data/files bash scripts/backup.sh out.tar.gz
#
# ZWGK_DB is a libpq connection string for PostgreSQL (password from PGPASSWORD or ~/.pgpass) or the database file
# for SQLite. PG_BIN may name the folder of pg_dump. The app may keep running: pg_dump reads one snapshot and SQLite's
# online backup copies a consistent file; files are content-addressed and never change once written, so a file
# written during the backup is at worst missing from it, never half-copied into it under its name.
set -euo pipefail

out="${1:?usage: backup.sh ARCHIVE.tar.gz}"
provider="${ZWGK_DB_PROVIDER:-Sqlite}"
db="${ZWGK_DB:?set ZWGK_DB (connection string or SQLite file)}"
files="${ZWGK_STORAGE_ROOT:?set ZWGK_STORAGE_ROOT (the Storage:Root folder)}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/backup/files"

pg_tool() {
    local dir
    for dir in "${PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [[ -n "$dir" && -x "$dir/$1" ]] && { echo "$dir/$1"; return; }
    done
    command -v "$1"
}

case "${provider,,}" in
    postgres)
        "$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file "$work/backup/database.dump" "$db"
        dbfile=database.dump ;;
    sqlite)
        [[ -f "$db" ]] || { echo "backup: no SQLite database at $db" >&2; exit 1; }
        if command -v sqlite3 >/dev/null; then
            sqlite3 "$db" ".backup '$work/backup/database.sqlite'"
        else
            python3 -c 'import sqlite3,sys; s=sqlite3.connect(sys.argv[1]); d=sqlite3.connect(sys.argv[2]); s.backup(d); d.close()' "$db" "$work/backup/database.sqlite"
        fi
        dbfile=database.sqlite ;;
    *) echo "backup: ZWGK_DB_PROVIDER must be Postgres or Sqlite" >&2; exit 1 ;;
esac

# The store's temp folder holds only unfinished uploads.
if [[ -d "$files" ]]; then
    tar --exclude=./.tmp -cf - -C "$files" . | tar -xf - -C "$work/backup/files"
fi

(
    cd "$work/backup"
    {
        echo "format: zwgk-backup 1"
        echo "created_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "provider: $provider"
        echo "database: $dbfile"
        echo "files: $(find files -type f | wc -l)"
    } > manifest.txt
    find . -type f ! -name manifest.txt ! -name SHA256SUMS -print0 | sort -z | xargs -0 -r sha256sum > SHA256SUMS
)
tar -czf "$out" -C "$work" backup
echo "backup: $out ($(grep '^files:' "$work/backup/manifest.txt"), database $dbfile)"
