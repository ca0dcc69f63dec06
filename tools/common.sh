# Sourced by the scripts in tools/: where things live. Not meant to be run on its own.
# The repo root is this file's parent folder; the read-only shared material (eval scorers,
# corpus, schema) sits beside the repo as ../shared, both here and in CI's fresh clones.
TARIKH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARIKH_SHARED="$(cd "$TARIKH_ROOT/.." && pwd)/shared"
# Downloaded sources and the cross-built ICU live in one machine-wide cache so that every
# clone on this machine (CI clones afresh each run) pays for the ICU build only once.
TARIKH_CACHE="${TARIKH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/tarikh}"
TARIKH_SRC="$TARIKH_CACHE/src"
ICU_VERSION=72.1
IMGUI_VERSION=1.90.1
ICU_SRC="$TARIKH_SRC/icu-$ICU_VERSION"
IMGUI_DIR="$TARIKH_SRC/imgui-$IMGUI_VERSION+ds"  # Debian repack (+ds) of the upstream release
# Debian's emcc needs its JS modules (acorn, ...) from the system node path.
export NODE_PATH=/usr/share/nodejs
log() { printf '\033[1m[tarikh] %s\033[0m\n' "$*" >&2; }
