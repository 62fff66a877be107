#!/usr/bin/env bash
# Swift tests on Linux: builds the host library, generates the Swift
# bindings, copies them into the ios/ package (only when changed, to spare a
# rebuild), and runs its XCTest suites with swift test inside the Debian
# trixie root kept by ../shared/tools/swift-test.sh (which builds that root
# the first time: debootstrap + swiftlang, ~100 s; needs root):
# - PassageCoreTests: the generated bindings, module by module;
# - PassageScreensTests: the iOS app's screen-state models (target
#   PassageScreens) in user scenarios against the real core.
# The SwiftUI app in ios/App needs Xcode and is not built here.
set -euo pipefail
# shellcheck source=scripts/ffi-common.sh
source "$(dirname "$0")/ffi-common.sh"
need_tool swift-test.sh

build_host_library
echo "== uniffi-bindgen generate --language swift"
bindgen swift target/swift-gen

copy_if_changed() {
  cmp -s "$1" "$2" || cp "$1" "$2"
}
copy_if_changed target/swift-gen/passage_ffiFFI.h ios/Sources/passage_ffiFFI/passage_ffiFFI.h
copy_if_changed target/swift-gen/passage_ffi.swift ios/Sources/PassageCore/passage_ffi.swift

# The screen models must stay plain Swift (they are compiled here, the
# views are not): Foundation and the bindings only.
if grep -rnE '^\s*(@testable\s+)?import\s+' ios/Sources/PassageScreens |
   grep -vE 'import\s+(Foundation|PassageCore)\s*$'; then
  echo "test-swift: ios/Sources/PassageScreens may import only Foundation and PassageCore" >&2
  exit 1
fi

echo "== swift test (ios/, XCTest: PassageCoreTests, PassageScreensTests)"
bash "$shared_tools/swift-test.sh" "$root" -- swift test --package-path ios \
  --disable-swift-testing -Xlinker -L/src/target/debug
