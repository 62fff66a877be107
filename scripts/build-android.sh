#!/usr/bin/env bash
# Builds the Android library's native part and Kotlin API:
#   android/passage-core/build/generated/jniLibs/<abi>/libpassage_ffi.so (release)
#   android/passage-core/build/generated/kotlin/be/passage/core/passage_ffi.kt
# Gradle runs it before preBuild (task :passage-core:buildRustCore); by hand:
# scripts/build-android.sh && cd android && gradle :app:assembleDebug.
# PASSAGE_ANDROID_PROFILE=debug builds the .so without optimisation (faster).
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
jni_out=$module/build/generated/jniLibs
kotlin_out=$module/build/generated/kotlin
profile=${PASSAGE_ANDROID_PROFILE:-release}
profile_flag=--release
[ "$profile" = debug ] && profile_flag=

if ! cargo ndk --version >/dev/null 2>&1; then
  echo "build-android: cargo-ndk is missing: cargo install cargo-ndk" >&2
  exit 2
fi
if [ -z "${ANDROID_NDK_HOME:-}" ] && [ ! -d "${ANDROID_HOME:-/nonexistent}/ndk" ]; then
  echo "build-android: no Android NDK: set ANDROID_NDK_HOME (or ANDROID_HOME with ndk/ inside)" >&2
  exit 2
fi

rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android

echo "== cargo ndk build $profile_flag -p passage-ffi"
# shellcheck disable=SC2086 # $profile_flag is empty or one word
cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -o "$jni_out" \
  build $profile_flag -p passage-ffi

# The bindings come from a host build of the same source: library mode reads
# the same metadata, and bindgen itself must run on the host anyway.
echo "== uniffi-bindgen generate --language kotlin (android settings from bindings/ffi/uniffi.toml)"
cargo build -q --config 'profile.dev.package.uniffi_bindgen.opt-level=0' \
  -p passage-ffi --features cli --lib --bin uniffi-bindgen
rm -rf "$kotlin_out"
target/debug/uniffi-bindgen generate target/debug/libpassage_ffi.so --language kotlin \
  --out-dir "$kotlin_out" --no-format

echo "build-android: done; now: cd android && gradle :app:assembleDebug"
