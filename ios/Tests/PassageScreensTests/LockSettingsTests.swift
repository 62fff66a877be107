import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// Locking when the app leaves the screen, the privacy cover, the lock
/// timeout, wipe-after with its warning, the neutral icon, the panic wipe,
/// and the reminders' neutral texts.
final class LockSettingsTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testBackgroundLocksTheVaultAndShowsTheUnlockScreen() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let vault = try XCTUnwrap(app.shown)
        let home = try XCTUnwrap(app.makeHomeModel())

        // The app switcher: covered, still open.
        app.onInactive()
        XCTAssertTrue(app.state.covered)
        XCTAssertEqual(app.state.coverText, try english("privacy-cover"))
        XCTAssertEqual(app.state.screen, .main)
        XCTAssertTrue(vault.isUnlocked())
        app.onForeground()
        XCTAssertFalse(app.state.covered)

        // The background: locked at once, key wiped by the core.
        app.onBackground()
        XCTAssertTrue(app.state.covered)
        XCTAssertEqual(app.state.screen, .unlock)
        XCTAssertFalse(vault.isUnlocked())
        XCTAssertTrue(try vault.status().locked)
        XCTAssertNil(app.session)
        XCTAssertNil(app.makeHomeModel())
        // A screen still holding the vault reads nothing.
        await home.refresh()
        XCTAssertEqual(home.state.error, try english("error-locked"))
        app.onForeground()
        XCTAssertFalse(app.state.covered)
        XCTAssertEqual(app.state.screen, .unlock)

        // The idle timer hook: nothing happens while the timeout has not passed.
        let unlock = try XCTUnwrap(app.makeUnlockModel())
        unlock.setEntry(testPin)
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .main)
        app.touch()
        app.tick()
        XCTAssertEqual(app.state.screen, .main)
    }

    @MainActor
    func testLockTimeoutWipeAfterWarningNeutralIconAndPanicWipe() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let settings = try XCTUnwrap(app.makeSettingsModel())
        await settings.refresh()
        XCTAssertEqual(settings.state.timeouts.filter(\.selected).map(\.seconds), [120], "the core's default")
        XCTAssertEqual(settings.state.timeouts.map { plain($0.label) }.prefix(2), ["30 seconds", "1 minute"])
        XCTAssertEqual(settings.state.timeouts.last?.label, try english("settings-lock-never"))
        await settings.setLockTimeout(300)
        XCTAssertEqual(try XCTUnwrap(app.shown).idleTimeout(), 300)
        XCTAssertEqual(settings.state.timeouts.filter(\.selected).map(\.seconds), [300])
        await settings.setLockTimeout(nil)
        XCTAssertNil(try XCTUnwrap(app.shown).idleTimeout())

        // Wipe after N: the warning first, nothing set until yes.
        XCTAssertNil(settings.state.wipeAfter)
        await settings.requestWipeAfter(10)
        XCTAssertEqual(
            settings.state.wipeAfterWarning,
            try english("settings-wipe-after-warning", [.number(name: "count", value: 10)]))
        XCTAssertTrue(settings.state.wipeAfterWarning?.contains("\u{2068}10\u{2069}") ?? false)
        await settings.refresh()
        XCTAssertNil(settings.state.wipeAfter, "not on before the yes")
        settings.cancel()
        XCTAssertNil(settings.state.wipeAfterWarning)
        await settings.confirmWipeAfter()
        XCTAssertNil(settings.state.wipeAfter, "a cancelled warning confirms nothing")
        await settings.requestWipeAfter(10)
        await settings.confirmWipeAfter()
        XCTAssertNil(settings.state.error)
        XCTAssertEqual(settings.state.wipeAfter, 10)
        let attempts = try await XCTUnwrap(app.shown).pinAttempts(keystore: fixture.keystore)
        XCTAssertEqual(attempts.wipeAfter, 10)

        // PIN change: checked, then set in the core.
        await settings.changePin("12")
        XCTAssertEqual(settings.state.pinError, try english("setup-pin-invalid"))
        await settings.changePin("86420")
        XCTAssertNil(settings.state.pinError)
        XCTAssertNil(settings.state.error)

        await settings.setNeutralIcon(true)
        XCTAssertTrue(settings.state.neutralIcon)
        XCTAssertEqual(fixture.neutralIconRequests, [true])
        XCTAssertTrue(fixture.settings.load().neutralIcon)

        // The new PIN opens; the old one no longer does.
        app.lock()
        let unlock = try XCTUnwrap(app.makeUnlockModel())
        unlock.setEntry(testPin)
        await unlock.submit()
        XCTAssertEqual(unlock.state.error, try english("unlock-wrong"))
        unlock.setEntry("86420")
        await unlock.submit()
        XCTAssertEqual(app.state.screen, .main, unlock.state.error ?? "")

        // Panic wipe: the warning, then everything goes; back to the first start.
        let again = try XCTUnwrap(app.makeSettingsModel())
        await again.confirmPanicWipe()
        XCTAssertEqual(app.state.screen, .main, "no wipe without the warning first")
        again.requestPanicWipe()
        XCTAssertEqual(again.state.panicWipeWarning, try english("settings-panic-wipe-warning"))
        XCTAssertEqual(again.state.panicWipeConfirmLabel, try english("settings-panic-wipe-confirm"))
        await again.confirmPanicWipe()
        XCTAssertNil(again.state.error)
        XCTAssertEqual(app.state.screen, .language)
        XCTAssertEqual(try listVaults(root: fixture.vaultsRoot).count, 0)
        XCTAssertNil(fixture.settings.load().language)
        XCTAssertEqual(AppModel(environment: fixture.environment).state.screen, .language)
    }

    @MainActor
    func testRemindersCarryNeutralTextsInEveryLanguage() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let vault = try XCTUnwrap(app.shown)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "application-lodged", date: "2026-01-12"), today: testToday)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "personal-interview", date: "2026-03-12T09:00"), today: testToday)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "appointment", date: "2026-03-20T10:30", note: "Lawyer, rue Haute"),
            today: testToday)

        let core = try vault.reminders(detailed: false, today: testToday)
        XCTAssertGreaterThan(core.count, 2)
        let english = try ReminderPlanner.plan(vault: vault, texts: Texts(languages: ["en"]), today: testToday)
        XCTAssertEqual(english.count, core.count)
        // The English bodies are the core's own neutral texts, one for one
        // (the core writes its dates in English as "Friday 20 March 2026";
        // the Fluent message as "20 March 2026").
        for (planned, reminder) in zip(english, core) {
            XCTAssertEqual(planned.title, "Notes")
            let body = plain(planned.body)
            if reminder.text.contains(" on ") {
                XCTAssertTrue(body.hasPrefix("You have something planned on "), body)
                XCTAssertTrue(reminder.text.hasSuffix(String(body.dropFirst("You have something planned on ".count))),
                    "\(body) / \(reminder.text)")
            } else {
                XCTAssertEqual(body, reminder.text)
            }
            let at = reminder.at
            XCTAssertEqual(planned.fireDate.timeZone?.identifier, "Europe/Brussels")
            func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "?" }
            let c = planned.fireDate
            XCTAssertEqual("\(c.year ?? 0)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute))", at)
        }
        XCTAssertTrue(english.contains { plain($0.body) == "You have something planned tomorrow." })
        XCTAssertEqual(Set(english.map(\.id)).count, english.count, "ids are unique")

        // In every language: the neutral name, and nothing about what is planned.
        for language in languages().map(\.code) {
            let texts = Texts(languages: [language])
            let planned = try ReminderPlanner.plan(vault: vault, texts: texts, today: testToday)
            let revealing = try ["event-kind-appointment", "event-kind-personal-interview",
                "deadline-rule-notes-copy-request", "deadline-rule-notes-comments", "app-name"].map {
                try uiText(languages: [language], messageId: $0).text
            }
            for p in planned {
                XCTAssertEqual(p.title, try uiText(languages: [language], messageId: "app-name-neutral").text)
                for word in revealing + ["Lawyer", "rue Haute", "CGRS"] {
                    XCTAssertFalse(p.body.contains(word), "\(language): \(p.body) names \(word)")
                }
            }
        }
    }
}
