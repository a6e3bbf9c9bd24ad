#!/usr/bin/env bash
# gisa benchmarks (issue 6): `make bench` runs this. Builds the root package and the benchmark
# package in release mode, installs what is missing (Debian packages as root, the peer systems
# from PyPI into benchmarks/.venv), generates the corpora into benchmarks/work/, runs every
# measurement, writes benchmarks/results/latest.json and prints the table.
#
#   BENCH_QUICK=1   scale everything down about 10x (smoke run, ~3 minutes)
#   BENCH_ONLY="extract latency burst memory profile neardup"   run only some parts (the default: all)
#
# Not part of the tests: `make test` and .ci/run never call it.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
QUICK="${BENCH_QUICK:-0}"
ONLY="${BENCH_ONLY:-extract latency burst memory profile neardup}"
WORK="$BENCH/work"
PARTS="$BENCH/results/parts"
VENV="$BENCH/.venv"
AEB="${BENCH_AEB:-$ROOT/../shared/data/aeb/html}"
SWIFT="${SWIFT:-swift}"

say() { printf '\n== %s\n' "$*" >&2; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }

if [[ "$QUICK" == 1 ]]; then
    PAGES=200; MIN_S=1; LAT_S=2; BURST=2000; MEMORY=10000; LIMIT=60; XLIMIT=15; NEARDUP_N=100000
else
    PAGES=2000; MIN_S=5; LAT_S=10; BURST=20000; MEMORY=100000; LIMIT="${BENCH_LIMIT:-900}"; XLIMIT="${BENCH_XLIMIT:-45}"
    NEARDUP_N=1000000
fi
# Time caps, so that a slow core cannot make the benchmark run for hours: XLIMIT seconds per
# extraction measurement (a pass still running stops after the page in hand; the corpus order
# is fixed and mixed, so the pages done are a fair sample), LIMIT seconds for the burst and for
# the memory run (they report how many files got through). The table says when a cap cut a run.

# --- what the machine needs ---------------------------------------------------------------
say "dependencies"
DEB="libzmq3-dev libxml2-dev libsqlite3-dev zlib1g-dev libssl-dev pkg-config util-linux"
python3 -c 'import ensurepip, venv' 2>/dev/null || DEB="$DEB python3-venv"
missing=""
for p in $DEB; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [[ -n "$missing" ]]; then
    echo "installing Debian packages:$missing" >&2
    SUDO=""; [[ "$(id -u)" == 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi
if [[ ! -x "$VENV/bin/python" ]]; then python3 -m venv "$VENV"; fi
if ! "$VENV/bin/python" -c 'import trafilatura, resiliparse, lxml_html_clean' 2>/dev/null; then
    "$VENV/bin/pip" install -q --disable-pip-version-check trafilatura==2.3.1 resiliparse lxml_html_clean
fi

# --- builds -------------------------------------------------------------------------------
say "release builds"
(cd "$ROOT" && $SWIFT build -c release --product gisad)
$SWIFT build -c release --package-path "$BENCH"
GISAD="$ROOT/.build/release/gisad"
TOOLS="$BENCH/.build/release"

# --- corpora ------------------------------------------------------------------------------
say "corpora"
rm -rf "$WORK/corpora" "$WORK"/daemon-* "$PARTS" "$BENCH/results/profile.md"
mkdir -p "$WORK" "$PARTS"
python3 "$BENCH/tools/make_corpora.py" --root "$ROOT" --aeb "$AEB" --out "$WORK/corpora" --pages "$PAGES"

# --- the run's facts ----------------------------------------------------------------------
python3 - "$PARTS/run.json" "$QUICK" "$ROOT" <<'EOF'
import json, os, platform, subprocess, sys, datetime
def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return "?"
model = sh("lscpu | sed -n 's/^Model name: *//p'") or platform.processor()
mem = sh("awk '/MemTotal/ {printf \"%.0f GiB\", $2/1048576}' /proc/meminfo")
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "machine": f"{model}, {os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}",
    "swift": sh("swift --version 2>&1 | head -1"),
    "commit": sh(f"git -C {sys.argv[3]} rev-parse --short HEAD") + (" (dirty)" if sh(f"git -C {sys.argv[3]} status --porcelain -- Sources") else ""),
    "load_start": sh("cut -d' ' -f1-3 /proc/loadavg"),
    "quick": sys.argv[2] == "1",
}, open(sys.argv[1], "w"), indent=1)
EOF

