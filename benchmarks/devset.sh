#!/usr/bin/env bash
# Score gisa's page fields on the dev set of real pages (docs/page-forms.md, "Dev set").
# The gold is in benchmarks/devset/gold; the page texts are third-party material kept out of the
# repo in benchmarks/devset/pages (git-ignored; fetch each gold file's _meta.url again with the
# search tool's pages corpus), or in the folder given as DEVSET_PAGES.
#   benchmarks/devset.sh [GISA_BINARY] [extra score.py flags, e.g. -v]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gisa="${1:-$root/.build/debug/gisa}"; shift || true
pages="${DEVSET_PAGES:-$root/benchmarks/devset/pages}"
if [ ! -d "$pages" ] || [ -z "$(ls "$pages" 2>/dev/null)" ]; then
  echo "devset: no page texts in $pages (fetch them again, see docs/page-forms.md, or set DEVSET_PAGES)" >&2
  exit 2
fi
exec python3 "$root/../shared/tools/score.py" --run "$gisa extract" --inputs "$pages" \
  --gold "$root/benchmarks/devset/gold" "$@"
