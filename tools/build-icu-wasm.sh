#!/usr/bin/env bash
# Cross-builds ICU's common (uc) and i18n libraries for WebAssembly, static, once per
# (ICU version, flags, emcc version): the result is cached in $TARIKH_CACHE/icu-wasm-<key>/ and
# later runs only print its path. The first build takes 6-16 minutes on two cores.
#
# No native ICU is built: --with-cross-build points at a small folder whose bin/ links Debian's
# icu-devtools. The data is not taken from here: the build links its own subset of ICU's prebuilt
# data (tools/icu-data-subset.sh), so the full 31 MB data file the install step copies is deleted.
#
# Prints the install prefix (include/, lib/libicuuc.a, lib/libicui18n.a) on stdout.
set -euo pipefail
source "$(dirname "$0")/common.sh"

configure_flags=(--host=wasm32-unknown-linux-gnu  # ICU 72's config.sub rejects *-emscripten
  --enable-static --disable-shared --disable-tools --disable-tests --disable-samples
  --disable-extras --disable-icuio --disable-layoutex --disable-dyload --with-data-packaging=archive)
compile_flags="-Os"
# The whole of emcc's answer is read before its first line is kept: "| head -1" could close the
# pipe first, and emcc then fails on the broken pipe (set -o pipefail).
emcc_version=$(emcc --version)
key=$( { echo "$ICU_VERSION ${configure_flags[*]} $compile_flags"; echo "${emcc_version%%$'\n'*}"; } | sha256sum | cut -c1-12)
prefix="$TARIKH_CACHE/icu-wasm-$ICU_VERSION-$key"
if [ -f "$prefix/lib/libicuuc.a" ] && [ -f "$prefix/lib/libicui18n.a" ]; then
  echo "$prefix"
  exit 0
fi
[ -f "$ICU_SRC/source/configure" ] || { log "no ICU source in $ICU_SRC: run tools/setup.sh"; exit 1; }

work="$TARIKH_CACHE/icu-wasm-build-$key"
rm -rf "$work" && mkdir -p "$work/cross/bin" "$work/cross/config" "$work/build"
# The cross-build folder ICU's configure expects from a native build, made from icu-devtools.
for tool in $(dpkg -L icu-devtools | grep -E '/s?bin/'); do ln -s "$tool" "$work/cross/bin/"; done
cat > "$work/cross/config/icucross.mk" <<MK
CROSS_ICU_VERSION=$ICU_VERSION
TOOLEXEEXT=
TOOLBINDIR=\$(cross_buildroot)/bin
TOOLLIBDIR=/usr/lib/x86_64-linux-gnu
INVOKE=
PKGDATA_INVOKE=
MK
echo 'CURR_FULL_DIR?=$(shell pwd | sed '"'s/ /\\\\ /g'"')' > "$work/cross/config/icucross.inc"

log "building ICU $ICU_VERSION for wasm into $prefix (6-16 minutes, once)"
start=$SECONDS
cd "$work/build"
CFLAGS="$compile_flags" CXXFLAGS="$compile_flags" emconfigure "$ICU_SRC/source/configure" \
  "${configure_flags[@]}" --with-cross-build="$work/cross" --prefix="$prefix.tmp" >"$work/configure.log" 2>&1 \
  || { tail -30 "$work/configure.log" >&2; exit 1; }
emmake make -j"$(nproc)" >"$work/make.log" 2>&1 || { tail -40 "$work/make.log" >&2; exit 1; }
rm -rf "$prefix.tmp"
emmake make install >"$work/install.log" 2>&1 || { tail -30 "$work/install.log" >&2; exit 1; }
# Left in place, ICU would silently fall back to this full data file and hide missing items.
rm -rf "$prefix.tmp/share/icu" "$prefix.tmp/lib/libicudata.a"
mv "$prefix.tmp" "$prefix"
rm -rf "$work"
log "ICU for wasm built in $((SECONDS - start)) s"
echo "$prefix"
