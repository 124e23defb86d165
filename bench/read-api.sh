#!/usr/bin/env bash
# The read API and a public guide page under load, against nginx serving the same bytes from
# files, in the same run.
#
#   bin/mvn -B -DskipTests package     # once
#   bench/read-api.sh                   # --seconds N per measurement (default 15)
#
# Starts the built jar on a fresh H2 data dir (the Guinea chapter is installed at first start),
# saves the answers of one practice, of the practice list, of a search and the guide's page of one
# practice, serves those same bytes with nginx
# (pre-compressed with gzip_static: the application also sends gzip bytes it compressed once), and
# loads each with wrk: 2 threads, 64 connections,
# Accept-Encoding: gzip, loopback only. Prints requests/s and p99 latency for both, and the
# ratio application / nginx. Needs wrk and nginx (apt-get install wrk nginx-light).
set -euo pipefail

seconds=15
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "--seconds needs a positive whole number" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bin/find-jdk"
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed (apt-get install wrk nginx-light curl)." >&2; exit 1; }
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
jar="$root/web-ui/target/proximite.jar"
[ -f "$jar" ] || { echo "No $jar: build it first with bin/mvn -B -DskipTests package." >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/proximite-read-bench.XXXXXX")"
# nginx's workers run as an unprivileged user: they must be able to read the files served.
chmod 755 "$work"
app_pid=""
nginx_started=false
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    $nginx_started && "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { local p; for _ in $(seq 100); do p=$((20000 + RANDOM % 30000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; exit 1; }
app_port="$(free_port)"
nginx_port="$(free_port)"

echo "Starting the application on 127.0.0.1:$app_port (fresh data dir)..."
source "$root/bin/java-options"
PORT="$app_port" PROXIMITE_DATA_DIR="$work/data" PROXIMITE_ADMIN_PASSWORD="bench-$RANDOM$RANDOM" \
    "$JAVA_HOME/bin/java" "${PROXIMITE_JAVA_OPTIONS[@]}" ${JAVA_OPTS:-} -Dserver.address=127.0.0.1 -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1200); do
    curl -fs "http://127.0.0.1:$app_port/api/v1/practices?lang=fr" 2>/dev/null | grep -q '"total":[1-9]' && break
    kill -0 "$app_pid" 2>/dev/null || { echo "The application stopped:"; tail -20 "$work/app.log"; exit 1; }
    sleep 0.1
done

one="/api/v1/practices/local-security-council?lang=fr"
list="/api/v1/practices?lang=fr"
search="/api/v1/search?q=conseil%20local&lang=fr"
page="/guide/fr/practices/local-security-council"
mkdir -p "$work/nginx/logs" "$work/files"
curl -fs "http://127.0.0.1:$app_port$one" > "$work/files/one.json"
curl -fs "http://127.0.0.1:$app_port$list" > "$work/files/list.json"
curl -fs "http://127.0.0.1:$app_port$search" > "$work/files/search.json"
curl -fs "http://127.0.0.1:$app_port$page" > "$work/files/page.html"
# Pre-compressed copies: nginx then sends stored gzip bytes, as the application does from its cache.
gzip -k -9 "$work/files/one.json" "$work/files/list.json" "$work/files/search.json" "$work/files/page.html"
chmod -R a+rX "$work/files"
sent="$(curl -fs -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port$page")"
echo "Answers (uncompressed): one practice $(wc -c < "$work/files/one.json") bytes, the list $(wc -c < "$work/files/list.json"), a search $(wc -c < "$work/files/search.json"), the guide's page $(wc -c < "$work/files/page.html") ($sent bytes sent gzipped by the application)."

cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    gzip_static on;
    server {
        listen 127.0.0.1:$nginx_port;
        location = /one { alias $work/files/one.json; }
        location = /list { alias $work/files/list.json; }
        location = /search { alias $work/files/search.json; }
        location = /page { default_type text/html; alias $work/files/page.html; }
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx_started=true

measure() { # url -> "requests/s p99-ms"
    wrk -t2 -c64 -d2s -H 'Accept-Encoding: gzip' "$1" > /dev/null
    wrk -t2 -c64 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$1" > "$work/wrk.txt"
    local rps p99
    rps="$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")"
    p99="$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' "$work/wrk.txt")"
    local errors
    errors="$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.txt")"
    if [ -n "$errors" ]; then
        echo "Errors while loading $1: $errors" >&2
        exit 1
    fi
    echo "$rps $p99"
}

printf '\n%-14s %16s %10s %16s %10s %8s\n' "call" "app req/s" "app p99" "nginx req/s" "nginx p99" "ratio"
for target in one list search page; do
    case "$target" in one) path="$one" ;; list) path="$list" ;; search) path="$search" ;; page) path="$page" ;; esac
    read -r app_rps app_p99 < <(measure "http://127.0.0.1:$app_port$path")
    read -r ngx_rps ngx_p99 < <(measure "http://127.0.0.1:$nginx_port/$target")
    ratio="$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN {printf "%.1f%%", 100 * a / n}')"
    printf '%-14s %16s %8sms %16s %8sms %8s\n' "$target" "$app_rps" "$app_p99" "$ngx_rps" "$ngx_p99" "$ratio"
done
echo
echo "Aims at 64 connections: the read API at 30 % of nginx or more with p99 under 100 ms; the guide's page at 50 % of nginx or more."
