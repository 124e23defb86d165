#!/usr/bin/env bash
# Start-up and memory benchmark of the built Proximité jar, against a baseline measured in the
# same run on the same machine: the JDK's own minimal HTTP server (jwebserver, same JDK 25).
#
#   bench/startup-memory.sh [--runs N] [--build]
#
# Per run, interleaved so both see the same machine load:
#   baseline  jwebserver serving a temp folder with one small html file: time from launch to the
#             first HTTP 200, VmRSS right after, VmRSS after 20 page views of that file;
#   Proximité java -jar proximite.jar on a fresh, empty embedded H2 data dir (schema creation
#             and first-start import of the shipped chapter included): time from launch to
#             /actuator/health "UP", VmRSS right after, VmRSS after 20 page views.
# A page view is a real headless Chromium page load (JS run, DOM dumped); without Chromium,
# a plain curl GET (said in the output). Only loopback traffic. Prints medians and ratios.
set -euo pipefail

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<'TXT'
Options:
  --runs N   number of runs, each measuring both servers (default 5)
  --build    build the jar first with bin/mvn -B -q -DskipTests package
  -h, --help this help
Environment: PROXIMITE_CHROMIUM (default /usr/bin/chromium).
TXT
}

runs=5
build=false
while [ $# -gt 0 ]; do
    case "$1" in
        --runs)
            [ $# -ge 2 ] || { echo "--runs needs a number" >&2; exit 2; }
            runs="$2"; shift 2 ;;
        --runs=*) runs="${1#--runs=}"; shift ;;
        --build) build=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "--runs needs a positive whole number, got: $runs" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Exports JAVA_HOME (a JDK 25 or newer), or exits with a message saying what to install.
source "$root/bin/find-jdk"
java="$JAVA_HOME/bin/java"
jwebserver="$JAVA_HOME/bin/jwebserver"
[ -x "$jwebserver" ] || { echo "No jwebserver in $JAVA_HOME/bin: the baseline needs it." >&2; exit 1; }
command -v curl >/dev/null 2>&1 || { echo "curl is needed (apt-get install curl)." >&2; exit 1; }

if $build; then
    echo "Building the jar (bin/mvn -B -q -DskipTests package)..."
    "$root/bin/mvn" -B -q -DskipTests package
fi
jar_src="$root/web-ui/target/proximite.jar"
if [ ! -f "$jar_src" ]; then
    echo "No $jar_src: build it first with bin/mvn -B -DskipTests package (or pass --build)." >&2
    exit 1
fi
# Started as bin/start starts it: the same JVM options, unpacked, with its class cache.
source "$root/bin/java-options"
app_src="$("$root/bin/aot-cache")"

chromium="${PROXIMITE_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
    client=chromium
else
    client=curl
fi

page_views=20
routes=(/ /practices /initiatives /practices/local-security-council /initiatives/share-fair)
start_timeout_s=120
poll_interval_s=0.05
aim_start_s=5
aim_rss_mib=350

work="$(mktemp -d "${TMPDIR:-/tmp}/proximite-bench.XXXXXX")"
work="$(cd "$work" && pwd)"
server_pid=""

