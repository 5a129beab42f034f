#!/usr/bin/env bash
# Installs what the in-editor suite needs, idempotently: Debian's chromium,
# ripgrep and libkrb5-dev, and code-server 4.100.3 in its own folder (not a
# dependency of the extension, so `npm ci` stays lean).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cs_dir="$here/.code-server"
version=4.100.3

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "e2e setup: installing ${need[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The install is done when VS Code's own modules are in place (ripgrep is the last step).
ready="$cs_dir/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
if [ ! -x "$ready" ]; then
  echo "e2e setup: installing code-server $version"
  # @vscode/ripgrep downloads ripgrep from GitHub, which is unreachable here; its
  # postinstall takes a cached archive instead, so give it Debian's rg.
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$archive" ]; then
    mkdir -p "$cache"
    staging=$(mktemp -d)
    cp "$(command -v rg)" "$staging/rg"
    tar -czf "$archive" -C "$staging" rg
    rm -rf "$staging"
  fi
  mkdir -p "$cs_dir"
  echo '{ "name": "verbatim-e2e-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }' > "$cs_dir/package.json"
  # code-server's postinstall runs a nested `npm install` in lib/vscode that builds
  # VS Code's native modules. npm 11 blocks dependency scripts by default and no
  # longer knows --unsafe-perm, so this one pinned install, in its own folder, gets:
  # - npm_config_unsafe_perm, which code-server's postinstall checks for as root;
  # - npm_config_dangerously_allow_all_scripts, which reaches the nested install;
  # - npm_config_yes, since node-pty's install runs `npx node-gyp`, which cancels without a TTY.
  (cd "$cs_dir" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
    npm install --no-audit --no-fund "code-server@$version" >"$cs_dir/install.log" 2>&1) && [ -x "$ready" ] || {
    echo "e2e setup: code-server install failed; the last lines of $cs_dir/install.log:" >&2
    tail -30 "$cs_dir/install.log" >&2
    exit 1
  }
fi
"$cs_dir/node_modules/.bin/code-server" --version | head -1
