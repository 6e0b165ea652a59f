#!/usr/bin/env bash
# Document page throughput: wrk against the running app, and against nginx serving the same page as a static file,
# on this machine in the same run. Usage: bash bench/page-throughput.sh [duration-seconds]
# Installs wrk and nginx from Debian when missing. Loopback only; bounded duration; stops everything it started.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=${1:-15}
for pkg in wrk nginx; do
    command -v "$pkg" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"; }
done

work=$(mktemp -d)
app_port=55080
static_port=55081
cleanup() {
    [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -f "$work/nginx.pid" ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Zwgk.Web -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$app_port" \
    ConnectionStrings__Zwgk="Data Source=$work/page.db" Logging__LogLevel__Default=Warning \
    dotnet src/Zwgk.Web/bin/Release/net10.0/Zwgk.Web.dll >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$app_port/health" >/dev/null && break; sleep 1; done
url="/doc/1"
curl -fs "http://127.0.0.1:$app_port$url" >"$work/page.html"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
    sendfile on;
    tcp_nopush on;
    # Plain root + file name: an alias to a file under "location /" made nginx answer every request with a
    # 500 ("page.htmlindex.html is not a directory"), which earlier runs measured instead of the page.
    server { listen 127.0.0.1:$static_port; root $work; default_type text/html; }
}
CONF
nginx -c "$work/nginx.conf"
sleep 1
static_url="http://127.0.0.1:$static_port/page.html"
# Both servers must answer 200 with the same page before anything is measured.
for u in "http://127.0.0.1:$app_port$url" "$static_url"; do
    size=$(curl -fs -o /dev/null -w '%{size_download}' "$u") || { echo "$u does not answer 200" >&2; exit 1; }
    [[ "$size" == "$(wc -c <"$work/page.html")" ]] || { echo "$u answers $size bytes, the page has $(wc -c <"$work/page.html")" >&2; exit 1; }
done

# Requests/sec; errors and non-2xx answers (which would inflate the figure) are reported on stderr.
run() {
    local out
    out=$(wrk -t2 -c32 -d"${duration}s" "$1")
    grep -E 'Non-2xx|Socket errors' <<<"$out" | sed "s|^|  $1: |" >&2 || true
    awk '/Requests\/sec/ {print $2}' <<<"$out"
}
run "http://127.0.0.1:$app_port$url" >/dev/null # warm up (JIT, caches)
app_rps=$(run "http://127.0.0.1:$app_port$url")
static_rps=$(run "$static_url")
echo "document page ($url, $(wc -c <"$work/page.html") bytes), wrk -t2 -c32 -d${duration}s on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
echo "  Zwgk app:      $app_rps req/s"
echo "  nginx static:  $static_rps req/s"
awk -v a="$app_rps" -v s="$static_rps" 'BEGIN { printf "  app / nginx:   %.2f (target ≥ 0.25)\n", a / s }'
