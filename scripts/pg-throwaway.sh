#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on loopback for tests and local development.
#
#   source scripts/pg-throwaway.sh; pg_start; ...; pg_stop   (used by scripts/test.sh)
#   bash scripts/pg-throwaway.sh                             (start one, wait for Ctrl-C)
#
# pg_start sets PG_PORT, PG_DIR and PG_CONN (an Npgsql connection string).
# The cluster trusts every local connection and runs with fsync off: it is
# disposable by design and must never hold data anyone cares about.

# Superuser created by initdb; tests connect as this role.
PG_SUPERUSER="${PG_SUPERUSER:-zwgk}"
# Postgres refuses to run as root, so root runs it as this system user.
PG_OS_USER="${PG_OS_USER:-zwgkpg}"
# First port tried; kept away from 5432 so a system cluster never clashes.
PG_BASE_PORT="${PG_BASE_PORT:-55432}"

PG_PORT=""
PG_DIR=""
PG_CONN=""

# Newest server binaries from the Debian layout, unless PG_BIN is given.
pg_find_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then
        [[ -x "$PG_BIN/initdb" ]] || { echo "pg-throwaway: no initdb in PG_BIN=$PG_BIN" >&2; return 1; }
        return 0
    fi
    local dir
    while IFS= read -r dir; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/postgres" ]]; then
            PG_BIN="$dir"
            return 0
        fi
    done < <(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V -r)
    echo "pg-throwaway: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    return 1
}

# Run a command as the cluster owner: ourselves, or PG_OS_USER when we are root.
pg_as_owner() {
    if [[ $EUID -ne 0 ]]; then
        "$@"
    else
        # cd / first: the owner may not be allowed into our working directory,
        # and initdb/postgres warn or fail when they cannot resolve it.
        (
            cd /
            if command -v runuser >/dev/null 2>&1; then
                runuser -u "$PG_OS_USER" -- "$@"
            else
                su "$PG_OS_USER" -s /bin/bash -c "$(printf '%q ' "$@")"
            fi
        )
    fi
}

pg_port_in_use() {
    local port="$1"
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
    else
        # No iproute2: a successful connect means someone is listening.
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

pg_start() {
    pg_find_bin || return 1

    if [[ $EUID -eq 0 ]] && ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
        # A parallel run may create the user first; that is fine.
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_OS_USER" \
            || id -u "$PG_OS_USER" >/dev/null
    fi

    # Short path on purpose: the Unix socket lives here and socket paths are capped at ~107 bytes.
    # As root, stay in /tmp: a private TMPDIR might not be reachable by the owner user.
    local tmp_root="${TMPDIR:-/tmp}"
    [[ $EUID -ne 0 ]] || tmp_root=/tmp
    PG_DIR="$(mktemp -d "$tmp_root/zwgk-pg.XXXXXX")"
    if [[ $EUID -eq 0 ]]; then
        chown "$PG_OS_USER" "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"
    local data="$PG_DIR/data"

    # C.UTF-8 gives UTF-8 aware ctype without needing generated locales; plain C is the fallback.
    if ! pg_as_owner "$PG_BIN/initdb" -D "$data" -U "$PG_SUPERUSER" --auth=trust -E UTF8 --locale=C.UTF-8 \
            >"$PG_DIR/initdb.log" 2>&1; then
        rm -rf "$data"
        if ! pg_as_owner "$PG_BIN/initdb" -D "$data" -U "$PG_SUPERUSER" --auth=trust -E UTF8 --locale=C \
                >"$PG_DIR/initdb.log" 2>&1; then
            cat "$PG_DIR/initdb.log" >&2
            echo "pg-throwaway: initdb failed" >&2
            return 1
        fi
    fi

    # Another process can grab a port between the check and the bind, so a failed
    # start moves on to the next port a few times before giving up.
    local port="$PG_BASE_PORT" attempt
    for attempt in 1 2 3 4 5; do
        while pg_port_in_use "$port"; do
            port=$((port + 1))
        done
        if pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$PG_DIR/server.log" -w -t 60 \
                -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                start >/dev/null; then
            PG_PORT="$port"
            break
        fi
        echo "pg-throwaway: start on port $port failed (attempt $attempt)" >&2
        port=$((port + 1))
    done
    if [[ -z "$PG_PORT" ]]; then
        cat "$PG_DIR/server.log" >&2 2>/dev/null || true
        echo "pg-throwaway: could not start PostgreSQL" >&2
        return 1
    fi

    # pg_ctl -w already waited; this confirms TCP on loopback answers, which is what the tests use.
    if [[ -x "$PG_BIN/pg_isready" ]]; then
        "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -t 30 || {
            echo "pg-throwaway: server started but pg_isready fails on 127.0.0.1:$PG_PORT" >&2
            return 1
        }
    fi

    PG_CONN="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_SUPERUSER;Database=postgres"
    export PG_PORT PG_DIR PG_CONN
}

# Safe to call more than once and after a failed pg_start.
pg_stop() {
    [[ -n "${PG_DIR:-}" ]] || return 0
    local data="$PG_DIR/data"
    if [[ -f "$data/postmaster.pid" ]]; then
        # Immediate mode: nothing here is worth a checkpoint.
        if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1; then
            # pg_ctl could not do it (e.g. it was interrupted); kill the postmaster directly.
            local pid
            pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]]; then
                kill -QUIT "$pid" 2>/dev/null || true
                sleep 1
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    rm -rf "$PG_DIR"
    PG_DIR=""
    PG_PORT=""
    PG_CONN=""
}

# Executed directly (not sourced): start a cluster for a developer and hold it until Ctrl-C.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    sleeper=""
    # Background jobs ignore Ctrl-C in scripts, so the sleeper is killed explicitly.
    trap '[[ -z "$sleeper" ]] || kill "$sleeper" 2>/dev/null || true; pg_stop' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM HUP
    pg_start
    cat <<EOF
PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PG_PORT (data in $PG_DIR)

  export ZWGK_TEST_PG="$PG_CONN"
  psql "host=127.0.0.1 port=$PG_PORT user=$PG_SUPERUSER dbname=postgres"

Press Ctrl-C to stop it and delete the data.
EOF
    # Background sleep + wait so a signal interrupts the wait immediately.
    while true; do
        sleep 3600 &
        sleeper=$!
        wait "$sleeper" || true
    done
fi
