#!/usr/bin/env python3
"""Extraction throughput of the peer systems on a corpus, timed inside Python.

Every page is read into memory before the clock starts (as for gisa); interpreter start-up and
imports are outside the timing; the clock runs around the extraction loop only. Each round is
one pass over the whole corpus; rounds repeat until --min-seconds and --min-rounds are met.

  trafilatura  trafilatura.extract(bytes) — its defaults (text output, no metadata); it decodes
               the bytes itself.
  resiliparse  detect_encoding + HTMLTree.parse_from_bytes + extract_plain_text(main_content=True).
"""
import argparse
import json
import os
import statistics
import sys
import time


def load(folder):
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    pages = []
    for e in manifest:
        with open(os.path.join(folder, e["file"]), "rb") as f:
            pages.append(f.read())
    return pages


def extractor(system):
    if system == "trafilatura":
        import trafilatura

        def run(data):
            return trafilatura.extract(data)

        return run, trafilatura.__version__
    if system == "resiliparse":
        import resiliparse
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree

        def run(data):
            tree = HTMLTree.parse_from_bytes(data, detect_encoding(data))
            return extract_plain_text(tree, main_content=True)

        try:
            from importlib.metadata import version
            v = version("resiliparse")
        except Exception:
            v = getattr(resiliparse, "__version__", "?")
        return run, v
    sys.exit(f"unknown system {system}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--system", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-seconds", type=float, default=3)
    ap.add_argument("--min-rounds", type=int, default=1)
    ap.add_argument("--max-rounds", type=int, default=20)
    ap.add_argument("--max-seconds", type=float, default=float("inf"),
                    help="cap: a pass still running then stops after the page in hand")
    a = ap.parse_args()
    pages = load(a.corpus)
    total = sum(len(p) for p in pages)
    run, version = extractor(a.system)
    for p in pages[:10]:  # warm-up: lazy imports and compiled patterns
        run(p)
    rounds, empty = [], 0  # rounds: (seconds, pages, bytes)
    start = time.perf_counter()
    deadline = start + a.max_seconds
    while len(rounds) < a.max_rounds:
        t0 = time.perf_counter()
        done = nbytes = 0
        for p in pages:
            if time.perf_counter() > deadline:
                break
            try:
                out = run(p)
            except Exception:
                out = None
            done += 1
            nbytes += len(p)
            if not rounds and not out:
                empty += 1
        if done:
            rounds.append((time.perf_counter() - t0, done, nbytes))
        if len(rounds) >= a.min_rounds and time.perf_counter() - start >= a.min_seconds:
            break
        if time.perf_counter() > deadline:
            break
    pps = [p / s for s, p, _ in rounds]
    mbs = [b / 1e6 / s for s, _, b in rounds]
    result = {
        "system": a.system, "version": version, "corpus": os.path.basename(a.corpus.rstrip("/")),
        "pages": len(pages), "bytes": total, "rounds": len(rounds),
        "pages_timed": sum(p for _, p, _ in rounds), "first_round_pages": rounds[0][1],
        "pages_per_s": max(pps), "mb_per_s": max(mbs),
        "pages_per_s_median": statistics.median(pps), "mb_per_s_median": statistics.median(mbs),
        "empty_results": empty,
    }
    with open(a.out, "w") as f:
        json.dump(result, f, indent=1)
    print(f"{a.system} {version} on {result['corpus']}: {result['pages_per_s']:.0f} pages/s, "
          f"{result['mb_per_s']:.1f} MB/s ({len(rounds)} rounds, {result['pages_timed']} pages timed, {empty} empty)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
