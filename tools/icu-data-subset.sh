#!/usr/bin/env bash
# Makes Tarikh's ICU data: ICU's prebuilt icudt72l.dat minus every item that
# tools/icu-data-keep.txt does not name, as a C source defining the symbol icudt72_dat that
# ICU's common library links to. Run by the build (cmake/TarikhIcu.cmake), natively and for wasm.
#   tools/icu-data-subset.sh FULL.dat KEEP.txt OUT_DIR
# Writes OUT_DIR/icudt72l.dat (the subset), OUT_DIR/icudt72_dat.c and OUT_DIR/kept.txt.
set -euo pipefail
full=$1 keep_file=$2 out=$3
mkdir -p "$out"
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT

mapfile -t patterns < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$keep_file" | grep -v '^$')
declare -A used=()
: > "$tmp/kept.txt"
# icupkg reads the remove list only from a file whose name ends in .txt.
: > "$tmp/remove.txt"
while read -r item; do
  list=remove
  for p in "${patterns[@]}"; do
    # shellcheck disable=SC2053  # $p is a glob on purpose
    if [[ $item == $p ]]; then list=kept; used[$p]=1; break; fi
  done
  echo "$item" >> "$tmp/$list.txt"
done < <(icupkg -l "$full")
# Every pattern must match something: a typo would otherwise drop data silently.
for p in "${patterns[@]}"; do
  [ -n "${used[$p]:-}" ] || { echo "icu-data-subset: '$p' matches no item of $full" >&2; exit 1; }
done

# The package name inside the file must stay icudt72l, so the output keeps that name.
icupkg --ignore-deps -r "$tmp/remove.txt" "$full" "$tmp/icudt72l.dat"
# genccode names the symbol after the file: icudt72.dat -> icudt72_dat.
cp "$tmp/icudt72l.dat" "$tmp/icudt72.dat"
genccode -d "$tmp" "$tmp/icudt72.dat" >/dev/null
mv "$tmp/icudt72l.dat" "$tmp/icudt72_dat.c" "$tmp/kept.txt" "$out/"
echo "ICU data subset: $(wc -l < "$out/kept.txt") items, $(stat -c %s "$out/icudt72l.dat") bytes" \
     "($(gzip -9c "$out/icudt72l.dat" | wc -c) gzip)"
