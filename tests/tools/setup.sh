#!/usr/bin/env bash
# Installs, idempotently, the real tools the toolchain tests run against:
# Debian's pandoc (2.17), neovim (0.7) and chromium.
set -euo pipefail
need=()
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "tools setup: installing ${need[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pandoc --version | head -1
nvim --version | head -1
