#!/usr/bin/env bash
# Proves the repository stands on its own: no tracked file names an absolute path of this machine, and
# the unit tests pass in a clone whose parent folder holds nothing else (no ../shared, no ../.library).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PARENT="$(cd "$ROOT/.." && pwd)"

if [ "$PARENT" != "/" ]; then
  named=$( (git -C "$ROOT" grep -lF "$PARENT/" -- . ':!package-lock.json' ':!tools/code-server/package-lock.json';
            git -C "$ROOT" grep -lE "[\"'\`]/[^\"'\` ]*/shared/(docs|samples)/" -- . ) || true)
  if [ -n "$named" ]; then
    echo "check-self-contained: tracked files name an absolute path of this machine ($PARENT/):" >&2
    echo "$named" >&2
    exit 1
  fi
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
git clone -q "$ROOT" "$TMP/clone"
# The working tree's uncommitted edits count too (a developer runs this before committing).
git -C "$ROOT" diff HEAD --binary | git -C "$TMP/clone" apply --allow-empty 2>/dev/null || true
git -C "$ROOT" ls-files --others --exclude-standard -z | (cd "$ROOT" && xargs -0 -r cp --parents -t "$TMP/clone")
ln -s "$ROOT/node_modules" "$TMP/clone/node_modules"
cd "$TMP/clone"
echo "check-self-contained: unit tests in a clone at $TMP/clone (no ../shared beside it)"
node scripts/build.mjs >/dev/null
npx mocha --reporter dot "test/unit/**/*.test.ts"
