#!/usr/bin/env bash
# Installs what Tarikh needs and is missing; safe to run again (each step checks first).
#   1. Debian packages (compilers, ICU, Catch2, Chromium, the font).
#   2. deb-src entries for bookworm and trixie (source only: no installed package changes),
#      then `apt-get source` of ICU 72.1 (bookworm) and Dear ImGui 1.90.1 (trixie) into the cache.
#   3. npm ci (playwright-core, pinned in package-lock.json; it drives /usr/bin/chromium).
set -euo pipefail
source "$(dirname "$0")/common.sh"
export DEBIAN_FRONTEND=noninteractive

apt_updated=no
apt_update() { [ "$apt_updated" = yes ] || { log "apt-get update"; apt-get update -qq; apt_updated=yes; }; }

# 1. Debian packages. nodejs may come from elsewhere (with its own npm), so npm is checked by command.
packages=(build-essential cmake ninja-build emscripten nodejs nlohmann-json3-dev libicu-dev
          icu-devtools catch2 chromium fonts-dejavu-core dpkg-dev python3 git
          clang libclang-rt-14-dev)  # the fuzz build (tools/fuzz.sh): libFuzzer, ASan, UBSan
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  apt_update
  log "apt-get install ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 2. Source packages. Our own deb-src list, added only when apt knows no source for them yet.
src_list=/etc/apt/sources.list.d/tarikh-src.sources
if [ ! -e "$src_list" ] && ! apt-cache showsrc imgui 2>/dev/null | grep -q '^Version: 1.90.1'; then
  log "adding deb-src entries for bookworm and trixie ($src_list)"
  cat > "$src_list" <<'SRC'
# Added by Tarikh's tools/setup.sh: source packages only (deb-src never changes installed packages).
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=no
  apt_update
fi

mkdir -p "$TARIKH_SRC"
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  log "apt-get source imgui/trixie ($IMGUI_VERSION) into $TARIKH_SRC"
  (cd "$TARIKH_SRC" && apt-get source -qq imgui/trixie)
  [ -f "$IMGUI_DIR/imgui.cpp" ] || { log "no Dear ImGui $IMGUI_VERSION in $IMGUI_DIR"; exit 1; }
fi
# ICU with Debian's patches: the same code as the native libicu-dev the tests link.
if [ ! -f "$ICU_SRC/source/configure" ]; then
  log "apt-get source icu/bookworm ($ICU_VERSION) into $TARIKH_SRC"
  (cd "$TARIKH_SRC" && apt-get source -qq icu/bookworm)
fi

# 3. npm packages, exactly as locked.
if [ -f "$TARIKH_ROOT/package-lock.json" ] && \
   ! cmp -s "$TARIKH_ROOT/package-lock.json" "$TARIKH_ROOT/node_modules/.package-lock.json" 2>/dev/null; then
  log "npm ci"
  (cd "$TARIKH_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi
log "setup done"
