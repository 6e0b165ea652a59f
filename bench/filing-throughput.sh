#!/usr/bin/env bash
# Concurrent online filings (网上申请) through two app instances on one PostgreSQL behind nginx.
# Usage: bash bench/filing-throughput.sh [duration-seconds] [connections]
# Starts a throwaway PostgreSQL (scripts/pg-throwaway.sh), two Release instances (Database__Provider=Postgres) on two
# ports, nginx round-robin in front of them, then wrk POSTs the portal form (each filing with its own text) for the
# given time. Counts acknowledged filings (302 to the receipt) and everything else, then checks in the database that
# every acknowledged filing is stored once and the tracking numbers are unique and gapless. Loopback only; stops
# everything it started. The per-client submission limit is raised by configuration, not removed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=${1:-20}
connections=${2:-32}
for pkg in wrk nginx curl; do
    command -v "$pkg" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"; }
done

work=$(mktemp -d)
ports=(55180 55181)
proxy_port=55179
pids=()
# shellcheck source=../scripts/pg-throwaway.sh
source scripts/pg-throwaway.sh
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    pg_stop || true
    rm -rf "$work"
}
trap cleanup EXIT

pg_start >/dev/null
conn="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_SUPERUSER;Database=zwgk_filing_bench"
psql_bench() { psql -qtA "host=127.0.0.1 port=$PG_PORT user=$PG_SUPERUSER dbname=zwgk_filing_bench" -c "$1"; }
psql -q "host=127.0.0.1 port=$PG_PORT user=$PG_SUPERUSER dbname=postgres" -c "CREATE DATABASE zwgk_filing_bench ENCODING 'UTF8' TEMPLATE template0"

