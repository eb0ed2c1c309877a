#!/usr/bin/env bash
# Installs the real VS Code that `npm run test:integration` and `npm start` use when no desktop VS Code
# is available: code-server 4.100.3 (VS Code 1.100.3) from the npm registry into tools/code-server/,
# plus Debian's chromium (the browser Playwright drives), ripgrep and libkrb5-dev (build deps).
# Works offline except for the npm registry and Debian's archive; see ../shared/docs/testing-in-real-vscode.md.
#
# Idempotent: a no-op (well under a second) when everything is in place. It reinstalls code-server
# when tools/code-server/package-lock.json changes. Run as root (apt-get), on Debian 12 with Node 20.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CS_DIR="$ROOT/tools/code-server"
VSCODE_DIR="$CS_DIR/node_modules/code-server/lib/vscode"
PTY="$VSCODE_DIR/node_modules/node-pty/build/Release/pty.node"
RG="$VSCODE_DIR/node_modules/@vscode/ripgrep/bin/rg"
STAMP="$CS_DIR/node_modules/.openpai-test-host-installed"

# Serialise concurrent installs (e.g. `npm start` and `npm run test:integration` started together).
mkdir -p "$ROOT/.vscode-test"
exec 9>"$ROOT/.vscode-test/install.lock"
flock 9

# 1. Debian packages, only when something is missing (apt-get update only then).
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-vscode-test-host: missing Debian packages (${need_apt[*]}); run this script as root or apt-get install them." >&2
    exit 1
  fi
  echo "install-vscode-test-host: apt-get install ${need_apt[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}"
fi

# 2. code-server, unless the installed copy matches the lockfile.
lock_sum() { [ -f "$CS_DIR/package-lock.json" ] && sha256sum "$CS_DIR/package-lock.json" | cut -d' ' -f1 || echo none; }
if [ -f "$PTY" ] && [ -x "$RG" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(lock_sum)" ]; then
  echo "install-vscode-test-host: code-server $(node -p "require('$CS_DIR/node_modules/code-server/package.json').version") already installed in tools/code-server"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  echo "install-vscode-test-host: code-server 4.100.3 needs Node 20 (this is $(node -v))." >&2
  exit 1
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, but first looks in
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/ripgrep-<rg tag>-<target>.tar.gz: seed it with Debian's rg.
# Values pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json: @vscode/ripgrep 1.15.11,
# whose lib/postinstall.js has VERSION = 'v13.0.0-10'). Re-read both when bumping code-server.
RG_PKG_VERSION=1.15.11
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) echo "install-vscode-test-host: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
RG_ASSET="ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
export TMPDIR="$ROOT/.vscode-test/tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION" "$TMPDIR/rg-stage"
cp "$(command -v rg)" "$TMPDIR/rg-stage/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$TMPDIR/rg-stage" rg

# code-server's postinstall refuses root unless npm_config_unsafe_perm=true; node-pty's postinstall runs
# `npx node-gyp`, which needs npm_config_yes=true without a TTY; node-gyp must use the local Node
# headers (it cannot download them), hence nodedir.
export npm_config_unsafe_perm=true npm_config_yes=true
nodedir="$(npm config get nodedir 2>/dev/null || true)"
if [ -z "${npm_config_nodedir:-}" ] && { [ -z "$nodedir" ] || [ "$nodedir" = undefined ] || [ "$nodedir" = null ]; }; then
  for d in /usr /usr/local "$(dirname "$(dirname "$(command -v node)")")"; do
    if [ -f "$d/include/node/node.h" ]; then export npm_config_nodedir="$d"; break; fi
  done
fi

cd "$CS_DIR"
start=$(date +%s)
rm -f "$STAMP"
if [ -f package-lock.json ]; then
  echo "install-vscode-test-host: npm ci in tools/code-server (about 1-2 minutes)"
  npm ci --no-audit --no-fund
else
  echo "install-vscode-test-host: npm install in tools/code-server (writes package-lock.json)"
  npm install --no-audit --no-fund
fi
test -f "$PTY" || { echo "install-vscode-test-host: node-pty was not built ($PTY missing)" >&2; exit 1; }
test -x "$RG" || { echo "install-vscode-test-host: ripgrep missing ($RG)" >&2; exit 1; }
lock_sum > "$STAMP"
rm -rf "$TMPDIR"
echo "install-vscode-test-host: code-server installed in $(( $(date +%s) - start ))s"
