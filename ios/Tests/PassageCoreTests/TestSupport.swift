import Foundation
import XCTest
import PassageCore

// Shared by every test file of the package: one file per core module
// (VaultTests.swift now; journal, deadlines, checklist, attachments and
// guide search get theirs as they are exposed), all built on these helpers.

/// A passphrase long enough for the core (8 characters or more).
let passphrase = "correct horse battery"

/// Cheap scrypt (log2 N = 4) so tests run fast. An app never lowers it.
let fastKdf = VaultConfig(kdfLogN: 4)

/// A fresh temporary folder; `vaultDir` inside it does not exist yet.
final class TempFolder {
    let root: URL
    var vaultDir: String { root.appendingPathComponent("vault").path }

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("passage-swift-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A test `DeviceKeyStore` that needs no CryptoKit (absent on Linux): each
/// secret stays in memory under a random 32-byte token, and the token is the
/// "wrapped" bytes. Without this object's table a token opens nothing, and a
/// changed token is refused. The iOS app uses the Keychain instead (a key
/// that never leaves the device, `...ThisDeviceOnly`); the contract is the same.
final class InMemoryTokenKeyStore: DeviceKeyStore, @unchecked Sendable {
    private let lock = NSLock()
    private var table: [String: [Data: Data]] = [:]  // alias -> token -> secret
    private(set) var unwrapCalls = 0

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    func wrap(alias: String, secret: Data) throws -> Data {
        var generator = SystemRandomNumberGenerator()
        let token = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        locked { table[alias, default: [:]][token] = secret }
        return token
    }

    func unwrap(alias: String, wrapped: Data) throws -> Data {
        try locked {
            unwrapCalls += 1
            guard let tokens = table[alias] else { throw DeviceKeyStoreError.KeyNotFound }
            guard let secret = tokens[wrapped] else { throw DeviceKeyStoreError.UnwrapFailed }
            return secret
        }
    }

    func delete(alias: String) throws {
        locked { table[alias] = nil }
    }

    /// Forgets every secret under `alias` but keeps the alias, as if the
    /// platform had replaced the key.
    func rotate(alias: String) {
        locked { table[alias] = [:] }
    }
}

struct HardwareOnFire: Error {}

/// A keystore whose every call throws an error UniFFI does not know.
final class BrokenKeyStore: DeviceKeyStore, @unchecked Sendable {
    func wrap(alias: String, secret: Data) throws -> Data { throw HardwareOnFire() }
    func unwrap(alias: String, wrapped: Data) throws -> Data { throw HardwareOnFire() }
    func delete(alias: String) throws { throw HardwareOnFire() }
}

/// Runs `body` and returns the `PassageError` it threw (fails the test if
/// it threw nothing or something else).
func passageError(
    _ body: () async throws -> Void,
    file: StaticString = #filePath, line: UInt = #line
) async -> PassageError? {
    do {
        try await body()
        XCTFail("expected a PassageError, got success", file: file, line: line)
    } catch let error as PassageError {
        return error
    } catch {
        XCTFail("expected a PassageError, got \(error)", file: file, line: line)
    }
    return nil
}
