#!/usr/bin/env bash
# Restores an archive of scripts/backup.sh: checks every checksum, then loads the database and copies the files.
#
#   ZWGK_DB_PROVIDER=Postgres ZWGK_DB="host=db user=zwgk dbname=zwgk_new" ZWGK_STORAGE_ROOT=/srv/zwgk/files \
#     bash scripts/restore.sh /backups/zwgk-….tar.gz
#
# Stop every instance first. PostgreSQL: the target database must exist (createdb); objects in it are replaced.
# SQLite: the target file must not exist (move the old one away first). Files are added to the store; files already
# there with the same name have the same content (the name is its SHA-256), so nothing is overwritten with other data.
set -euo pipefail

archive="${1:?usage: restore.sh ARCHIVE.tar.gz}"
provider="${ZWGK_DB_PROVIDER:-Sqlite}"
db="${ZWGK_DB:?set ZWGK_DB (connection string or SQLite file)}"
files="${ZWGK_STORAGE_ROOT:?set ZWGK_STORAGE_ROOT (the Storage:Root folder)}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
cd "$work/backup"
grep -q '^format: zwgk-backup 1$' manifest.txt || { echo "restore: not a zwgk backup" >&2; exit 1; }
sha256sum --quiet -c SHA256SUMS || { echo "restore: checksums do not match; nothing restored" >&2; exit 1; }
from="$(sed -n 's/^provider: //p' manifest.txt)"
[[ "${from,,}" == "${provider,,}" ]] || { echo "restore: archive is from $from, target is $provider" >&2; exit 1; }

pg_tool() {
    local dir
    for dir in "${PG_BIN:-}" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [[ -n "$dir" && -x "$dir/$1" ]] && { echo "$dir/$1"; return; }
    done
    command -v "$1"
}

case "${provider,,}" in
    postgres)
        "$(pg_tool pg_restore)" --no-owner --no-privileges --clean --if-exists --exit-on-error --dbname "$db" database.dump ;;
    sqlite)
        [[ ! -e "$db" ]] || { echo "restore: $db exists; move it away first" >&2; exit 1; }
        mkdir -p "$(dirname "$db")"
        cp database.sqlite "$db" ;;
    *) echo "restore: ZWGK_DB_PROVIDER must be Postgres or Sqlite" >&2; exit 1 ;;
esac

mkdir -p "$files"
cp -a files/. "$files/"
echo "restore: database and $(sed -n 's/^files: //p' manifest.txt) files restored"
