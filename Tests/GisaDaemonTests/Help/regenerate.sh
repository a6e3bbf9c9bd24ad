#!/usr/bin/env bash
# Rewrites the expected --help texts from the built binaries (run from the repository root after
# `swift build`); review the diff before committing: these files are the CLI's promise.
set -euo pipefail
here=Tests/GisaDaemonTests/Help
bin=${BIN:-.build/debug}
COLUMNS=100 "$bin/gisad" --help > "$here/gisad.txt"
COLUMNS=100 "$bin/gisa" --help > "$here/gisa.txt"
for sub in extract subscribe replay get status submit keygen; do
    COLUMNS=100 "$bin/gisa" "$sub" --help > "$here/gisa-$sub.txt"
done
