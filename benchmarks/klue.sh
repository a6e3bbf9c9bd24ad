#!/bin/sh
# KLUE-NER, news (wikitree) subset of the dev set, through `gisa extract`.
#
# Each sentence becomes one text file; gisa's entities (PS, LC, OG), dates (DT), times (TI) and
# amounts, quantities and percentages (QT) are scored against the KLUE gold spans by
# ../shared/tools/ner_eval.py. The last line is `SUMMARY entity_macro_f1=...`.
#
# usage: benchmarks/klue.sh [extra ner_eval.py options, e.g. --min 0.6]
#   GISA=path/to/gisa   the binary to run (default: .build/release/gisa, built when missing)
set -eu
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
gisa=${GISA:-.build/release/gisa}
if [ ! -x "$gisa" ]; then
    swift build -c release --product gisa
fi
exec python3 "$shared/tools/ner_eval.py" "$gisa" "$shared/data/klue-ner/klue-ner-v1.1_dev.tsv" --subset wikitree "$@"
