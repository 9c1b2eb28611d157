#!/usr/bin/env bash
# Installs the packed tarball into an empty project and uses it through require() and import.
set -euo pipefail
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tarball=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$tmp/$tarball" >/dev/null
node -e "
  const m = require('empathy-profile');
  const p = m.profile('I lost my job today.', 'I am sorry, that is a hard blow.');
  if (!(p.overall >= 0 && p.overall <= 1)) throw new Error('require: bad profile');
  console.log('require ok', m.VERSION);
"
node --input-type=module -e "
  import { profile, VERSION } from 'empathy-profile';
  const p = profile('I lost my job today.', 'I am sorry, that is a hard blow.');
  if (!(p.overall >= 0 && p.overall <= 1)) throw new Error('import: bad profile');
  console.log('import ok', VERSION);
"
# Nothing but dist/, the README, the licence and package.json ships.
tar -tzf "$tmp/$tarball" | sed 's#^package/##' | grep -vE '^(dist/|README.md$|LICENSE$|package.json$|CHANGELOG.md$)' && { echo "unexpected files in the package"; exit 1; } || true
cd "$root"
