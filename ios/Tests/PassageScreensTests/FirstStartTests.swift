import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// First start: the language, then the lock set-up with its validation
/// messages, the recovery words shown once, and the next start.
final class FirstStartTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testLanguageThenSetupShowsTheRecoveryWordsOnceThenHome() async throws {
        let fixture = try Fixture()
        let app = AppModel(environment: fixture.environment)
        XCTAssertEqual(app.state.screen, .language)
        // No choice yet: the system languages (nl-BE) lead the chain.
        XCTAssertEqual(app.state.languages, ["nl", "en"])

        let language = app.makeLanguageModel()
        XCTAssertEqual(language.state.options.map(\.code), ["nl", "fr", "en", "es", "ar", "fa", "ps", "so", "ti"])
        XCTAssertEqual(language.state.options.first { $0.code == "fa" }?.name, "فارسی")
        XCTAssertEqual(language.state.options.first { $0.code == "ar" }?.direction, .rtl)
        XCTAssertFalse(language.state.canContinue)
        await language.confirm()
        XCTAssertEqual(app.state.screen, .language, "no language chosen yet")

        await language.select("fr")
        XCTAssertTrue(language.state.canContinue)
        XCTAssertEqual(language.state.options.filter(\.selected).map(\.code), ["fr"])
        XCTAssertEqual(language.state.title, try uiText(languages: ["fr"], messageId: "language-title").text)
        XCTAssertNotEqual(language.state.title, try english("language-title"))
        XCTAssertEqual(fixture.settings.load().language, "fr", "the choice is remembered at once")
        await language.confirm()
        XCTAssertEqual(app.state.screen, .setup)
        XCTAssertEqual(app.state.languages.first, "fr")

        // Set-up in English from here on, to compare with the English texts.
        try app.chooseLanguage("en")
        let setup = app.makeSetupModel()
        XCTAssertFalse(setup.state.canCreate)
        setup.setPassphrase("short")
        XCTAssertEqual(
            setup.state.passphraseError.map(plain), "The passphrase is too short. Use at least 8 characters.")
        setup.setPassphrase(testPassphrase)
        XCTAssertNil(setup.state.passphraseError)
        setup.setPassphraseRepeat("correct horse battery!")
        XCTAssertEqual(setup.state.repeatError, try english("setup-passphrase-mismatch"))
        setup.setPassphraseRepeat(testPassphrase)
        XCTAssertNil(setup.state.repeatError)
        setup.setPin("12a4")
        XCTAssertEqual(setup.state.pinError, try english("setup-pin-invalid"))
        XCTAssertFalse(setup.state.canCreate)
        setup.setPin(testPin)
        XCTAssertNil(setup.state.pinError)
        XCTAssertTrue(setup.state.canCreate)

        await setup.create()
        XCTAssertEqual(setup.state.phase, .recovery, setup.state.error ?? "")
        XCTAssertEqual(setup.state.recoveryWords.count, 12)
        XCTAssertEqual(setup.state.passphrase, "", "the passphrase leaves the state once used")
        XCTAssertEqual(setup.state.pin, "")
        XCTAssertEqual(app.state.screen, .setup, "home waits until the words are confirmed")
        let words = setup.state.recoveryWords

        await setup.confirmRecoveryWritten()
        XCTAssertEqual(setup.state.recoveryWords, [], "shown once: gone from the state")
        XCTAssertEqual(setup.state.phase, .done)
        XCTAssertEqual(app.state.screen, .main)
        XCTAssertEqual(app.state.tab, .home)
        XCTAssertEqual(app.state.tabs.map(\.title), try ["home-title", "journal-title", "documents-title",
            "interview-title", "guide-title"].map { try english($0) })
        let vault = try XCTUnwrap(app.shown)
        XCTAssertTrue(vault.isUnlocked())
        let kinds = try vault.status().slots.map(\.kind)
        XCTAssertEqual(kinds.filter { $0 == .device }.count, 0, "no slot the keystore alone opens: \(kinds)")
        XCTAssertEqual(kinds.filter { $0 == .pin }.count, 2, "\(kinds)")

        // The next start: straight to the unlock screen, in English; the
        // recovery words shown once really open the vault.
        app.lock()
        let again = AppModel(environment: fixture.environment)
        XCTAssertEqual(again.state.screen, .unlock)
        XCTAssertEqual(again.state.languages.first, "en")
        let unlock = try XCTUnwrap(again.makeUnlockModel())
        XCTAssertEqual(unlock.state.mode, .pin)
        unlock.switchMode()
        XCTAssertEqual(unlock.state.entryLabel, try english("unlock-passphrase"))
        unlock.setEntry(words.joined(separator: " "))
        await unlock.submit()
        XCTAssertEqual(again.state.screen, .main, unlock.state.error ?? "")
    }

    /// The set-up screen's checks say what the core says: a test fails if
    /// the core changes its rules.
    @MainActor
    func testSetupChecksAgreeWithTheCore() async throws {
        let fixture = try Fixture()
        let vault = try await createVault(
            dir: fixture.root.appendingPathComponent("v").path, passphrase: testPassphrase,
            config: VaultConfig(kdfLogN: 4)
        ).vault
        let pins = ["123", "1234", "123456789012", "1234567890123", "۱۲۳۴", "٠١٢٣٤٥", "12a4", "12 34", ""]
        for pin in pins {
            var coreAccepts = true
            do {
                try await vault.setPin(pin: pin, keystore: fixture.keystore)
            } catch PassageError.InvalidInput(let field, _) {
                XCTAssertEqual(field, "pin")
                coreAccepts = false
            }
            XCTAssertEqual(SetupModel.isValidPin(pin), coreAccepts, "PIN \(pin.unicodeScalars.count) characters")
        }

        let n = SetupModel.minPassphraseCharacters
        for (length, accepted) in [(n - 1, false), (n, true)] {
            do {
                _ = try await createVault(
                    dir: fixture.root.appendingPathComponent("p\(length)").path,
                    passphrase: String(repeating: "é", count: length), config: VaultConfig(kdfLogN: 4))
                XCTAssertTrue(accepted, "\(length) characters")
            } catch PassageError.InvalidInput(let field, _) {
                XCTAssertEqual(field, "passphrase")
                XCTAssertFalse(accepted, "\(length) characters")
            }
        }
    }
}
