# Sourced by test-kotlin.sh and test-swift.sh: finds shared/tools, builds
# the host library and the pinned uniffi-bindgen in ONE cargo invocation (the
# same features, so the second script rebuilds nothing), and defines `bindgen`.
# shellcheck shell=bash

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
cd "$root"

# shared/ sits beside the clone (in CI and in a developer's checkout).
shared_tools=$(cd "$root/.." && pwd)/shared/tools
need_tool() {
  if [ ! -f "$shared_tools/$1" ]; then
    echo "$(basename "$0"): $shared_tools/$1 is missing." >&2
    echo "  The FFI tests need the shared tools folder beside the clone (../shared/tools)." >&2
    exit 2
  fi
}

lib=target/debug/libpassage_ffi.so

# The bindgen's own crate compiled without optimisation: it generates the
# bindings in under a second either way, and the workspace's opt-level 2 for
# dependencies makes it compile 2-3 times slower (measured: 270 s vs 109 s of
# a loaded 2-core machine). The same flag in every script keeps one build.
bindgen_build_flags=(--config 'profile.dev.package.uniffi_bindgen.opt-level=0'
  -p passage-ffi --features cli --lib --bin uniffi-bindgen)

build_host_library() {
  echo "== cargo build -p passage-ffi (host cdylib + uniffi-bindgen)"
  cargo build -q "${bindgen_build_flags[@]}"
}

# bindgen LANGUAGE OUT_DIR [extra args]
bindgen() {
  local lang=$1 out=$2; shift 2
  rm -rf "$out"
  target/debug/uniffi-bindgen generate "$lib" --language "$lang" \
    --out-dir "$out" --no-format "$@"
}
