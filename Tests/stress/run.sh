#!/usr/bin/env bash
# Acceptance 2 of issue 17: the daemon suites N times under a CPU hog on every core, counting
# failed runs. Needs a build (`swift build --build-tests`, or `make stress`).
#
#   Tests/stress/run.sh [N]     default 20
#
# The hog is one `yes > /dev/null` per online CPU (or stress-ng when installed), at the same
# priority as the tests; it is stopped on exit. Each run's log is kept in $STRESS_DIR
# (default /tmp/gisa-stress); the last lines say which runs failed.
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${STRESS_DIR:-/tmp/gisa-stress}
SWIFT=${SWIFT:-swift}
# The suites that start a real gisad (GisaDaemonTests' integration suites and their fault suites).
filter=${STRESS_FILTER:-GisaDaemonTests}
mkdir -p "$out"
cd "$root"

cpus=$(nproc)
hogs=()
stop_hogs() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_hogs EXIT
if command -v stress-ng >/dev/null; then
    stress-ng --cpu "$cpus" --quiet & hogs+=($!)
else
    for _ in $(seq "$cpus"); do yes > /dev/null & hogs+=($!); done
fi
echo "CPU hog on $cpus core(s): pids ${hogs[*]}; $runs run(s) of --filter $filter"

failed=0
failures=()
total_start=$(date +%s)
for i in $(seq "$runs"); do
    start=$(date +%s)
    if $SWIFT test --skip-build --no-parallel --filter "$filter" > "$out/run-$i.log" 2>&1; then
        verdict=passed
    else
        verdict=FAILED
        failed=$((failed + 1))
        failures+=("$i")
    fi
    seconds=$(( $(date +%s) - start ))
    summary=$(grep -E "^(✔|✘) Test run with" "$out/run-$i.log" | tail -1 || true)
    echo "run $i/$runs: $verdict in ${seconds}s; load $(cut -d' ' -f1-3 /proc/loadavg); $summary"
    if [ "$verdict" = FAILED ]; then grep -E "^✘ Test .* recorded an issue" "$out/run-$i.log" | head -5 | cut -c1-240; fi
done
echo "$runs run(s), $failed failed${failures:+ (runs ${failures[*]})}, $(( $(date +%s) - total_start ))s in all; logs in $out"
[ "$failed" = 0 ]
