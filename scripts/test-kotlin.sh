#!/usr/bin/env bash
# Kotlin tests on a plain JVM (no Android SDK): builds the host library,
# generates the Kotlin bindings with bindings/ffi/jvm.toml (no android.*
# imports) into target/kotlin-gen, then compiles and runs in ONE kotlinc and
# JUnit run (../shared/tools/kotlin-jvm-test.sh, which installs its own
# dependencies: JNA, JUnit 4, kotlinc):
#   - the binding tests of android/passage-core/src/test/kotlin;
#   - the app's screen-state models (android/app/src/main/kotlin/be/passage/
#     app/model: plain Kotlin, no android.* imports) and their scenario tests
#     (android/app/src/test/kotlin), against the same real bindings and core.
# The tool takes one source folder besides the tests, so target/kotlin-jvm-src
# links the generated bindings, the models and the binding tests together
# (the generated file is compiled once).
set -euo pipefail
# shellcheck source=scripts/ffi-common.sh
source "$(dirname "$0")/ffi-common.sh"
need_tool kotlin-jvm-test.sh

build_host_library
echo "== uniffi-bindgen generate --language kotlin"
bindgen kotlin target/kotlin-gen --config bindings/ffi/jvm.toml

src=target/kotlin-jvm-src
rm -rf "$src"
mkdir -p "$src"
ln -s "$root/target/kotlin-gen" "$src/bindings"
ln -s "$root/android/app/src/main/kotlin/be/passage/app/model" "$src/app-model"
ln -s "$root/android/passage-core/src/test/kotlin" "$src/passage-core-tests"

echo "== Kotlin JVM tests (android/passage-core/src/test/kotlin + android/app models and tests)"
bash "$shared_tools/kotlin-jvm-test.sh" target/debug "$src" android/app/src/test/kotlin