stop_server() {
    local pid="$server_pid" i
    [ -n "$pid" ] || return 0
    server_pid=""
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 300; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "  process $pid still running 30 s after SIGTERM: killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Copy the jar first, so that a rebuild during the run does not disturb it; a jar caught while
# Maven rewrites it fails the check, and the copy is tried again a little later.
jar="$work/proximite.jar"
for attempt in 1 2 3 4; do
    if cp "$jar_src" "$jar" 2>/dev/null && "$JAVA_HOME/bin/jar" tf "$jar" >/dev/null 2>&1; then
        break
    fi
    if [ "$attempt" -eq 4 ]; then
        echo "$jar_src is not a readable jar (being rebuilt?). Try again once the build is done." >&2
        exit 1
    fi
    echo "The jar looks incomplete (being rebuilt?): retrying in 15 s..." >&2
    sleep 15
done
# The unpacked application and its class cache are used in place: the cache is valid only for
# the path it was recorded with.
app="$app_src"
aot_option=()
[ -f "$app/proximite.aot" ] && aot_option=(-XX:AOTCache="$app/proximite.aot")

now_ns() { date +%s%N; }

free_port() {
    local port i
    for ((i = 0; i < 100; i++)); do
        port=$((20000 + RANDOM % 30000))
        if command -v ss >/dev/null 2>&1; then
            [ -z "$(ss -Htan "( sport = :$port )" 2>/dev/null)" ] && { echo "$port"; return 0; }
        elif ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"; return 0
        fi
    done
    echo "No free TCP port found on 127.0.0.1." >&2
    return 1
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# Polls URL every 50 ms until its answer matches (mode "up": a body with "status":"UP";
# mode "200": an HTTP 200), the process dies, or the timeout passes.
wait_ready() {
    local url="$1" mode="$2" pid="$3" log="$4" deadline out
    deadline=$(( $(now_ns) + start_timeout_s * 1000000000 ))
    while :; do
        if [ "$mode" = up ]; then
            out="$(curl -s --noproxy '*' --max-time 2 "$url" 2>/dev/null || true)"
            [[ "$out" =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]] && return 0
        else
            out="$(curl -s --noproxy '*' --max-time 2 -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)"
            [ "$out" = 200 ] && return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "The server (PID $pid) stopped before answering $url. End of its log:" >&2
            tail -n 40 "$log" >&2 || true
            return 1
        fi
        if [ "$(now_ns)" -gt "$deadline" ]; then
            echo "No answer from $url within ${start_timeout_s} s. End of the server's log:" >&2
            tail -n 40 "$log" >&2 || true
            return 1
        fi
        sleep "$poll_interval_s"
    done
}

# Loads $page_views pages, cycling over the given paths, with one browser profile per run
# (one reader browsing). Prints the number of failed loads.
view_pages() {
    local base="$1" profile="$2" i url failed=0
    shift 2
    local paths=("$@")
    mkdir -p "$profile"
    for ((i = 0; i < page_views; i++)); do
        url="$base${paths[i % ${#paths[@]}]}"
        if [ "$client" = chromium ]; then
            if ! timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
                    --disable-background-networking --disable-component-update --disable-sync --no-proxy-server \
                    --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE localhost" \
                    --user-data-dir="$profile" --virtual-time-budget=5000 --dump-dom "$url" \
                    >"$work/page.html" 2>>"$work/chromium.log" || [ ! -s "$work/page.html" ]; then
                failed=$((failed + 1))
            fi
        else
            curl -s --noproxy '*' --max-time 30 -o "$work/page.html" "$url" || failed=$((failed + 1))
        fi
    done
    echo "$failed"
}

ns_to_s() { awk -v n="$1" 'BEGIN { printf "%.2f", n / 1e9 }'; }
kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "n/a" }'; }

site="$work/site"
mkdir -p "$site"
cat >"$site/index.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head>
<body><h1>Baseline</h1><p>One small static page served by jwebserver.</p></body></html>
HTML

base_start=() base_rss0=() base_rss1=()
app_start=() app_rss0=() app_rss1=()
failed_views=0

echo "Proximité start-up and memory benchmark"
echo "  JDK:     $("$java" -version 2>&1 | head -n 1) ($JAVA_HOME)"
echo "  jar:     $jar_src ($(( $(stat -c %s "$jar") / 1048576 )) MiB, copied to a temp dir)"
echo "  machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$client" = chromium ]; then
    echo "  views:   $page_views headless Chromium page loads ($("$chromium" --version 2>/dev/null | head -n 1))"
else
    echo "  views:   Chromium not found at $chromium: falling back to $page_views plain curl GETs" \
         "(no JS run, so much lighter on the server; set PROXIMITE_CHROMIUM to use a browser)"
fi
echo "  runs:    $runs, each on a fresh empty data dir (embedded H2)"
# The benchmark itself keeps about two cores busy, so only the load before it says much.
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v c="$(nproc)" 'BEGIN { exit !(l >= 0.75 * c) }'; then
    echo "Warning: the machine looks busy (load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores):" \
         "a build or test running meanwhile skews these figures, start times most."
fi
echo

