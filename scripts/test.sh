#!/usr/bin/env bash
# The single test command, for CI and for developers: bash scripts/test.sh
#
# Builds once, runs the whole suite on SQLite, then the database-dependent test
# projects again on a throwaway PostgreSQL cluster, and prints a summary whose
# last line is "N passed, M failed" (", K skipped" when any were skipped).
#
# Environment knobs (all optional):
#   ZWGK_SLN          solution or project to build/test (default Zwgk.slnx)
#   ZWGK_TEST_FILTER  passed to dotnet test --filter
#   ZWGK_CHROMIUM     browser for the browser tests (default /usr/bin/chromium)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root="$PWD"

sln="${ZWGK_SLN:-Zwgk.slnx}"
results_root="$repo_root/artifacts/test-results"
export ZWGK_CHROMIUM="${ZWGK_CHROMIUM:-/usr/bin/chromium}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

# --- Tools we cannot install from Debian -----------------------------------
command -v dotnet >/dev/null 2>&1 || die "dotnet not found; install the .NET 10 SDK first"

# --- System packages, installed only when missing ---------------------------
# dpkg -s also succeeds for removed packages whose config files remain; ask for the real state.
pkg_installed() { [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == installed ]]; }

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[[ -x "$ZWGK_CHROMIUM" ]] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
pkg_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
# The shared rate-limit tests start their own throwaway redis-server on loopback.
command -v redis-server >/dev/null 2>&1 || [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)
# npm is only needed when the axe-core dev dependency still has to be installed.
if [[ ! -f node_modules/axe-core/axe.min.js ]] && ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
fi

