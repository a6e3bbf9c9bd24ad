#!/usr/bin/env bash
# Where the time goes: perf (cpu-clock sampling, call graphs) on the extraction core, one core,
# per corpus, and on gisad during a burst. Writes benchmarks/results/profile.md.
# Run by benchmarks/run.sh (part "profile"); needs the builds and corpora run.sh makes.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
OUT="$BENCH/results/profile.md"
TOOLS="$BENCH/.build/release"
P="$WORK/perf"
mkdir -p "$P"
if ! command -v perf >/dev/null || ! perf record -e cpu-clock -o "$P/probe.data" -- true >/dev/null 2>&1; then
    SUDO=""; [[ "$(id -u)" == 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq linux-perf || true
fi
if ! perf record -e cpu-clock -o "$P/probe.data" -- true >/dev/null 2>&1; then
    echo "perf cannot record here (perf_event_paranoid or no perf): profile skipped" | tee "$OUT" >&2
    exit 0
fi
demangle() { swift demangle --simplified; }
report() {  # DATA PREFIX
    perf report -i "$1" --no-children --sort symbol --stdio -g none 2>/dev/null | demangle > "$2.self.txt"
    perf report -i "$1" --children --sort symbol --stdio -g none 2>/dev/null | demangle > "$2.children.txt"
}
{
    echo "# Profiles ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD))"
    echo
    echo "perf record -e cpu-clock -F 999 -g (frame-pointer call graphs); samples are on-CPU time only."
    echo
} > "$OUT"
CORE_STAGES=(
    --stage "input: decode (TextDecoder.decode)=TextDecoder\.decode"
    --stage "  of which mojibake repair=MojibakeRepair\.repair"
    --stage "input: form sniff=FormSniffer\.sniff"
    --stage "HTML: libxml2 parse + tree copy (HTMLTree.parse)=HTMLTree\.parse"
    --stage "  of which libxml2 htmlReadMemory=^htmlReadMemory"
    --stage "HTML: reader (HTMLReader.read)=HTMLReader\.read\("
    --stage "text: PlainTextReader.read=PlainTextReader\.read"
    --stage "metadata: ArticleAssembler.assemble=ArticleAssembler\.assemble"
    --stage "facts: FactExtractor.extract=FactExtractor\.extract"
    --stage "sha256=SHA256Digest\.hex"
)
for corpus in aeb ko; do
    [[ -f "$WORK/corpora/$corpus/manifest.json" ]] || continue
    perf record -e cpu-clock -F 999 -g -o "$P/extract-$corpus.data" -- taskset -c 0 "$TOOLS/gisa-bench-extract" \
        --corpus "$WORK/corpora/$corpus" --out "$P/extract-$corpus.json" --extract-only --min-seconds 3 --min-rounds 1 --max-seconds 20 \
        >/dev/null 2>&1
    report "$P/extract-$corpus.data" "$P/extract-$corpus"
    python3 "$BENCH/tools/perf_summary.py" --self "$P/extract-$corpus.self.txt" --children "$P/extract-$corpus.children.txt" \
        --title "Extraction core on $corpus (one core)" --base "static ArticleExtractor\.extract\(" "${CORE_STAGES[@]}" >> "$OUT"
done
# gisad during a burst of 3,000 files (journal_sync full).
"$TOOLS/gisa-bench-daemon" --mode burst --gisad "$ROOT/.build/release/gisad" --corpus "$WORK/corpora/ko" \
    --work "$WORK/daemon-profile" --out "$P/burst.json" --files 3000 --cpus 0,1 --time-limit 30 --journal-sync full \
    >"$P/burst.log" 2>&1 &
BURST=$!
pid=""
for _ in $(seq 1 100); do
    pid="$(pgrep -f "gisad --config $WORK/daemon-profile/gisad.yaml" | head -1 || true)"
    [[ -n "$pid" ]] && break
    sleep 0.1
done
if [[ -n "$pid" ]]; then
    sleep 3
    perf record -e cpu-clock -F 999 -g -p "$pid" -o "$P/gisad.data" -- sleep 22 >/dev/null 2>&1 || true
fi
wait "$BURST" || true
if [[ -s "$P/gisad.data" ]]; then
    report "$P/gisad.data" "$P/gisad"
    python3 "$BENCH/tools/perf_summary.py" --self "$P/gisad.self.txt" --children "$P/gisad.children.txt" \
        --title "gisad during a burst (3,000 Korean files, journal_sync full; both threads kinds)" --base "^$" \
        --stage "extraction threads (FileExtraction.run)=FileExtraction\.run" \
        --stage "  extraction core=ArticleExtractor\.extract\(" \
        --stage "  SHA-256=SHA256Digest\.hex" \
        --stage "  gzip=GzipDecoder\.decode" \
        --stage "pipeline thread (Pipeline.run)=Pipeline\.run\(" \
        --stage "  claim ahead (Spool.claim)=Spool\.claim" \
        --stage "  plan (CommitPlan, duplicate checks)=CommitPlan\.add|Pipeline\.planReady" \
        --stage "  journal append (one transaction per batch)=Journal\.append" \
        --stage "    of which fsync/fdatasync=^(fdatasync|fsync)$" \
        --stage "    event JSON (JSONEncoder)=JSONEncoder\.encode" \
        --stage "  publish (ZeroMQ)=EventPublisher\.publish" \
        --stage "  spool finish (archive)=Spool\.finish" \
        --stage "  log line=Logger\.log" \
        --stage "drop watcher=DropWatcher" \
        --stage "housekeeping=housekeeping" >> "$OUT"
    tail -1 "$P/burst.log" | sed 's/^ */(burst while profiled: /; s/$/)/' >> "$OUT"
fi
rm -rf "$WORK/daemon-profile"
echo "profile: $OUT" >&2