for ((run = 1; run <= runs; run++)); do
    # Baseline: jwebserver, ready at its first HTTP 200.
    port="$(free_port)"
    log="$work/jwebserver-$run.log"
    t0=$(now_ns)
    "$jwebserver" -b 127.0.0.1 -p "$port" -d "$site" -o none >"$log" 2>&1 &
    server_pid=$!
    wait_ready "http://127.0.0.1:$port/" 200 "$server_pid" "$log"
    t1=$(now_ns)
    r0=$(rss_kib "$server_pid")
    f=$(view_pages "http://localhost:$port" "$work/profile-base-$run" /)
    r1=$(rss_kib "$server_pid")
    stop_server
    base_start+=($((t1 - t0))) base_rss0+=("$r0") base_rss1+=("$r1")
    failed_views=$((failed_views + f))
    printf 'run %d/%d  jwebserver: ready %6s s, RSS %6s -> %6s MiB' "$run" "$runs" \
        "$(ns_to_s $((t1 - t0)))" "$(kib_to_mib "$r0")" "$(kib_to_mib "$r1")"
    [ "$f" -eq 0 ] && echo || echo " ($f failed page loads)"

    # Proximité on a fresh data dir, ready when /actuator/health says UP.
    port="$(free_port)"
    data="$work/data-$run"
    mkdir -p "$data"
    log="$work/proximite-$run.log"
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=\n')"
    t0=$(now_ns)
    PORT="$port" PROXIMITE_DATA_DIR="$data" PROXIMITE_ADMIN_PASSWORD="$password" \
        "$java" "${PROXIMITE_JAVA_OPTIONS[@]}" "${aot_option[@]}" -jar "$app/proximite.jar" \
        >"$log" 2>&1 &
    server_pid=$!
    wait_ready "http://127.0.0.1:$port/actuator/health" up "$server_pid" "$log"
    t1=$(now_ns)
    r0=$(rss_kib "$server_pid")
    f=$(view_pages "http://localhost:$port" "$work/profile-app-$run" "${routes[@]}")
    r1=$(rss_kib "$server_pid")
    stop_server
    rm -rf "$data"
    app_start+=($((t1 - t0))) app_rss0+=("$r0") app_rss1+=("$r1")
    failed_views=$((failed_views + f))
    printf 'run %d/%d  Proximité:  ready %6s s, RSS %6s -> %6s MiB' "$run" "$runs" \
        "$(ns_to_s $((t1 - t0)))" "$(kib_to_mib "$r0")" "$(kib_to_mib "$r1")"
    [ "$f" -eq 0 ] && echo || echo " ($f failed page loads)"
done

ms=$(median "${app_start[@]}") bs=$(median "${base_start[@]}")
ma0=$(median "${app_rss0[@]}") mb0=$(median "${base_rss0[@]}")
ma1=$(median "${app_rss1[@]}") mb1=$(median "${base_rss1[@]}")
# %-Ns and %Ns count bytes: "Proximité" has a two-byte é, hence the literal header row.
row() { printf '| %-38s | %12s | %12s | %7s |\n' "$@"; }

echo
echo "Medians of $runs runs; ratio = Proximité / baseline (jwebserver, same JDK, same machine):"
echo
echo "| metric                                 |    Proximité |     baseline |   ratio |"
echo "|----------------------------------------|-------------:|-------------:|--------:|"
row "start to ready (health UP / HTTP 200)" "$(ns_to_s "$ms") s" "$(ns_to_s "$bs") s" "$(ratio "$ms" "$bs")"
row "RSS right after start" "$(kib_to_mib "$ma0") MiB" "$(kib_to_mib "$mb0") MiB" "$(ratio "$ma0" "$mb0")"
row "RSS after $page_views page views ($client)" "$(kib_to_mib "$ma1") MiB" "$(kib_to_mib "$mb1") MiB" "$(ratio "$ma1" "$mb1")"
echo
verdict() { if awk -v v="$1" -v lim="$2" 'BEGIN { exit !(v < lim) }'; then echo met; else echo "NOT met"; fi; }
echo "Aim on a 2-core machine (this one has $(nproc)):"
printf '  %-40s %s\n' \
    "start under ${aim_start_s} s:" "$(verdict "$(awk -v n="$ms" 'BEGIN { print n / 1e9 }')" "$aim_start_s")" \
    "RSS under ${aim_rss_mib} MiB right after start:" "$(verdict "$(awk -v k="$ma0" 'BEGIN { print k / 1024 }')" "$aim_rss_mib")" \
    "RSS under ${aim_rss_mib} MiB after $page_views page views:" "$(verdict "$(awk -v k="$ma1" 'BEGIN { print k / 1024 }')" "$aim_rss_mib")"
if [ "$failed_views" -gt 0 ]; then
    echo "Warning: $failed_views page loads failed or timed out (they still loaded the server up to that point)."
fi
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the benchmark alone brings it to about 2-4;"
echo "much more means something else ran meanwhile: look for outliers in the per-run lines)."
