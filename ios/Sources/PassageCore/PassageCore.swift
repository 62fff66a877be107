// PassageCore: the Swift API of passage-core.
//
// The API itself is generated next to this file, in passage_ffi.swift
// (not committed), by scripts/test-swift.sh or scripts/build-xcframework.sh
// from the Rust crate bindings/ffi. Start with `createVault(dir:passphrase:)`
// or `PassageVault.open(dir:)`; errors are `PassageError`; the app supplies
// a `DeviceKeyStore` backed by the Keychain. See bindings/ffi/README.md.
