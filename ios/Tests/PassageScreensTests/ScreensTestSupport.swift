import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

// Shared by the screen-model tests: a real vault folder on disk, the real
// core through the real generated bindings, and the platform parts
// replaced by plain stand-ins (an in-memory keystore, a settings file in a
// temporary folder, a fixed "today", a clock the test moves on).

let testPassphrase = "correct horse battery"
let testPin = "2468"
/// "Today" for the journal: the story of JournalTests (the interview on
/// 12 March 2026, the notes copy to ask for by 16 March).
let testToday = "2026-03-13"

/// A test `DeviceKeyStore`: each secret stays in memory under a random
/// token, and the token is the "wrapped" bytes (no CryptoKit on Linux).
/// The app uses the Keychain / Secure Enclave instead; the contract is the same.
final class MemoryKeyStore: DeviceKeyStore, @unchecked Sendable {
    private let lock = NSLock()
    private var table: [String: [Data: Data]] = [:]

    func wrap(alias: String, secret: Data) throws -> Data {
        var generator = SystemRandomNumberGenerator()
        let token = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        lock.lock()
        defer { lock.unlock() }
        table[alias, default: [:]][token] = secret
        return token
    }

    func unwrap(alias: String, wrapped: Data) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        guard let tokens = table[alias] else { throw DeviceKeyStoreError.KeyNotFound }
        guard let secret = tokens[wrapped] else { throw DeviceKeyStoreError.UnwrapFailed }
        return secret
    }

    func delete(alias: String) throws {
        lock.lock()
        defer { lock.unlock() }
        table[alias] = nil
    }

    /// Every key gone, as after restoring the vault on another phone.
    func forgetAll() {
        lock.lock()
        defer { lock.unlock() }
        table = [:]
    }
}

/// A clock the test moves on by hand (the unlock screen's countdown).
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_773_400_000)

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        current += seconds
    }
}

/// Everything one app start needs, in a fresh temporary folder. Two
/// `AppModel`s made from the same fixture are two starts of the same app.
final class Fixture: @unchecked Sendable {
    let root: URL
    let keystore = MemoryKeyStore()
    let clock = TestClock()
    let settings: FileSettingsStore
    var neutralIconRequests: [Bool] = []

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("passage-screens-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        settings = FileSettingsStore(url: root.appendingPathComponent("settings.json"))
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var vaultsRoot: String { root.appendingPathComponent("vaults").path }

    var environment: ShellEnvironment {
        let clock = self.clock
        return ShellEnvironment(
            keystore: keystore, vaultsRoot: vaultsRoot, systemLocales: ["nl-BE", "de-DE"], settings: settings,
            today: { testToday }, now: { clock.now }, vaultConfig: VaultConfig(kdfLogN: 4),
            setNeutralIcon: { [weak self] on in
                self?.neutralIconRequests.append(on)
                return true
            }, cacheDir: root.appendingPathComponent("cache").path)
    }

    /// A temporary file (a photo "from the camera").
    func file(_ name: String, _ data: Data) throws -> URL {
        let url = root.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}

/// The first start, through the screens: a language, a passphrase and the
/// PIN, the recovery words confirmed. Returns the app on its home screen
/// and the recovery words it showed.
@MainActor
func firstStart(_ fixture: Fixture, language: String = "en") async throws -> (AppModel, [String]) {
    let app = AppModel(environment: fixture.environment)
    XCTAssertEqual(app.state.screen, .language)
    let languageScreen = app.makeLanguageModel()
    await languageScreen.select(language)
    await languageScreen.confirm()
    XCTAssertEqual(app.state.screen, .setup)
    let setup = app.makeSetupModel()
    setup.setPassphrase(testPassphrase)
    setup.setPassphraseRepeat(testPassphrase)
    setup.setPin(testPin)
    await setup.create()
    XCTAssertEqual(setup.state.phase, .recovery, setup.state.error ?? "")
    let words = setup.state.recoveryWords
    await setup.confirmRecoveryWritten()
    XCTAssertEqual(app.state.screen, .main)
    return (app, words)
}

/// The English text of a message, straight from the core.
func english(_ id: String, _ args: [UiArg] = []) throws -> String {
    try uiText(languages: ["en"], messageId: id, args: args).text
}

/// Drops the Unicode isolation marks (U+2068, U+2069) the core puts around
/// every placeable, to compare with plain text.
func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{2068}", with: "").replacingOccurrences(of: "\u{2069}", with: "")
}

/// A real PNG image (RGB, `width` x `height`, a colour gradient): correct
/// chunk CRCs and a zlib stream of stored deflate blocks, so any decoder
/// reads it. Written by hand: no image codec on Linux.
func makePng(width: Int = 16, height: Int = 12) -> Data {
    var raw = Data()
    for y in 0..<height {
        raw.append(0)  // filter: none
        for x in 0..<width {
            raw.append(contentsOf: [UInt8(x * 255 / max(width - 1, 1)), UInt8(y * 255 / max(height - 1, 1)), 128])
        }
    }
    func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8((v >> 16) & 0xff), UInt8((v >> 8) & 0xff), UInt8(v & 0xff)] }
    func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xffff_ffff
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xedb8_8320 ^ (c >> 1) : c >> 1 }
        }
        return c ^ 0xffff_ffff
    }
    func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + body
        return be32(UInt32(body.count)) + typed + be32(crc32(typed))
    }
    // zlib: header, stored blocks of at most 65535 bytes, Adler-32.
    var zlib: [UInt8] = [0x78, 0x01]
    let bytes = [UInt8](raw)
    var offset = 0
    repeat {
        let n = min(65535, bytes.count - offset)
        let last: UInt8 = offset + n == bytes.count ? 1 : 0
        zlib += [last, UInt8(n & 0xff), UInt8(n >> 8), UInt8(~n & 0xff), UInt8((~n >> 8) & 0xff)]
        zlib += bytes[offset..<(offset + n)]
        offset += n
    } while offset < bytes.count
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in bytes {
        a = (a + UInt32(byte)) % 65521
        b = (b + a) % 65521
    }
    zlib += be32((b << 16) | a)
    let header = be32(UInt32(width)) + be32(UInt32(height)) + [8, 2, 0, 0, 0]
    let png: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
        + chunk("IHDR", header) + chunk("IDAT", zlib) + chunk("IEND", [])
    return Data(png)
}
