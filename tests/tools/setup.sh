#!/usr/bin/env bash
# Installs, idempotently, the real tools the toolchain tests run against:
# Debian's pandoc (2.17), neovim (0.7), chromium, and LibreOffice's Writer
# (7.4, the smallest package with `soffice --convert-to pdf|docx`; about 30 s
# to install) with US English hyphenation patterns, which make the PDFs of
# tests/tools/documents.test.ts.
set -euo pipefail
need=()
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v nvim >/dev/null 2>&1 || need+=(neovim)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -e /usr/share/hyphen/hyph_en_US.dic ] || need+=(hyphen-en-us)
if [ ${#need[@]} -gt 0 ]; then
  echo "tools setup: installing ${need[*]} from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
pandoc --version | head -1
nvim --version | head -1
soffice --version | head -1
