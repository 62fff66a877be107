#!/usr/bin/env bash
# Builds the Android library's native part and Kotlin API:
#   android/passage-core/src/main/jniLibs/<abi>/libpassage_ffi.so (release)
#   android/passage-core/src/main/kotlin-generated/be/passage/core/passage_ffi.kt
# then the Gradle module builds as usual (cd android && gradle :passage-core:assembleRelease).
#
# Needs the Android NDK (ANDROID_NDK_HOME, or ANDROID_HOME/ndk/<version>) and
# cargo-ndk (`cargo install cargo-ndk`). NOT run in CI: the CI machine has no
# Android SDK or NDK; the Kotlin API is tested on a plain JVM there
# (scripts/test-kotlin.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
cd "$root"
module=android/passage-core

if ! cargo ndk --version >/dev/null 2>&1; then
  echo "build-android: cargo-ndk is missing: cargo install cargo-ndk" >&2
  exit 2
fi
if [ -z "${ANDROID_NDK_HOME:-}" ] && [ ! -d "${ANDROID_HOME:-/nonexistent}/ndk" ]; then
  echo "build-android: no Android NDK: set ANDROID_NDK_HOME (or ANDROID_HOME with ndk/ inside)" >&2
  exit 2
fi

rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android

echo "== cargo ndk build --release -p passage-ffi"
cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$module/src/main/jniLibs" \
  build --release -p passage-ffi

# The bindings come from a host build of the same source: library mode reads
# the same metadata, and bindgen itself must run on the host anyway.
echo "== uniffi-bindgen generate --language kotlin (android settings from bindings/ffi/uniffi.toml)"
cargo build -q --config 'profile.dev.package.uniffi_bindgen.opt-level=0' \
  -p passage-ffi --features cli --lib --bin uniffi-bindgen
rm -rf "$module/src/main/kotlin-generated"
target/debug/uniffi-bindgen generate target/debug/libpassage_ffi.so --language kotlin \
  --out-dir "$module/src/main/kotlin-generated" --no-format

echo "build-android: done; now: cd android && gradle :passage-core:assembleRelease"
