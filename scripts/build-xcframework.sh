#!/usr/bin/env bash
# Builds ios/passage_ffiFFI.xcframework (static libraries of passage-ffi for
# iOS devices, the iOS simulator and macOS, with the generated C header and
# module map) and the generated Swift API in ios/Sources/PassageCore/, so
# that ios/ is a complete Swift package for Xcode and `swift test` on a Mac.
#
# Runs ONLY on a Mac with Xcode (xcodebuild, lipo) and rustup. NOT run in CI:
# the CI machine is Linux; the Swift API is tested there by
# scripts/test-swift.sh against a Linux build of the same library.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
cd "$root"

if [ "$(uname -s)" != Darwin ] || ! command -v xcodebuild >/dev/null; then
  echo "build-xcframework: needs macOS with Xcode (xcodebuild); on Linux use scripts/test-swift.sh" >&2
  exit 2
fi

ios=aarch64-apple-ios
sims=(aarch64-apple-ios-sim x86_64-apple-ios)
macs=(aarch64-apple-darwin x86_64-apple-darwin)
rustup target add "$ios" "${sims[@]}" "${macs[@]}"

# Match Package.swift's platforms (iOS 13, macOS 10.15), also for the C
# code built by crates (SQLite).
export IPHONEOS_DEPLOYMENT_TARGET=13.0 MACOSX_DEPLOYMENT_TARGET=10.15
for t in "$ios" "${sims[@]}" "${macs[@]}"; do
  echo "== cargo build --release -p passage-ffi --target $t"
  cargo build --release -p passage-ffi --lib --target "$t"
done

# Swift bindings and C header from a host build (bindgen runs on the host).
echo "== uniffi-bindgen generate --language swift"
cargo build -q --config 'profile.dev.package.uniffi_bindgen.opt-level=0' \
  -p passage-ffi --features cli --lib --bin uniffi-bindgen
gen=target/swift-gen
rm -rf "$gen"
target/debug/uniffi-bindgen generate target/debug/libpassage_ffi.dylib --language swift \
  --out-dir "$gen" --no-format
cp "$gen/passage_ffi.swift" ios/Sources/PassageCore/passage_ffi.swift

# One header folder for every slice: the header and uniffi's own module map
# (no `link` line: the xcframework's static library is linked by Xcode).
work=target/xcframework
rm -rf "$work"
mkdir -p "$work/headers" "$work/ios-sim" "$work/macos"
cp "$gen/passage_ffiFFI.h" "$work/headers/"
cp "$gen/passage_ffiFFI.modulemap" "$work/headers/module.modulemap"

lib=libpassage_ffi.a
lipo -create "target/${sims[0]}/release/$lib" "target/${sims[1]}/release/$lib" -output "$work/ios-sim/$lib"
lipo -create "target/${macs[0]}/release/$lib" "target/${macs[1]}/release/$lib" -output "$work/macos/$lib"

rm -rf ios/passage_ffiFFI.xcframework
xcodebuild -create-xcframework \
  -library "target/$ios/release/$lib" -headers "$work/headers" \
  -library "$work/ios-sim/$lib" -headers "$work/headers" \
  -library "$work/macos/$lib" -headers "$work/headers" \
  -output ios/passage_ffiFFI.xcframework

echo "build-xcframework: done: ios/passage_ffiFFI.xcframework; test with: swift test --package-path ios"