# --- 1. extraction throughput, one core ---------------------------------------------------
if wants extract; then
    for corpus in aeb ko; do
        [[ -f "$WORK/corpora/$corpus/manifest.json" ]] || { echo "no $corpus corpus: skipped" >&2; continue; }
        say "extraction: $corpus"
        taskset -c 0 "$TOOLS/gisa-bench-extract" --corpus "$WORK/corpora/$corpus" \
            --out "$PARTS/extract-$corpus.json" --min-seconds "$MIN_S" --min-rounds 1 --max-seconds "$XLIMIT"
        for system in trafilatura resiliparse; do
            taskset -c 0 "$VENV/bin/python" "$BENCH/tools/peers.py" --system "$system" \
                --corpus "$WORK/corpora/$corpus" --out "$PARTS/$system-$corpus.json" --min-seconds "$MIN_S" \
                --max-seconds "$XLIMIT"
        done
    done
fi

# --- 2-4. the daemon end to end -----------------------------------------------------------
# journal_sync full everywhere: "durable" means an event survives power loss once published.
# gisad may use both cores (taskset -c 0,1); the dropper/subscriber process shares them.
DAEMON=("$TOOLS/gisa-bench-daemon" --gisad "$GISAD" --corpus "$WORK/corpora/ko" --journal-sync full --cpus 0,1)
if wants latency; then
    say "drop-to-publish latency"
    "${DAEMON[@]}" --mode latency --work "$WORK/daemon-latency" --out "$PARTS/latency.json" \
        --rates 10,100,500,2000 --seconds "$LAT_S" || true
fi
if wants burst; then
    say "burst"
    "${DAEMON[@]}" --mode burst --work "$WORK/daemon-burst" --out "$PARTS/burst.json" --files "$BURST" \
        --time-limit "$LIMIT" || true
fi
if wants memory; then
    say "memory"
    # archive: delete, so that 100,000 files do not fill the disk; the journal keeps every event.
    # Pages up to 20 KB only (text copies and small fragments), so that many files go through in
    # the time; the burst (all sizes) reports its RSS peak too.
    "${DAEMON[@]}" --mode memory --work "$WORK/daemon-memory" --out "$PARTS/memory.json" --files "$MEMORY" \
        --archive delete --backlog 500 --max-page-bytes 20000 --time-limit "$LIMIT" || true
fi
if wants neardup; then
    # Issue 14: precision and recall on the self-written pair set at the default threshold, and
    # the index at NEARDUP_N articles (time per insert and look-up, bytes; one core).
    say "near-duplicates"
    rm -rf "$WORK/neardup"
    python3 "$BENCH/neardup/make_pairs.py" --out "$WORK/neardup" >&2
    taskset -c 0 "$TOOLS/gisa-bench-neardup" --pairs "$WORK/neardup" --out "$PARTS/neardup-pairs.json"
    taskset -c 0 "$TOOLS/gisa-bench-neardup" --index "$NEARDUP_N" --out "$PARTS/neardup-index.json"
fi
if wants profile; then
    say "profiles (perf)"
    bash "$BENCH/tools/profile.sh" || echo "profile failed; the measurements above stand" >&2
fi
rm -rf "$WORK"/daemon-*  # journals of several GB; their sizes are in the results

# --- table --------------------------------------------------------------------------------
say "results"
python3 - "$PARTS/run.json" <<'EOF'
import json, subprocess, sys
r = json.load(open(sys.argv[1]))
r["load_end"] = open("/proc/loadavg").read().split()[:3]
json.dump(r, open(sys.argv[1], "w"), indent=1)
EOF
python3 "$BENCH/tools/report.py" --parts "$PARTS" --out "$BENCH/results/latest.json"
echo "(machine-readable: benchmarks/results/latest.json)"
