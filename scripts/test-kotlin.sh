#!/usr/bin/env bash
# Kotlin tests of the FFI on a plain JVM (no Android SDK): builds the host
# library, generates the Kotlin bindings with bindings/ffi/jvm.toml (no
# android.* imports) into target/kotlin-gen, then compiles and runs the
# JUnit tests of android/passage-core with ../shared/tools/kotlin-jvm-test.sh,
# which installs its own dependencies (JNA, JUnit 4, kotlinc).
set -euo pipefail
# shellcheck source=scripts/ffi-common.sh
source "$(dirname "$0")/ffi-common.sh"
need_tool kotlin-jvm-test.sh

build_host_library
echo "== uniffi-bindgen generate --language kotlin"
bindgen kotlin target/kotlin-gen --config bindings/ffi/jvm.toml

echo "== Kotlin JVM tests (android/passage-core/src/test/kotlin)"
bash "$shared_tools/kotlin-jvm-test.sh" target/debug target/kotlin-gen \
  android/passage-core/src/test/kotlin
