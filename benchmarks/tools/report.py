#!/usr/bin/env python3
"""Gathers the parts of one benchmark run into results/latest.json and prints the table.

Targets are goals, not gates: a FAIL is printed, never turned into a non-zero exit.
"""
import argparse
import json
import os

TARGETS = {
    "aeb_pages_per_s": 1000,      # AEB, one core, facts on
    "aeb_vs_trafilatura": 15,     # × trafilatura, same run
    "ko_pages_per_s": 2000,       # generated Korean corpus, one core
    "extract_parse_ratio": 1.5,   # extraction time / libxml2 bare parse time
    "facts_add": 0.50,            # fact stage adds at most 50 % to extraction without it
    "p99_ms_at_500": 5.0,         # drop-to-publish p99 at 500 files/s offered
    "burst_files_per_s": 2000,    # 20,000 files at once, 2 cores, journal_sync full
    "rss_peak_mib": 64,           # through the 100,000-file run
    "rss_slope_kib_per_1000": 20,  # "flat": under 2 MiB of growth per 100,000 files
}


def load(parts, name):
    path = os.path.join(parts, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def verdict(ok):
    return "n/a " if ok is None else ("PASS" if ok else "FAIL")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--parts", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    run = load(a.parts, "run") or {}
    r = {"run": run, "extraction": {}, "latency": load(a.parts, "latency"), "burst": load(a.parts, "burst"),
         "memory": load(a.parts, "memory"), "targets": {}}
    lines = []
    w = lines.append
    w(f"gisa benchmarks — {run.get('date', '?')} — {run.get('machine', '?')}")
    w(f"commit {run.get('commit', '?')}, {run.get('swift', '?')}, load average at start {run.get('load_start', '?')}"
      f"{' (BENCH_QUICK=1: scaled down ~10x)' if run.get('quick') else ''}")
    w("")
    w("1. Extraction, one core (taskset -c 0), pages in memory, best of the rounds (median in brackets)")
    w(f"{'corpus':8} {'system':12} {'pages':>6} {'MB':>7} {'pages/s':>16} {'MB/s':>14}  notes")
    for corpus in ("aeb", "ko"):
        g = load(a.parts, f"extract-{corpus}")
        if not g:
            w(f"{corpus:8} (not run)")
            continue
        peers = {s: load(a.parts, f"{s}-{corpus}") for s in ("trafilatura", "resiliparse")}
        e, p = g["extract"], g["parse"]
        mb = g["bytes"] / 1e6
        entry = {"gisa": g, **peers}

        def cut(x):
            n = x.get("first_round_pages", x["pages"])
            return f"; capped: {n:.0f} of {x['pages']} pages timed" if n < x["pages"] else ""

        w(f"{corpus:8} {'gisa':12} {g['pages']:>6} {mb:>7.1f} {e['pages_per_s']:>7.0f} ({e['pages_per_s_median']:>6.0f}) "
          f"{e['mb_per_s']:>6.1f} ({e['mb_per_s_median']:>5.1f})  facts on; failures {g['failures'] or 0}{cut(e | {'pages': g['pages']})}")
        w(f"{corpus:8} {'libxml2':12} {g['pages']:>6} {mb:>7.1f} {p['pages_per_s']:>7.0f} ({p['pages_per_s_median']:>6.0f}) "
          f"{p['mb_per_s']:>6.1f} ({p['mb_per_s_median']:>5.1f})  bare htmlReadMemory, encoding given{cut(p | {'pages': g['pages']})}")
        for s, pr in peers.items():
            if pr:
                ratio = e["pages_per_s"] / pr["pages_per_s"]
                entry[f"gisa_vs_{s}"] = ratio
                w(f"{corpus:8} {s:12} {pr['pages']:>6} {mb:>7.1f} {pr['pages_per_s']:>7.0f} ({pr['pages_per_s_median']:>6.0f}) "
                  f"{pr['mb_per_s']:>6.1f} ({pr['mb_per_s_median']:>5.1f})  {pr['version']}; gisa is {ratio:.2f}x{cut(pr)}")
        w(f"{'':8} extraction/parse {g['extract_parse_ratio']:.2f}x (target <= 1.5x); "
          f"facts add {g['facts_add'] * 100:.0f}% to extraction without them (target <= 50%)")
        if corpus == "ko":
            forms = ", ".join(f"{k} {v['pages']:.0f}p {v['pages_per_s']:.0f}/s {v['mb_per_s']:.1f}MB/s"
                              for k, v in sorted(g["forms"].items()))
            w(f"{'':8} by form (median round): {forms}")
        r["extraction"][corpus] = entry
    w("")
    lat = r["latency"]
    w("2. Drop-to-publish latency (rename into drop dir -> event at a SUB socket), open loop, HdrHistogram")
    if lat and "levels" in lat:
        w(f"   journal_sync {lat['journal_sync']}, archive {lat['archive']}, cpus {lat['cpus']}")
        w(f"   {'files/s':>8} {'files':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'p99.9 ms':>9} {'max ms':>9} "
          f"{'missing':>7} {'dropper late':>12} {'published/s':>11}")
        for l in lat["levels"]:
            if "p50_ms" not in l:
                w(f"   level failed: {l.get('error', '?')}")
                continue
            w(f"   {l['rate']:>8} {l['files']:>6} {l['p50_ms']:>8.2f} {l['p90_ms']:>8.2f} {l['p99_ms']:>8.2f} "
              f"{l['p999_ms']:>9.2f} {l['max_ms']:>9.2f} {l['missing']:>7} {l['dropper_late_over_1ms']:>12} "
              f"{l.get('published_per_s', 0):>11.0f}")
        w(f"   (a fresh gisad per level; 'missing' = not published within {lat['levels'][0].get('drain_timeout_s', '?')} s "
          f"of the last drop, counted at that cutoff; pages cycled: {lat.get('pages_cycled')}, mean "
          f"{lat.get('page_mean_bytes', 0) / 1000:.0f} KB)")
    else:
        w(f"   (not run{': ' + lat.get('error', '') if lat else ''})")
    w("")
    b = r["burst"]
    w("3. Burst: files renamed into the drop dir at once")
    if b and "files_per_s" in b:
        w(f"   {b['received']} of {b['files']} published in {b['drain_s']:.2f} s = {b['files_per_s']:.0f} files/s "
          f"(renames took {b['rename_all_s']:.2f} s; cpus {b['cpus']}, journal_sync {b['journal_sync']}, archive {b['archive']}; "
          f"RSS peak {b.get('rss_peak_mib', 0):.1f} MiB; pages mean {b.get('page_mean_bytes', 0) / 1000:.0f} KB)")
        w(f"   gisad CPU {b.get('cpu_ms_per_file', 0):.2f} ms per file ({b.get('cpu_utilisation', 0) * 100:.0f}% of one core "
          f"during the drain), {b.get('written_kb_per_file', 0):.0f} KB written per file, journal {b.get('journal_mb', 0):.0f} MB")
    else:
        w(f"   (not run{': ' + b.get('error', '') if b else ''})")
    w("")
    m = r["memory"]
    w("4. Memory: gisad VmRSS through the run")
    if m and "peak_mib" in m:
        w(f"   {m['received']} of {m['files']} files in {m['seconds']:.0f} s ({m['files_per_s']:.0f} files/s); RSS start "
          f"{m['start_mib']:.1f} MiB, peak {m['peak_mib']:.1f} MiB, end {m['end_mib']:.1f} MiB, slope "
          f"{m['slope_kib_per_1000_files']:.2f} KiB per 1,000 files (journal_sync {m['journal_sync']}, archive {m['archive']}; "
          f"{m.get('pages_cycled')} pages cycled, mean {m.get('page_mean_bytes', 0) / 1000:.0f} KB)")
        w(f"   gisad CPU {m.get('cpu_ms_per_file', 0):.2f} ms per file; journal {m.get('journal_mb', 0):.0f} MB at the end")
    else:
        w(f"   (not run{': ' + m.get('error', '') if m else ''})")
    w("")

    pairs, nindex = load(a.parts, "neardup-pairs"), load(a.parts, "neardup-index")
    r["neardup"] = {"pairs": pairs, "index": nindex}
    w("4b. Near-duplicates (issue 14)")
    if pairs:
        w(f"   pair set: precision {pairs['precision']:.3f}, recall {pairs['recall']:.3f} at threshold {pairs['threshold']} "
          f"({pairs['near_pairs']} near pairs, {pairs['different_pairs']} same-topic different-story pairs); "
          f"fingerprint {pairs['fingerprint_us_per_file']:.0f} us per body")
    else:
        w("   pair set: (not run)")
    if nindex:
        w(f"   index at {nindex['entries']:,} articles: {nindex['index_bytes'] / 1048576:.0f} MiB "
          f"({nindex['bytes_per_entry']:.0f} B each; RSS +{nindex['rss_growth_bytes'] / 1048576:.0f} MiB), insert "
          f"{nindex['insert_us_mean']:.1f} us, look-up median {nindex['lookup_us_median']:.1f} us, p99 {nindex['lookup_us_p99']:.1f} us")
    else:
        w("   index: (not run)")
    w("")

    def get(path):
        cur = r
        for k in path:
            if cur is None:
                return None
            cur = cur.get(k) if isinstance(cur, dict) else None
        return cur

    def level(rate):
        for l in (lat or {}).get("levels", []):
            if l.get("rate") == rate and "p99_ms" in l:
                return l
        return None

    checks = []
    v = get(["extraction", "aeb", "gisa", "extract", "pages_per_s"])
    checks.append(("extraction >= 1,000 AEB pages/s on one core", v, v is not None and v >= TARGETS["aeb_pages_per_s"], f"{v:.0f} pages/s" if v else ""))
    v = get(["extraction", "aeb", "gisa_vs_trafilatura"])
    checks.append((">= 15x trafilatura on AEB, same run", v, v is not None and v >= TARGETS["aeb_vs_trafilatura"], f"{v:.2f}x" if v else ""))
    v = get(["extraction", "ko", "gisa", "extract", "pages_per_s"])
    checks.append(("Korean corpus >= 2,000 pages/s on one core", v, v is not None and v >= TARGETS["ko_pages_per_s"], f"{v:.0f} pages/s" if v else ""))
    for c in ("aeb", "ko"):
        v = get(["extraction", c, "gisa", "extract_parse_ratio"])
        checks.append((f"extraction/parse <= 1.5x ({c})", v, v is not None and v <= TARGETS["extract_parse_ratio"], f"{v:.2f}x" if v else ""))
        v = get(["extraction", c, "gisa", "facts_add"])
        checks.append((f"facts add <= 50% ({c})", v, v is not None and v <= TARGETS["facts_add"], f"{v * 100:.0f}%" if v is not None else ""))
    l5 = level(500)
    v = l5["p99_ms"] if l5 else None
    checks.append(("p99 drop-to-publish <= 5 ms at 500 files/s", v, v is not None and v <= TARGETS["p99_ms_at_500"] and l5["missing"] == 0, f"{v:.2f} ms" if v is not None else ""))
    v = get(["burst", "files_per_s"])
    checks.append(("burst drain >= 2,000 files/s on 2 cores", v, v is not None and v >= TARGETS["burst_files_per_s"], f"{v:.0f} files/s" if v else ""))
    v = get(["memory", "peak_mib"])
    bp = get(["burst", "rss_peak_mib"])
    if v is not None and bp:
        v = max(v, bp)  # the burst (pages of every size) may peak higher than the memory run
    s = get(["memory", "slope_kib_per_1000_files"])
    ok = v is not None and s is not None and v <= TARGETS["rss_peak_mib"] and s <= TARGETS["rss_slope_kib_per_1000"]
    checks.append(("RSS <= 64 MB and flat", v, ok, f"peak {v:.1f} MiB (memory run and burst), slope {s:.2f} KiB/1,000 files over "
                   f"{get(['memory', 'received'])} files" if v else ""))
    w("5. Targets (goals, not gates)")
    for name, value, ok, text in checks:
        w(f"   {verdict(None if value is None else ok)}  {name:48} {text}")
        r["targets"][name] = {"value": value, "pass": None if value is None else bool(ok), "shown": text}
    r["table"] = "\n".join(lines)
    with open(a.out, "w") as f:
        json.dump(r, f, indent=1)
    with open(os.path.splitext(a.out)[0] + ".txt", "w") as f:
        f.write(r["table"] + "\n")
    print(r["table"])


if __name__ == "__main__":
    main()
