import Foundation
import XCTest
import PassageCore

/// "Save backup" and "restore on a new phone" through the generated Swift
/// API: a real backup file, restored into a new vault byte-identical, a
/// merge that changes nothing, and the typed errors a shell shows.
final class BackupTests: XCTestCase, @unchecked Sendable {
    func testBackupRestoresOnANewPhoneAndMergesBack() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        let item = try vault.checklistAddCustom(section: "identity", title: "Birth certificate")
        let scan = tmp.root.appendingPathComponent("birth.pdf")
        let bytes = try writeScanPdf(to: scan)
        let attachment = try await vault.attachmentsImportFile(path: scan.path, item: item, progress: nil)

        let backupFile = tmp.root.appendingPathComponent("phone.backup")
        let progress = RecordingProgress()
        let report = try await vault.backupCreate(
            targetPath: backupFile.path,
            protection: .passphrase(passphrase: "backup passphrase 1"),
            progress: progress
        )
        XCTAssertEqual(report.records, 2)
        XCTAssertEqual(report.attachments, 1)
        XCTAssertEqual(report.bytes, UInt64(bytes.count))
        XCTAssertEqual(progress.reports.last?.done, UInt64(bytes.count))
        let twice = await passageError {
            _ = try await vault.backupCreate(
                targetPath: backupFile.path, protection: .passphrase(passphrase: "backup passphrase 1"),
                progress: nil)
        }
        guard case .AlreadyExists? = twice else { return XCTFail("got \(String(describing: twice))") }

        // Wrong passphrase: typed error, no folder appears.
        let newDir = tmp.root.appendingPathComponent("new-phone").path
        let wrong = await passageError {
            _ = try await backupRestoreNew(
                backupPath: backupFile.path, secret: .passphrase(passphrase: "not it at all"),
                dir: newDir, newPassphrase: passphrase, config: fastKdf)
        }
        guard case .WrongPassphrase? = wrong else { return XCTFail("got \(String(describing: wrong))") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: newDir))
        let badKey = await passageError {
            _ = try await backupRestoreNew(
                backupPath: backupFile.path, secret: .identity(identity: "AGE-SECRET-KEY-1XYZ"),
                dir: newDir, newPassphrase: passphrase, config: fastKdf)
        }
        guard case let .InvalidInput(field, _)? = badKey else { return XCTFail("got \(String(describing: badKey))") }
        XCTAssertEqual(field, "identity")

        let restored = try await backupRestoreNew(
            backupPath: backupFile.path, secret: .passphrase(passphrase: "backup passphrase 1"),
            dir: newDir, newPassphrase: "new phone passphrase", config: fastKdf)
        XCTAssertEqual(restored.recoveryPhrase.split(separator: " ").count, 12)
        XCTAssertEqual(try restored.vault.checklistList(language: "en").map(\.id), [item])
        XCTAssertEqual(try restored.vault.attachmentsList().map(\.id), [attachment])
        let copy = try await restored.vault.attachmentsExportBytes(id: attachment, progress: nil)
        XCTAssertEqual(copy, bytes)

        // Merging the backup into the vault it came from changes nothing.
        let merged = try await vault.backupMerge(
            backupPath: backupFile.path, secret: .passphrase(passphrase: "backup passphrase 1"), progress: nil)
        XCTAssertEqual(merged, MergeReport(added: 0, updated: 0, unchanged: 2, conflicts: 0))

        // A damaged file: Corrupt, and the vault is unchanged.
        var raw = try Data(contentsOf: backupFile)
        raw[raw.count - 20] ^= 1
        let damaged = tmp.root.appendingPathComponent("damaged.backup")
        try raw.write(to: damaged)
        let broken = await passageError {
            _ = try await vault.backupMerge(
                backupPath: damaged.path, secret: .passphrase(passphrase: "backup passphrase 1"), progress: nil)
        }
        guard case .Corrupt? = broken else { return XCTFail("got \(String(describing: broken))") }
        XCTAssertEqual(try vault.attachmentsList().count, 1)
    }
}
