#!/usr/bin/env bash
# Rebuild nhsuk-frontend.min.css from NHS.UK frontend's SCSS for an offline site:
# no Frutiger @font-face (it loads fonts from an NHS web host), system fonts instead,
# icons inside the CSS as data: URLs (inline_icons.py), only the components the site uses, and
# of those only the rules whose classes the site's templates and scripts name (purge.py).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${1:-10.6.1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund "nhsuk-frontend@$version" "sass@1" >/dev/null
npx sass --no-source-map --style=compressed --load-path=node_modules "$here/nhsuk-site.scss" css.tmp
python3 "$here/purge.py" css.tmp purged.tmp
python3 "$here/inline_icons.py" purged.tmp node_modules/nhsuk-frontend/dist/nhsuk/assets/images
{ printf '/*! NHS.UK frontend %s, MIT licence (see LICENSE); rebuilt for care-models without web fonts, only the rules the site uses (see README.md) */\n' "$version"
  sed '1s/^\xEF\xBB\xBF//' purged.tmp; } > "$here/nhsuk-frontend.min.css"
if grep -Eq 'url\((["'"'"']?)(https?:)?//' "$here/nhsuk-frontend.min.css"; then
  echo "remote url() left in the CSS" >&2
  exit 1
fi
echo "rebuilt $here/nhsuk-frontend.min.css from nhsuk-frontend@$version"
