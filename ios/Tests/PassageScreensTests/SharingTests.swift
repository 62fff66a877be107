import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// Backup, restore on a new phone, share with a lawyer, the printable
/// summary: the real core, real files in a temporary folder.
final class SharingTests: XCTestCase, @unchecked Sendable {
    let backupPassphrase = "a long backup passphrase"

    /// One event and one document, through the models; their titles.
    @MainActor
    func addCase(_ app: AppModel) async throws -> (event: String, document: String) {
        let journal = try XCTUnwrap(app.makeJournalModel())
        let editor = journal.editor()
        editor.setKind("personal-interview")
        editor.setDate("2026-03-10")
        await editor.save()
        XCTAssertTrue(editor.state.closed, editor.state.error ?? "")
        let documents = try XCTUnwrap(app.makeChecklistModel())
        await documents.refresh()
        let added = await documents.addTemplate("passport")
        XCTAssertNotNil(added, documents.state.error ?? "")
        let vault = try XCTUnwrap(app.shown)
        return (
            try english("event-kind-personal-interview"),
            try XCTUnwrap(vault.checklistList(language: "en").first).title
        )
    }

    @MainActor
    func testABackupRestoredOnANewPhoneHasTheSameDataAndThePinWorks() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let (_, document) = try await addCase(app)

        let backup = try XCTUnwrap(app.makeBackupModel())
        backup.setPassphrase("short")
        XCTAssertEqual(
            backup.state.passphraseError,
            try english("setup-passphrase-too-short", [.number(name: "min", value: 8)]))
        backup.setPassphrase(backupPassphrase)
        backup.setPassphraseRepeat("a long backup passphrasE")
        XCTAssertEqual(backup.state.repeatError, try english("setup-passphrase-mismatch"))
        XCTAssertFalse(backup.state.canSave)
        let refused = await backup.saveForExport()
        XCTAssertNil(refused, "refused: nothing written")
        backup.setPassphraseRepeat(backupPassphrase)
        XCTAssertTrue(backup.state.canSave)

