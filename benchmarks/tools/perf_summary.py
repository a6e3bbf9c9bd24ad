#!/usr/bin/env python3
"""Summarises a `perf record -g` profile: the top functions by self time, and the inclusive share
of each named stage (as % of all samples and as % of the stage given with --base).

Reads `perf report` output (demangled with `swift demangle --simplified`) from stdin files given
as --self and --children.
"""
import argparse
import re

LINE = re.compile(r"^\s+([0-9.]+)%\s+(?:([0-9.]+)%\s+)?\[[.k]\]\s+(.*?)\s*$")


def parse(path, children):
    rows = []
    with open(path, errors="replace") as f:
        for line in f:
            m = LINE.match(line)
            if not m:
                continue
            total = float(m.group(1))
            rows.append((total, re.sub(r"[\s-]+$", "", m.group(3))))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--self", dest="self_", required=True)
    ap.add_argument("--children", required=True)
    ap.add_argument("--title", required=True)
    ap.add_argument("--base", required=True, help="regex of the function all stages are relative to")
    ap.add_argument("--stage", action="append", default=[], help="NAME=regex")
    ap.add_argument("--top", type=int, default=15)
    a = ap.parse_args()
    selfs = parse(a.self_, False)
    kids = parse(a.children, True)

    def inclusive(pattern):
        rx = re.compile(pattern)
        return max((p for p, name in kids if rx.search(name)), default=0.0)

    base = inclusive(a.base) or 100.0
    print(f"### {a.title}")
    print()
    print(f"Inclusive time per stage (% of all samples; % of `{a.base}`):")
    print()
    print("| stage | % of samples | % of base |")
    print("| --- | ---: | ---: |")
    for spec in a.stage:
        name, pattern = spec.split("=", 1)
        p = inclusive(pattern)
        print(f"| {name} | {p:.1f} | {100 * p / base:.1f} |")
    print()
    print(f"Top {a.top} functions by self time (% of all samples):")
    print()
    print("| % | function |")
    print("| ---: | --- |")
    for p, name in selfs[: a.top]:
        name = name.replace("|", "\\|")
        if len(name) > 110:
            name = name[:107] + "..."
        print(f"| {p:.1f} | `{name}` |")
    print()


if __name__ == "__main__":
    main()
