#!/usr/bin/env bash
# Mutation smoke test (issue 17; `make mutate`, not part of `make test`). Applies each one-line
# mutation of mutations.txt to a scratch copy of the tree, builds, runs the tests that must
# notice it, and fails if any mutation survives. Prints a table; the last run's result goes to
# RELIABILITY.md.
#
#   Tests/mutations/run.sh [NAME-REGEX]     only the mutations whose name matches
#
# The copy lives in $MUTATE_DIR (default /tmp/gisa-mutate: tree/ and its own build/, reused
# across runs, so only the first build is slow). An anchor not found exactly once stops the run
# before anything is built: a refactor moved it, update the anchor.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
data="$root/Tests/mutations/mutations.txt"
work=${MUTATE_DIR:-/tmp/gisa-mutate}
tree="$work/tree" build="$work/build" logs="$work/logs"
only=${1:-}
SWIFT=${SWIFT:-swift}
mkdir -p "$tree" "$build" "$logs"

# Records of mutations.txt as NUL-separated fields: name, file, find, replace, tests.
records() {
    python3 - "$data" "$only" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
only = sys.argv[2]
for block in re.split(r"\n\s*\n", text):
    fields = {}
    for line in block.split("\n"):
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        fields[key] = value.replace("\\t", "\t")
    if not fields:
        continue
    missing = [k for k in ("name", "file", "find", "replace", "tests") if k not in fields]
    if missing:
        sys.exit(f"mutations.txt: a record lacks {missing}: {block!r}")
    if only and not re.search(only, fields["name"]):
        continue
    sys.stdout.write("\0".join(fields[k] for k in ("name", "file", "find", "replace", "tests")) + "\0")
PY
}

# Replaces the exact text in a file; fails unless it occurs exactly once.
substitute() {  # file find replace
    python3 - "$1" "$2" "$3" <<'PY'
import sys
path, find, replace = sys.argv[1:]
text = open(path, encoding="utf-8").read()
n = text.count(find)
if n != 1:
    sys.exit(f"anchor found {n} times (must be exactly once) in {path}: {find!r}")
open(path, "w", encoding="utf-8").write(text.replace(find, replace))
PY
}

# Check every anchor against the real tree first: a stale anchor stops the run before any build.
stale=0
while IFS= read -r -d '' name && IFS= read -r -d '' file && IFS= read -r -d '' find && IFS= read -r -d '' replace && IFS= read -r -d '' tests; do
    scratch=$(mktemp)
    cp "$root/$file" "$scratch" 2>/dev/null || { echo "STALE  $name: no file $file"; stale=1; rm -f "$scratch"; continue; }
    substitute "$scratch" "$find" "$replace" >/dev/null 2>&1 || { echo "STALE  $name: $(substitute "$scratch" "$find" "$replace" 2>&1 | tail -1)"; stale=1; }
    rm -f "$scratch"
done < <(records)
[ "$stale" = 0 ] || { echo "mutation run stopped: update the anchors in $data"; exit 2; }

echo "copying the tree to $tree"
# tar keeps modification times, so an unchanged file is not rebuilt in the reused build directory.
rm -rf "$tree" && mkdir -p "$tree"
tar -C "$root" --exclude=./.build --exclude=./.build-fuzz --exclude=./.git --exclude=./var -cf - . | tar -C "$tree" -xf -
cd "$tree"
echo "baseline build (first run: several minutes)"
started=$(date +%s)
$SWIFT build --build-tests --scratch-path "$build" > "$logs/baseline-build.log" 2>&1 \
    || { tail -30 "$logs/baseline-build.log"; echo "the unmutated tree does not build"; exit 2; }
echo "baseline built in $(( $(date +%s) - started ))s"

survivors=0 count=0
table="$work/result.md"
printf '| # | mutation | file | tests | result | build+test s |\n| --- | --- | --- | --- | --- | --- |\n' > "$table"
while IFS= read -r -d '' name && IFS= read -r -d '' file && IFS= read -r -d '' find && IFS= read -r -d '' replace && IFS= read -r -d '' tests; do
    count=$((count + 1))
    cp "$root/$file" "$tree/$file"
    substitute "$tree/$file" "$find" "$replace"
    t0=$(date +%s)
    log="$logs/mutation-$count.log"
    if ! $SWIFT build --build-tests --scratch-path "$build" > "$log" 2>&1; then
        result="killed (does not build)"
    elif $SWIFT test --skip-build --no-parallel --scratch-path "$build" --filter "$tests" >> "$log" 2>&1; then
        if grep -qE "Test run with 0 tests|No matching test cases" "$log"; then
            result="SURVIVED (no test matched '$tests')"
        else
            result="SURVIVED"
        fi
        survivors=$((survivors + 1))
    else
        result="killed"
    fi
    cp "$root/$file" "$tree/$file"
    seconds=$(( $(date +%s) - t0 ))
    printf '%2d  %-8s %4ss  %s\n' "$count" "${result%% *}" "$seconds" "$name"
    printf '| %d | %s | `%s` | `%s` | %s | %d |\n' "$count" "$name" "$file" "$tests" "$result" "$seconds" >> "$table"
done < <(records)

echo
cat "$table"
echo
echo "$count mutations, $((count - survivors)) killed, $survivors survived (logs in $logs)"
[ "$survivors" = 0 ]
