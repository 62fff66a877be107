import Foundation
import XCTest
import PassageCore

/// The checklist and attachments part of the user story through the
/// generated Swift API: a passport item from a template, its scan imported
/// and linked, progress per section, trash and restore, lock and unlock.
final class ChecklistTests: XCTestCase, @unchecked Sendable {
    func testPassportScanIsKeptEncryptedLinkedAndIntactAfterLockUnlock() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        let attachmentsDir = URL(fileURLWithPath: tmp.vaultDir).appendingPathComponent("attachments").path
        func attachmentFiles() -> Int {
            (try? FileManager.default.contentsOfDirectory(atPath: attachmentsDir).count) ?? 0
        }

        // The passport, from the shipped template; a second time is refused.
        let template = try checklistTemplates().first { $0.id == "passport" }
        XCTAssertEqual(template?.section, "identity")
        let passport = try vault.checklistAddFromTemplate(templateId: "passport")
        let again = await passageError { _ = try vault.checklistAddFromTemplate(templateId: "passport") }
        guard case .AlreadyExists? = again else { return XCTFail("got \(String(describing: again))") }
        let unknown = await passageError { _ = try vault.checklistAddFromTemplate(templateId: "no-such-template") }
        guard case let .InvalidInput(field, _)? = unknown else { return XCTFail("got \(String(describing: unknown))") }
        XCTAssertEqual(field, "template")
        let uncle = try vault.checklistAddCustom(section: "reasons", title: "Letter from my uncle")

        // A real PDF on disk, imported with progress and linked to the passport.
        let scan = tmp.root.appendingPathComponent("passport-scan.pdf")
        let bytes = try writeScanPdf(to: scan)
        let progress = RecordingProgress()
        let attachment = try await vault.attachmentsImportFile(path: scan.path, item: passport, progress: progress)
        let total = UInt64(bytes.count)
        XCTAssertEqual(progress.reports.count, 1)
        XCTAssertEqual(progress.reports.last?.done, total)
        XCTAssertEqual(progress.reports.last?.total, total)

        let info = try vault.attachmentsGet(id: attachment)
        XCTAssertEqual(info.name, "passport-scan.pdf")
        XCTAssertEqual(info.mediaType, "application/pdf")
        XCTAssertEqual(info.size, total)
        XCTAssertEqual(info.sha256.count, 64)
        XCTAssertEqual(info.item, passport)
        XCTAssertEqual(try vault.checklistGet(id: passport).attachments, [attachment])
        XCTAssertEqual(try vault.attachmentsList().map(\.id), [attachment])

        // Verify, then export: byte-identical, all or nothing.
        try await vault.attachmentsVerify(id: attachment)
        let exported = tmp.root.appendingPathComponent("exported.pdf")
        try await vault.attachmentsExportToFile(id: attachment, target: exported.path)
        XCTAssertEqual(try Data(contentsOf: exported), bytes)
        let twice = await passageError {
            try await vault.attachmentsExportToFile(id: attachment, target: exported.path)
        }
        guard case .AlreadyExists? = twice else { return XCTFail("got \(String(describing: twice))") }
        let inMemory = try await vault.attachmentsExportBytes(id: attachment)
        XCTAssertEqual(inMemory, bytes)

        // Stopping an import from the listener: a typed error, nothing kept.
        let stop = RecordingProgress(stopAfter: 1)
        let cancelled = await passageError {
            _ = try await vault.attachmentsImportBytes(
                name: "big.bin", bytes: Data(count: 200_000), progress: stop)
        }
        XCTAssertEqual(cancelled, .Cancelled)
        XCTAssertEqual(stop.reports.count, 1)
        XCTAssertEqual(try vault.attachmentsList().count, 1)
        XCTAssertEqual(attachmentFiles(), 1)

        // Progress per section.
        try vault.checklistSetStatus(id: passport, status: "have-copy")
        try vault.checklistSetLocation(id: passport, location: OriginalLocation(place: "with-cgrs", since: "2026-02-03"))
        let bad = await passageError { try vault.checklistSetStatus(id: uncle, status: "lost-it") }
        guard case let .InvalidInput(badField, _)? = bad else { return XCTFail("got \(String(describing: bad))") }
        XCTAssertEqual(badField, "status")
        let p = try vault.checklistProgress()
        XCTAssertEqual(p.sections.map(\.section), checklistSections().map(\.id))
        let identity = try XCTUnwrap(p.sections.first { $0.section == "identity" }).counts
        XCTAssertEqual([identity.total, identity.done, UInt32(identity.percentDone)], [1, 1, 100])
        XCTAssertEqual(identity.haveCopy, 1)
        let reasons = try XCTUnwrap(p.sections.first { $0.section == "reasons" }).counts
        XCTAssertEqual([reasons.total, reasons.done, UInt32(reasons.percentDone)], [1, 0, 0])
        XCTAssertEqual([p.overall.total, p.overall.done, UInt32(p.overall.percentDone)], [2, 1, 50])

        // Trash and restore, for the item and for the attachment.
        try vault.checklistTrash(id: uncle)
        XCTAssertEqual(try vault.checklistList().map(\.id), [passport])
        XCTAssertEqual(try vault.checklistListTrash().map(\.id), [uncle])
        try vault.checklistRestore(id: uncle)
        try vault.attachmentsTrash(id: attachment)
        XCTAssertEqual(try vault.attachmentsList().count, 0)
        XCTAssertNotNil(try vault.attachmentsListTrash().first?.trashedAt)
        try vault.attachmentsRestore(id: attachment)
        XCTAssertEqual(attachmentFiles(), 1)

        // Lock: nothing readable; a wrong passphrase is a typed error.
        vault.lock()
        let locked = await passageError { _ = try vault.checklistList() }
        XCTAssertEqual(locked, .Locked)
        let wrong = await passageError { try await vault.unlock(passphrase: "wrong passphrase!") }
        XCTAssertEqual(wrong, .WrongPassphrase)
        XCTAssertFalse(vault.isUnlocked())

        // Unlock: everything is intact.
        try await vault.unlock(passphrase: passphrase)
        let recovery = try await vault.attachmentsRecover()
        XCTAssertEqual(recovery.missing, [])
        let items = try vault.checklistList()
        XCTAssertEqual(items.map(\.id), [passport, uncle])
        XCTAssertEqual(items[0].title, "Passport")
        XCTAssertEqual(items[0].status, "have-copy")
        XCTAssertTrue(items[0].done)
        XCTAssertEqual(items[0].location, OriginalLocation(place: "with-cgrs", since: "2026-02-03", detail: ""))
        XCTAssertEqual(items[0].attachments, [attachment])
        XCTAssertEqual(items[1].title, "Letter from my uncle")
        XCTAssertNil(items[1].templateId)
        try await vault.attachmentsVerify(id: attachment)
        let afterUnlock = try await vault.attachmentsExportBytes(id: attachment)
        XCTAssertEqual(afterUnlock, bytes)
    }
}
