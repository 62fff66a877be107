import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// The lock screen against the core's real PIN counter: wrong then right
/// PIN, the wait after five wrong PINs (button disabled, countdown), the
/// passphrase while the PIN waits, and the duress PIN opening the decoy.
final class UnlockTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testWrongPinThenRightPin() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        app.lock()
        XCTAssertEqual(app.state.screen, .unlock)
        let stored = try XCTUnwrap(app.stored)
        XCTAssertFalse(stored.isUnlocked())

        let unlock = try XCTUnwrap(app.makeUnlockModel())
        await unlock.appear()
        XCTAssertEqual(unlock.state.mode, .pin)
        XCTAssertEqual(unlock.state.entryLabel, try english("unlock-pin"))
        XCTAssertFalse(unlock.state.canSubmit, "nothing typed yet")
        unlock.setEntry("1111")
        XCTAssertTrue(unlock.state.canSubmit)
        await unlock.submit()
        XCTAssertEqual(unlock.state.error, try english("unlock-wrong"))
        XCTAssertEqual(unlock.state.failuresText.map(plain), "1 wrong try.")
        XCTAssertEqual(unlock.state.entry, "")
        XCTAssertEqual(app.state.screen, .unlock)
        XCTAssertFalse(stored.isUnlocked())

        unlock.setEntry(testPin)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .main, unlock.state.error ?? "")
        XCTAssertTrue(try XCTUnwrap(app.shown).isUnlocked())
        XCTAssertTrue(app.shown === stored)
    }

    @MainActor
    func testFiveWrongPinsShowTheWaitThenThePassphraseOpens() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        app.lock()
        let unlock = try XCTUnwrap(app.makeUnlockModel())
        for _ in 0..<5 {
            unlock.setEntry("9999")
            await unlock.submit()
            XCTAssertEqual(unlock.state.error, try english("unlock-wrong"))
        }
        // The core's delay after five failures (30 s), read from its counter.
        let attempts = try await XCTUnwrap(app.stored).pinAttempts(keystore: fixture.keystore)
        XCTAssertEqual(attempts.failures, 5)
        XCTAssertGreaterThan(attempts.waitSeconds, 0)
        let shownWait = unlock.state.waitSeconds
        XCTAssertLessThanOrEqual(max(shownWait, attempts.waitSeconds) - min(shownWait, attempts.waitSeconds), 1)
        XCTAssertEqual(unlock.state.waitText.map(plain), "Too many tries. Wait \(shownWait) seconds.")
        XCTAssertEqual(unlock.state.failuresText.map(plain), "5 wrong tries.")
        unlock.setEntry(testPin)
        XCTAssertFalse(unlock.state.canSubmit, "the button is disabled during the wait")
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .unlock)
        let after = try await XCTUnwrap(app.stored).pinAttempts(keystore: fixture.keystore)
        XCTAssertEqual(after.failures, 5, "a disabled button tries nothing")

        // The countdown follows the clock...
        fixture.clock.advance(10)
        unlock.tick()
        XCTAssertEqual(unlock.state.waitSeconds, shownWait - 10)
        fixture.clock.advance(TimeInterval(shownWait))
        unlock.tick()
        XCTAssertEqual(unlock.state.waitSeconds, 0)
        XCTAssertNil(unlock.state.waitText)
        XCTAssertTrue(unlock.state.canSubmit)
        // ...but the core keeps its own time: the real 30 s have not passed,
        // so it answers RetryLater and the wait shows again. (The FFI has no
        // injectable clock for the PIN counter: a test cannot pass the
        // delay, so the right PIN after the wait is not tested here.)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .unlock)
        XCTAssertGreaterThan(unlock.state.waitSeconds, 0)
        XCTAssertFalse(unlock.state.canSubmit)

        // The passphrase is not subject to the PIN delay.
        unlock.switchMode()
        XCTAssertEqual(unlock.state.mode, .passphrase)
        XCTAssertNil(unlock.state.waitText)
        XCTAssertEqual(unlock.state.switchLabel, try english("unlock-use-pin"))
        unlock.setEntry("not the passphrase")
        await unlock.submit()
        XCTAssertEqual(unlock.state.error, try english("unlock-wrong"))
        unlock.setEntry(testPassphrase)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .main, unlock.state.error ?? "")

        // The passphrase reset the counter: the PIN opens again at once.
        app.lock()
        let next = try XCTUnwrap(app.makeUnlockModel())
        await next.appear()
        XCTAssertEqual(next.state.waitSeconds, 0)
        XCTAssertNil(next.state.failuresText)
        next.setEntry(testPin)
        await next.submit()
        XCTAssertEqual(app.state.screen, .main, next.state.error ?? "")
    }

    @MainActor
    func testAPinWhoseKeystoreKeyIsGoneTurnsToThePassphrase() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        app.lock()
        fixture.keystore.forgetAll()
        let unlock = try XCTUnwrap(app.makeUnlockModel())
        unlock.setEntry(testPin)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .unlock)
        XCTAssertEqual(unlock.state.mode, .passphrase)
        XCTAssertEqual(unlock.state.error, try english("unlock-use-passphrase"))
        XCTAssertEqual(unlock.state.entryLabel, try english("unlock-passphrase"))
        unlock.setEntry(testPassphrase)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .main, unlock.state.error ?? "")
    }

    @MainActor
    func testTheDuressPinOpensTheDecoyAndTheAppCarriesOn() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let real = try XCTUnwrap(app.shown)
        _ = try real.journalAdd(
            event: JournalEventInput(kind: "application-lodged", date: "2026-01-12"), today: testToday)
        let settings = try XCTUnwrap(app.makeSettingsModel())
        XCTAssertEqual(settings.state.duressExplain, try english("settings-duress-explain"))
        await settings.setDuressPin("12", destroyReal: false)
        XCTAssertEqual(settings.state.pinError, try english("setup-pin-invalid"))
        await settings.setDuressPin("9753", destroyReal: false)
        XCTAssertNil(settings.state.error)
        XCTAssertTrue(settings.state.duressSet)
        XCTAssertEqual(try listVaults(root: fixture.vaultsRoot).count, 2)

        app.lock()
        // A later start still finds the real vault (the one with a PIN)
        // without having written down which folder it is.
        let restarted = AppModel(environment: fixture.environment)
        let unlock = try XCTUnwrap(restarted.makeUnlockModel())
        unlock.setEntry("9753")
        await unlock.submit()
        XCTAssertEqual(restarted.state.screen, .main, unlock.state.error ?? "")
        let shown = try XCTUnwrap(restarted.shown)
        XCTAssertFalse(shown === restarted.stored, "the decoy is shown")
        XCTAssertEqual(try shown.journalTimeline().count, 0, "the decoy is empty")

        // The screens work on the decoy exactly as on a real vault.
        let journal = try XCTUnwrap(restarted.makeJournalModel())
        await journal.refresh()
        XCTAssertEqual(journal.state.emptyText, try english("journal-empty"))
        let editor = journal.editor()
        editor.setKind("appointment")
        editor.setDate("2026-03-20")
        await editor.save()
        XCTAssertTrue(editor.state.closed, editor.state.error ?? "")
        XCTAssertEqual(journal.state.rows.count, 1)

        // Background locks the decoy too; the real PIN still opens the real one.
        restarted.onBackground()
        XCTAssertFalse(shown.isUnlocked())
        let back = try XCTUnwrap(restarted.makeUnlockModel())
        back.setEntry(testPin)
        await back.submit()
        XCTAssertEqual(try XCTUnwrap(restarted.shown).journalTimeline().map(\.kind), ["application-lodged"])
    }
}
