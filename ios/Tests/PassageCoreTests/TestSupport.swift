import Foundation
import XCTest
import PassageCore

// Shared by every test file of the package: one file per core module
// (VaultTests, JournalTests, ChecklistTests, GuideTests), all built on these
// helpers.

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

/// A `ProgressListener` that records every report and answers "stop"
/// (false) once it has seen `stopAfter` reports.
final class RecordingProgress: ProgressListener, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [(done: UInt64, total: UInt64)] = []
    private let stopAfter: Int

    init(stopAfter: Int = .max) { self.stopAfter = stopAfter }

    var reports: [(done: UInt64, total: UInt64)] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    func onProgress(done: UInt64, total: UInt64) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        seen.append((done, total))
        return seen.count < stopAfter
    }
}

/// Writes a real one-page PDF (Helvetica text, correct cross-reference
/// table) to `url` and returns its bytes. No PDFKit or image codec is
/// needed, so it works on Linux too.
func writeScanPdf(to url: URL, text: String = "Passport - scan of pages 1-2") throws -> Data {
    let content = "BT /F1 18 Tf 72 720 Td (\(text)) Tj ET"
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    func tenDigits(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (i, body) in objects.enumerated() {
        offsets.append(pdf.utf8.count)
        pdf += "\(i + 1) 0 obj\n\(body)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { pdf += "\(tenDigits(offset)) 00000 n \n" }
    pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    let data = Data(pdf.utf8)
    try data.write(to: url)
    return data
}

/// The parts of `text` that `ranges` (UTF-16 offsets, as the core returns
/// them) mark, cut out through `NSRange` as an app would.
func marked(_ text: String, _ ranges: [TextRange]) -> [String] {
    let ns = NSString(string: text)
    return ranges.map {
        ns.substring(with: NSRange(location: Int($0.start), length: Int($0.end - $0.start)))
    }
}
