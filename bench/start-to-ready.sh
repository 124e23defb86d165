#!/usr/bin/env bash
# Later starts to ready: how long an operator's restart takes, from launching the JVM to
# /actuator/health/readiness answering 200 (schema checked, chapters in), as bin/start runs it
# (same JVM options, unpacked jar, class cache), on a data dir that an earlier start filled.
# Against a baseline measured in the same run: the JDK's jwebserver, launch to first HTTP 200.
#
#   bench/start-to-ready.sh [RUNS]     (default 5; runs interleaved; prints medians)
set -euo pipefail
runs="${1:-5}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive whole number, got: $runs" >&2; exit 2; }
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bin/find-jdk"
source "$root/bin/java-options"
[ -f "$root/web-ui/target/proximite.jar" ] || { echo "Build first: bin/mvn -B -DskipTests package" >&2; exit 1; }
app="$("$root/bin/aot-cache")"
aot=()
[ -f "$app/proximite.aot" ] && aot=(-XX:AOTCache="$app/proximite.aot")

work="$(mktemp -d "${TMPDIR:-/tmp}/proximite-ready.XXXXXX")"
pid=""
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; pid=""; }
trap 'stop; rm -rf "$work"' EXIT
echo "<p>baseline</p>" > "$work/index.html"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# Launches "$@" in the background and prints the milliseconds until URL answers 200.
time_to_200() {
    local url="$1" started; shift
    started=$(now_ms)
    "$@" >>"$work/server.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null)" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "The server stopped; see its log:" >&2; tail -20 "$work/server.log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( $(now_ms) - started ))
    stop
}
proximite() {
    PORT="$1" PROXIMITE_DATA_DIR="$work/data" PROXIMITE_ADMIN_PASSWORD=bench-only exec \
        "$JAVA_HOME/bin/java" "${PROXIMITE_JAVA_OPTIONS[@]}" "${aot[@]}" -jar "$app/proximite.jar"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

port=$(free_port)
echo "First start on an empty data dir (not counted): $(time_to_200 "http://127.0.0.1:$port/actuator/health/readiness" proximite "$port") ms"
: >"$work/base.ms"; : >"$work/app.ms"
for ((i = 1; i <= runs; i++)); do
    port=$(free_port)
    b=$(time_to_200 "http://127.0.0.1:$port/" "$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p "$port" -d "$work")
    port=$(free_port)
    a=$(time_to_200 "http://127.0.0.1:$port/actuator/health/readiness" proximite "$port")
    echo "run $i: baseline $b ms, Proximité $a ms"
    echo "$b" >>"$work/base.ms"; echo "$a" >>"$work/app.ms"
done
echo "median of $runs: baseline (jwebserver) $(median <"$work/base.ms") ms, Proximité to ready $(median <"$work/app.ms") ms"