if ((${#missing[@]})); then
    log "Installing missing packages: ${missing[*]}"
    if [[ $EUID -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        die "missing packages (${missing[*]}) and not root and no sudo; install them with: apt-get install ${missing[*]}"
    fi
    "${as_root[@]}" apt-get update
    # env inside the privileged command: sudo would drop an exported DEBIAN_FRONTEND.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Fall back to the Debian binary name if the default path is absent.
if [[ ! -x "$ZWGK_CHROMIUM" ]] && command -v chromium >/dev/null 2>&1; then
    ZWGK_CHROMIUM="$(command -v chromium)"
fi

# --- npm dev dependencies (axe-core for accessibility checks) ---------------
if [[ ! -f node_modules/axe-core/axe.min.js ]]; then
    log "Installing npm dev dependencies"
    # ci: install exactly what package-lock.json pins.
    npm ci --no-audit --no-fund
fi

# --- Throwaway PostgreSQL ---------------------------------------------------
# shellcheck source=scripts/pg-throwaway.sh
source "$repo_root/scripts/pg-throwaway.sh"
# EXIT covers success and failure; the signal traps turn Ctrl-C/kill into an exit so EXIT runs too.
trap pg_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

log "Starting throwaway PostgreSQL"
pg_start
echo "PostgreSQL listening on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
if command -v psql >/dev/null 2>&1; then
    # Fail early here rather than with hundreds of failing tests.
    [[ "$(psql -X -q -A -t "host=127.0.0.1 port=$PG_PORT user=$PG_SUPERUSER dbname=postgres" -c 'select 1')" == 1 ]] \
        || die "PostgreSQL started but does not answer queries"
    echo "psql: select 1 OK"
fi
# Tests create and drop their own databases on this server.
export ZWGK_TEST_PG="$PG_CONN"

# --- Build once ------------------------------------------------------------
log "Building $sln (Release)"
# No persistent MSBuild/compiler servers: they would outlive the script and can keep CI steps waiting.
if ! dotnet build "$sln" -c Release --disable-build-servers; then
    # Keep the last line parseable for CI even when nothing could run.
    echo "Build failed; no tests ran."
    echo "0 passed, 0 failed"
    exit 1
fi

# --- Test runs -------------------------------------------------------------
filter_args=()
if [[ -n "${ZWGK_TEST_FILTER:-}" ]]; then
    filter_args=(--filter "$ZWGK_TEST_FILTER")
fi

rm -rf "$results_root"
overall_rc=0
# Servers' unexpected warnings and errors (tests/*/Infrastructure/ServerLog.cs) are written here when a fixture ends;
# xUnit reports a fixture's cleanup failure without failing a test, so the run fails on these files instead.
server_logs() { find "$repo_root/tests" -path '*/bin/Release/*/server-logs/*.txt' -type f 2>/dev/null; }
server_logs | while IFS= read -r f; do rm -f -- "$f"; done # names have spaces: "ZwgkFactory (second host)-….txt"

# run_tests DB TARGET: one dotnet test invocation; results land in artifacts/test-results/<db>/.
# A failure is recorded, not fatal, so the other database still runs.
run_tests() {
    local db="$1" target="$2" rc=0
    local name dir logger
    name="$(basename "${target%.*}")"
    dir="$results_root/${db,,}"
    mkdir -p "$dir"
    if [[ "$target" == *.csproj ]]; then
        logger="trx;LogFileName=$name.trx"
    else
        # One trx per test project: a fixed LogFileName would make the projects of a
        # solution overwrite each other, the prefix form adds framework and timestamp.
        logger="trx;LogFilePrefix=$name"
    fi
    log "dotnet test $target on $db"
    # The console copy lets the summary check that no trx file went missing.
    ZWGK_TEST_DB="$db" dotnet test "$target" --no-build -c Release \
        "${filter_args[@]}" \
        --logger "$logger" \
        --results-directory "$dir" 2>&1 | tee -a "$dir/console.log" || rc=$?
    if ((rc != 0)); then
        echo "dotnet test $target on $db exited with $rc"
        overall_rc=1
    fi
}

# SQLite: everything.
run_tests Sqlite "$sln"

# PostgreSQL: only projects that touch the database. Domain tests are database-free
# and already ran. With a single project in ZWGK_SLN, or before those projects
# exist, run the same target again so Postgres is still exercised.
pg_targets=()
if [[ "$sln" != *.csproj ]]; then
    for project in tests/Zwgk.Web.Tests/Zwgk.Web.Tests.csproj tests/Zwgk.Browser.Tests/Zwgk.Browser.Tests.csproj; do
        [[ -f "$project" ]] && pg_targets+=("$project")
    done
fi
((${#pg_targets[@]})) || pg_targets=("$sln")
for target in "${pg_targets[@]}"; do
    run_tests Postgres "$target"
done

# --- Summary ---------------------------------------------------------------
# Sums the <Counters .../> element of every trx file. Failed includes errors,
# timeouts and aborts; whatever neither passed nor failed counts as skipped.
summarize() {
    local dir="$1"
    local files=()
    [[ -d "$dir" ]] && mapfile -t files < <(find "$dir" -name '*.trx' -type f | sort)
    if ((${#files[@]} == 0)); then
        echo "0 0 0 0"
        return
    fi
    grep -ho '<Counters [^>]*>' "${files[@]}" | awk '
        function attr(name,   m) {
            if (match($0, name "=\"[0-9]+\"")) {
                m = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0
            }
            return 0
        }
        {
            t += attr("total"); p += attr("passed")
            f += attr("failed") + attr("error") + attr("timeout") + attr("aborted")
        }
        END { s = t - p - f; if (s < 0) s = 0; printf "%d %d %d %d\n", t, p, f, s }'
}

# Every test assembly prints "Results File: ...trx"; fewer files on disk than
# announced means one overwrote another and the counts would be too low.
check_trx_complete() {
    local dir="$1" announced actual
    [[ -f "$dir/console.log" ]] || return 0
    announced="$(grep -Ec 'Results File: .*\.trx' "$dir/console.log" || true)"
    actual="$(find "$dir" -name '*.trx' -type f | wc -l)"
    if ((actual < announced)); then
        echo "warning: $dir has $actual trx files but $announced were written; counts are incomplete"
        return 1
    fi
}

log "Summary"
mapfile -t logged < <(server_logs)
if ((${#logged[@]})); then
    echo "The servers logged warnings or errors no test expected (${#logged[@]} fixture(s)):"
    for f in "${logged[@]}"; do sed 's/^/  /' "$f"; done
    overall_rc=1
fi
total_passed=0 total_failed=0 total_skipped=0 total_tests=0
for db in sqlite postgres; do
    read -r t p f s < <(summarize "$results_root/$db")
    printf '%-9s %d passed, %d failed, %d skipped (%d total)\n' "$db:" "$p" "$f" "$s" "$t"
    check_trx_complete "$results_root/$db" || overall_rc=1
    total_tests=$((total_tests + t))
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    total_skipped=$((total_skipped + s))
done
echo "Results: $results_root"

if ((total_tests == 0)); then
    echo "no tests ran"
    overall_rc=1
fi
# A crash can fail dotnet test without a failed counter; keep the exit code honest either way.
((total_failed == 0)) || overall_rc=1

summary="$total_passed passed, $total_failed failed"
((total_skipped == 0)) || summary+=", $total_skipped skipped"
echo "$summary"
exit "$overall_rc"