dotnet build src/Zwgk.Web -c Release -v q -nologo >/dev/null
start() {
    env ${BENCH_ENV:-} ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$1" \
        Database__Provider=Postgres ConnectionStrings__Zwgk="$conn" Demo__Seed=true \
        Requests__SubmissionPermitLimit=100000000 Logging__LogLevel__Default=Warning \
        Storage__Root="$work/files" \
        dotnet src/Zwgk.Web/bin/Release/net10.0/Zwgk.Web.dll >"$work/app-$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 1; done
    echo "instance on $1 did not start:" >&2; tail -20 "$work/app-$1.log" >&2; exit 1
}
# One after the other: the first migrates and seeds the empty database.
start "${ports[0]}"
start "${ports[1]}"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
    upstream zwgk { server 127.0.0.1:${ports[0]}; server 127.0.0.1:${ports[1]}; keepalive 64; }
    server {
        listen 127.0.0.1:$proxy_port;
        location / {
            proxy_pass http://zwgk;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
CONF
nginx -c "$work/nginx.conf"
sleep 1

# The form as a citizen's browser gets it (through nginx, so from either instance): its antiforgery cookie and fields.
form_url="http://127.0.0.1:$proxy_port/s/haiyang/requests/new"
curl -fs -c "$work/cookies" "$form_url" >"$work/form.html"
cookie=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$work/cookies")
python3 - "$work/form.html" >"$work/body.txt" <<'PY'
import sys, html.parser, urllib.parse
class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.fields = []; self.select = None; self.textarea = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("data-testid") == "request-form": self.inside = True
        if not self.inside: return
        if tag == "input" and a.get("name") and a.get("type") not in ("file", "checkbox", "radio", "submit"):
            self.fields.append([a["name"], a.get("value") or ""])
        elif tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a and a.get("name"):
            self.fields.append([a["name"], a.get("value") or "on"])
        elif tag == "select": self.select = [a.get("name"), None, None]
        elif tag == "option" and self.select:
            if self.select[1] is None: self.select[1] = a.get("value", "")
            if "selected" in a: self.select[2] = a.get("value", "")
        elif tag == "textarea": self.textarea = [a.get("name"), ""]
    def handle_endtag(self, tag):
        if tag == "form" and self.inside: self.inside = False
        elif tag == "select" and self.select:
            self.fields.append([self.select[0], self.select[2] if self.select[2] is not None else self.select[1] or ""]); self.select = None
        elif tag == "textarea" and self.textarea: self.fields.append(self.textarea); self.textarea = None
    def handle_data(self, data):
        if self.textarea: self.textarea[1] += data
f = Form(); f.feed(open(sys.argv[1], encoding="utf-8").read())
given = {"Input.Name": "压测申请人", "Input.IdNumber": "370687198503150027", "Input.Phone": "13900000000",
         "Input.InformationSought": "海阳市2025年度第SERIALNO号民生项目的资金使用情况",
         # Each filing is a new form: its own one-time key (22 characters), or every post after the first is "filed already".
         "SubmissionKey": "FORMKEY"}
fields = [(k, v) for k, v in f.fields if k and k not in given] + list(given.items())
print(urllib.parse.urlencode(fields), end="")
PY
grep -q "__RequestVerificationToken" "$work/body.txt" || { echo "form has no antiforgery token" >&2; exit 1; }
# One filing by hand must be acknowledged before anything is measured.
first=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$cookie" -H "Content-Type: application/x-www-form-urlencoded" \
    --data "$(sed 's/SERIALNO/0/; s/FORMKEY/999999999999999999999A/' "$work/body.txt")" "$form_url")
[[ "$first" == 302*requests/submitted* ]] || { echo "a single filing is not acknowledged: $first" >&2; tail -n 30 "$work"/app-*.log >&2; exit 1; }
cat >"$work/filing.lua" <<LUA
local body = [[$(cat "$work/body.txt")]]
local threads = {}
local n = 0
function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
-- A form key is the thread, the second this run started and the filing's count: unique across threads and runs
-- (22 characters ending in A, the canonical base64 spelling the server accepts).
function init(args) acks = 0; failures = 0; seed = math.random(1, 1000000) * 1000; started = os.time() end
function request()
    n = n + 1
    return wrk.format("POST", "/s/haiyang/requests/new", {
        ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "$cookie" }, (body:gsub("SERIALNO", tostring(seed + n)):gsub("FORMKEY", string.format("%02d%010d%09dA", tid, started, n))))
end
function response(status, headers, body)
    local location = headers["Location"] or headers["location"] or ""
    if status == 302 and location:find("/requests/submitted", 1, true) then acks = acks + 1 else failures = failures + 1 end
end
function done(summary, latency, requests)
    local a, f = 0, 0
    for _, t in ipairs(threads) do a = a + t:get("acks"); f = f + t:get("failures") end
    io.write(string.format("ACKS %d\nFAILURES %d\nP50 %.1f\nP99 %.1f\nERRORS %d\n", a, f, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

# Warm-up, not measured: a just-started instance spends a quarter of its CPU compiling (tiered JIT) for its first
# thousand filings; a city's instances run for weeks.
wrk -t2 -c"$connections" -d"${WARMUP:-30}s" --timeout 30s -s "$work/filing.lua" "http://127.0.0.1:$proxy_port" >/dev/null
sleep 2
before=$(psql_bench 'SELECT count(*) FROM "InformationRequests"')
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
out=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s "$work/filing.lua" "http://127.0.0.1:$proxy_port")
acks=$(awk '/^ACKS/ {print $2}' <<<"$out")
failures=$(awk '/^FAILURES/ {print $2}' <<<"$out")
socket_errors=$(awk '/^ERRORS/ {print $2}' <<<"$out")
sleep 2 # let filings in flight when wrk stopped commit
after=$(psql_bench 'SELECT count(*) FROM "InformationRequests"')
dupes=$(psql_bench 'SELECT count(*) - count(DISTINCT "TrackingNumber") FROM "InformationRequests"')
gaps=$(psql_bench "SELECT count(*) FROM (SELECT substr(\"TrackingNumber\", 2, 4) y, count(*) c, max(substr(\"TrackingNumber\", 6)::int) m FROM \"InformationRequests\" GROUP BY 1) s WHERE c <> m")
server_errors=$(cat "$work"/app-*.log | grep -c ' fail: \|^fail:' || true)
if [[ "$server_errors" != 0 ]]; then
    echo "errors logged by the instances (first 3):" >&2
    grep -h -A12 ' fail: \|^fail:' "$work"/app-*.log | head -60 >&2
fi

echo "online filings through nginx to two instances on PostgreSQL, wrk -t2 -c$connections -d${duration}s on $(nproc) cores, load average before $load_before:"
echo "  acknowledged:   $acks ($(awk -v a="$acks" -v d="$duration" 'BEGIN { printf "%.1f", a / d }') filings/s, target ≥ 100)"
echo "  other answers:  $failures; socket errors: $socket_errors; errors logged by the instances: $server_errors"
echo "  latency p50 $(awk '/^P50/ {print $2}' <<<"$out") ms, p99 $(awk '/^P99/ {print $2}' <<<"$out") ms"
echo "  stored:         $((after - before)) new requests (acknowledged + those in flight when wrk stopped); duplicate numbers: $dupes; years with a gap: $gaps"
# A filing still in flight when wrk stops completes on the server unacknowledged: at most one per connection.
stored=$((after - before))
[[ "$stored" -ge "$acks" && "$stored" -le "$((acks + connections))" && "$dupes" == 0 && "$gaps" == 0 ]] ||
    { echo "stored filings do not match the acknowledged ones" >&2; exit 1; }