        // The document picker flow: a temporary file, exported, then deleted.
        let exported = await backup.saveForExport()
        let temp = try XCTUnwrap(exported, backup.state.error ?? "")
        XCTAssertTrue(temp.hasPrefix(fixture.root.appendingPathComponent("cache").path))
        let stick = fixture.root.appendingPathComponent("usb-stick.age")
        try FileManager.default.copyItem(atPath: temp, toPath: stick.path)
        backup.exportFinished(copied: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp), "the temporary copy must be deleted")
        let done = try XCTUnwrap(backup.state.done)
        XCTAssertTrue(plain(done).hasPrefix("Backup saved."), done)
        XCTAssertEqual(backup.state.passphrase, "")
        let bytes = try Data(contentsOf: stick)
        XCTAssertNil(bytes.range(of: Data(document.utf8)), "the backup is encrypted")

        // Merging the same backup into the same vault adds nothing.
        backup.setMergeSecret(backupPassphrase)
        await backup.merge(stick.path)
        XCTAssertNil(backup.state.mergeError)
        let merged = try XCTUnwrap(backup.state.mergeResult)
        XCTAssertTrue(plain(merged).hasPrefix("Added: 0. Updated: 0."), merged)

        // A new phone: language, then "Restore a backup" instead of the setup.
        let newPhone = try Fixture()
        let fresh = AppModel(environment: newPhone.environment)
        let language = fresh.makeLanguageModel()
        await language.select("en")
        await language.confirm()
        XCTAssertEqual(fresh.state.screen, .setup)
        fresh.startRestore()
        XCTAssertEqual(fresh.state.screen, .restore)
        let restore = fresh.makeRestoreModel()
        XCTAssertFalse(restore.state.canRestore)
        let picked = newPhone.root.appendingPathComponent("picked.age")
        try FileManager.default.copyItem(at: stick, to: picked)
        restore.chooseFile(picked.path, temporary: true)
        restore.setSecret("not the backup passphrase")
        restore.setPassphrase("new phone passphrase")
        restore.setPassphraseRepeat("new phone passphrase")
        restore.setPin("1357")
        XCTAssertTrue(restore.state.canRestore)

        // Wrong backup passphrase: the error shows, nothing is created.
        await restore.restore()
        XCTAssertEqual(restore.state.error, try english("error-wrong-passphrase"))
        XCTAssertEqual(restore.state.phase, .form)
        XCTAssertEqual(try listVaults(root: newPhone.vaultsRoot).count, 0, "no vault after a wrong passphrase")
        XCTAssertTrue(FileManager.default.fileExists(atPath: picked.path), "kept for another try")

        restore.setSecret(backupPassphrase)
        await restore.restore()
        XCTAssertEqual(restore.state.phase, .recovery, restore.state.error ?? "")
        XCTAssertEqual(restore.state.recoveryWords.count, 12)
        XCTAssertEqual(restore.state.secret, "")
        XCTAssertEqual(restore.state.pin, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: picked.path), "the temporary copy is deleted")
        await restore.confirmRecoveryWritten()
        XCTAssertEqual(restore.state.recoveryWords, [])
        XCTAssertEqual(fresh.state.screen, .main)

        // Same data on the new phone.
        let vault = try XCTUnwrap(fresh.shown)
        XCTAssertEqual(try vault.checklistList(language: "en").map(\.title), [document])
        XCTAssertEqual(try vault.journalTimeline().map(\.kind), ["personal-interview"])

        // The new PIN opens it, after a lock and after a restart.
        fresh.lock()
        XCTAssertEqual(fresh.state.screen, .unlock)
        let unlock = try XCTUnwrap(fresh.makeUnlockModel())
        await unlock.appear()
        unlock.setEntry("1357")
        await unlock.submit()
        XCTAssertEqual(fresh.state.screen, .main, unlock.state.error ?? "")
        let again = AppModel(environment: newPhone.environment)
        XCTAssertEqual(again.state.screen, .unlock)
        let unlockAgain = try XCTUnwrap(again.makeUnlockModel())
        await unlockAgain.appear()
        unlockAgain.setEntry("1357")
        await unlockAgain.submit()
        XCTAssertEqual(again.state.screen, .main, unlockAgain.state.error ?? "")
    }

    @MainActor
    func testABackupLockedWithAnAgeKeyRestoresWithTheIdentityText() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let (_, document) = try await addCase(app)
        let key = ageKeygen()
        let file = fixture.root.appendingPathComponent("key-backup.age")
        _ = try await XCTUnwrap(app.shown).backupCreate(
            targetPath: file.path, protection: .recipient(recipient: key.publicKey), progress: nil)

        let newPhone = try Fixture()
        let fresh = AppModel(environment: newPhone.environment)
        let language = fresh.makeLanguageModel()
        await language.select("en")
        await language.confirm()
        fresh.startRestore()
        let restore = fresh.makeRestoreModel()
        restore.chooseFile(file.path)
        restore.setPassphrase("new phone passphrase")
        restore.setPassphraseRepeat("new phone passphrase")
        restore.setPin("1357")
        // The key's text typed as a passphrase: refused, nothing is made.
        restore.setSecret(key.identity)
        await restore.restore()
        XCTAssertNotNil(restore.state.error)
        XCTAssertEqual(try listVaults(root: newPhone.vaultsRoot).count, 0)
        restore.setWithKey(true)
        await restore.restore()
        XCTAssertEqual(restore.state.phase, .recovery, restore.state.error ?? "")
        await restore.confirmRecoveryWritten()
        XCTAssertEqual(try XCTUnwrap(fresh.shown).checklistList(language: "en").map(\.title), [document])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "a file picked in place is not deleted")
    }

    @MainActor
    func testShareToALawyersKeyStartsWithNothingChosenAndIsLogged() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let (event, document) = try await addCase(app)
        let share = try XCTUnwrap(app.makeShareModel())
        share.load()
        let s = share.state
        XCTAssertEqual(s.events.map(\.title), [event])
        XCTAssertEqual(s.documents.map(\.title), [document])
        XCTAssertFalse((s.events + s.documents).contains(where: \.selected), "nothing is chosen by default")
        XCTAssertFalse(s.chronology || s.lawyerQuestions || s.includePhotos)
        XCTAssertEqual(s.nothingChosen, try english("share-nothing-chosen"))
        XCTAssertFalse(s.canCreate)
        XCTAssertEqual(s.log, [])

        share.toggleDocument(s.documents[0].id)
        share.setRecipientName("Maître Dupont")
        let lawyer = ageKeygen()
        // A scanned key with one character changed: refused, no file, no log entry.
        let typo = String(lawyer.publicKey.dropLast()) + (lawyer.publicKey.hasSuffix("q") ? "p" : "q")
        share.scanned(" \(typo)\n")
        XCTAssertTrue(share.state.canCreate)
        let refused = fixture.root.appendingPathComponent("refused.age")
        let made = await share.create(at: refused.path)
        XCTAssertFalse(made)
        XCTAssertEqual(share.state.recipientError, try english("share-key-invalid"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: refused.path))
        share.load()
        XCTAssertEqual(share.state.log, [])

        share.scanned(lawyer.publicKey)
        XCTAssertNil(share.state.recipientError)
        let file = fixture.root.appendingPathComponent("for-the-lawyer.age")
        let ok = await share.create(at: file.path)
        XCTAssertTrue(ok, share.state.error ?? "")
        XCTAssertGreaterThan(try Data(contentsOf: file).count, 0)
        XCTAssertNil(share.state.shownPassphrase, "a key share has no passphrase")
        XCTAssertFalse((share.state.events + share.state.documents).contains(where: \.selected))
        XCTAssertEqual(share.state.log.count, 1)
        let entry = try XCTUnwrap(share.state.log.first)
        XCTAssertEqual(entry.recipientKey, lawyer.publicKey)
        XCTAssertTrue(plain(entry.text).contains("Maître Dupont"), entry.text)
        XCTAssertTrue(plain(entry.text).hasSuffix("Events: 0. Documents: 1."), entry.text)
    }

    @MainActor
    func testAOneTimePassphraseIsShownOnceThenCleared() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        _ = try await addCase(app)
        let share = try XCTUnwrap(app.makeShareModel())
        share.load()
        share.toggleEvent(share.state.events[0].id)
        share.setChronology(true)
        share.setOneTimePassphrase(true)
        share.setRecipientName("Legal aid office")
        // The person first cancels the export sheet: the file never left the
        // phone, so nothing was shared and the log stays empty.
        let droppedPath = await share.createForExport()
        let dropped = try XCTUnwrap(droppedPath, share.state.error ?? "")
        share.exportFinished(copied: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dropped))
        XCTAssertEqual(share.state.log.count, 0)
        XCTAssertEqual(share.state.error, try uiText(languages: ["en"], messageId: "error-cancelled").text)
        XCTAssertNil(share.state.shownPassphrase)
        let exported = await share.createForExport()
        let temp = try XCTUnwrap(exported, share.state.error ?? "")
        XCTAssertNil(share.state.shownPassphrase, "shown once the file is exported")
        share.exportFinished(copied: true)
        XCTAssertFalse(FileManager.default.fileExists(atPath: temp))
        let words = try XCTUnwrap(share.state.shownPassphrase).split(separator: " ")
        XCTAssertEqual(words.count, 6)
        XCTAssertFalse(share.state.canCreate)
        share.confirmPassphraseSeen()
        XCTAssertNil(share.state.shownPassphrase)
        let entry = try XCTUnwrap(share.state.log.first)
        XCTAssertEqual(share.state.log.count, 1)
        XCTAssertNil(entry.recipientKey)
        XCTAssertTrue(plain(entry.text).hasSuffix("Events: 1. Documents: 0."), entry.text)
    }

    @MainActor
    func testTheArabicSummaryIsRightToLeftAndDeletedAfterPrinting() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture, language: "ar")
        _ = try await addCase(app)
        let summary = try XCTUnwrap(app.makeSummaryModel())
        XCTAssertEqual(summary.state.procedureLanguages.map(\.id), ["nl", "fr"])
        XCTAssertEqual(summary.state.procedureLanguages.first { $0.selected }?.id, "nl")
        XCTAssertNotEqual(summary.state.procedureLanguages[0].label, try english("language-nl"))
        XCTAssertEqual(summary.state.direction, .rtl)
        summary.setProcedureLanguage("fr")
        XCTAssertEqual(summary.state.procedureLanguages.first { $0.selected }?.id, "fr")

        let prepared = await summary.prepare()
        let path = try XCTUnwrap(prepared, summary.state.error ?? "")
        XCTAssertEqual(summary.state.htmlPath, path)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), String(html.prefix(300)))
        summary.printed()
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "the unencrypted summary is deleted")
        XCTAssertNil(summary.state.htmlPath)
    }
}
