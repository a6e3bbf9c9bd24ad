#!/usr/bin/env bash
# Score gisa's page fields on a set of real pages: the dev set (docs/page-forms.md, "Dev set";
# tune on it) or, with DEVSET=holdout, the held-out set (benchmarks/holdout/README.md; measure
# only, never tune on it) or, with DEVSET=fresh, the fresh set (benchmarks/fresh/README.md).
# The gold is in benchmarks/$DEVSET/gold; the page texts are third-party
# material kept out of the repo in benchmarks/$DEVSET/pages (git-ignored; fetch each gold file's
# _meta.url again with the search tool's pages corpus), or in the folder given as DEVSET_PAGES.
#   [DEVSET=holdout] benchmarks/devset.sh [GISA_BINARY] [extra score.py flags, e.g. -v]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gisa="${1:-$root/.build/debug/gisa}"; shift || true
set_name="${DEVSET:-devset}"
pages="${DEVSET_PAGES:-$root/benchmarks/$set_name/pages}"
if [ ! -d "$pages" ] || [ -z "$(ls "$pages" 2>/dev/null)" ]; then
  echo "devset: no page texts in $pages (fetch them again, see docs/page-forms.md, or set DEVSET_PAGES)" >&2
  exit 2
fi
exec python3 "$root/../shared/tools/score.py" --run "$gisa extract" --inputs "$pages" \
  --gold "$root/benchmarks/$set_name/gold" "$@"
