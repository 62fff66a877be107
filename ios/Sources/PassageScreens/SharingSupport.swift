import Foundation
import PassageCore

/// Files the sharing screens write for the platform to hand on (backup,
/// share, summary): a fresh name in the app's temporary folder (the core
/// refuses to overwrite), deleted once exported or printed.
struct CacheFiles: Sendable {
    let dir: String

    func newPath(_ prefix: String, _ suffix: String) -> String {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return (dir as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }

    func delete(_ path: String?) {
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }
}

/// A core progress hook: reports (done, total) to `report` on the main
/// actor; `stop()` makes the core cancel (nothing is kept).
final class ProgressHook: ProgressListener, @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private let report: @Sendable (UInt64, UInt64) -> Void

    init(report: @escaping @Sendable (UInt64, UInt64) -> Void) {
        self.report = report
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    func onProgress(done: UInt64, total: UInt64) -> Bool {
        report(done, total)
        lock.lock()
        defer { lock.unlock() }
        return !stopped
    }
}

/// The setup's passphrase-twice and PIN rules (same messages), for the
/// screens that ask for a new passphrase. Each error is nil while the field
/// is empty or right.
@MainActor
enum PassphraseRules {
    static func passphraseOK(_ p: String) -> Bool {
        p.unicodeScalars.count >= SetupModel.minPassphraseCharacters
            && !p.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    static func passphraseError(_ texts: Texts, _ p: String) -> String? {
        p.isEmpty || passphraseOK(p)
            ? nil
            : texts("setup-passphrase-too-short", .number(name: "min", value: Double(SetupModel.minPassphraseCharacters)))
    }

    static func repeatError(_ texts: Texts, _ p: String, _ repeated: String) -> String? {
        repeated.isEmpty || repeated == p ? nil : texts("setup-passphrase-mismatch")
    }

    static func pinError(_ texts: Texts, _ pin: String) -> String? {
        pin.isEmpty || SetupModel.isValidPin(pin) ? nil : texts("setup-pin-invalid")
    }
}
