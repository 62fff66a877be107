import Foundation
import XCTest
import PassageCore

/// The printable summary and a share with a lawyer through the generated
/// Swift API: the HTML in Farsi then Dutch, written to a file; a share of
/// one event and one document to the lawyer's age key and one to a
/// one-time passphrase; the share log; an empty selection refused.
final class ShareTests: XCTestCase, @unchecked Sendable {
    /// The public key of the example in age's README (a valid recipient).
    let lawyerKey = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

    func testSummaryAndShareWithALawyer() async throws {
        let tmp = try TempFolder()
        let vault = try await createVault(dir: tmp.vaultDir, passphrase: passphrase, config: fastKdf).vault
        let today = "2026-12-01"
        let application = try vault.journalAdd(
            event: JournalEventInput(kind: "application-made", date: "2026-03-03", note: "SWIFT-NOTE-ONE"),
            today: today)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "personal-interview", date: "2026-10-14T09:30", note: "SWIFT-NOTE-TWO & co"),
            today: today)
        let passport = try vault.checklistAddFromTemplate(templateId: "passport")

        // The summary: Farsi first (right to left), then Dutch.
        let html = try vault.summaryHtml(languages: ["fa"], procedureLanguage: "nl", today: today)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"))
        XCTAssertTrue(html.contains("lang=\"nl\" dir=\"ltr\""))
        XCTAssertTrue(html.contains("SWIFT-NOTE-TWO &amp; co"))
        XCTAssertFalse(html.contains("<script"))
        let bad = await passageError { _ = try vault.summaryHtml(languages: ["en"], procedureLanguage: "es", today: today) }
        guard case let .InvalidInput(field, _)? = bad else { return XCTFail("got \(String(describing: bad))") }
        XCTAssertEqual(field, "procedure language")
        let file = tmp.root.appendingPathComponent("summary.html")
        try await vault.summaryToFile(path: file.path, languages: ["en"], procedureLanguage: "fr", today: today)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("Résumé du dossier"))

        // A share of one event and the passport to the lawyer's key.
        let shared = tmp.root.appendingPathComponent("for-lawyer.age")
        let selection = ShareSelection(
            events: [application], documents: [passport], includeAttachments: true,
            chronology: false, lawyerQuestions: true)
        let receipt = try await vault.shareCreate(
            targetPath: shared.path, selection: selection, recipientLabel: "Maître Dupont",
            target: .recipient(recipient: lawyerKey))
        XCTAssertNil(receipt.oneTimePassphrase)
        XCTAssertEqual(receipt.events, 1)
        XCTAssertEqual(receipt.documents, 1)
        let bytes = try Data(contentsOf: shared)
        XCTAssertFalse(bytes.isEmpty)
        for marker in ["SWIFT-NOTE", "Dupont"] {
            XCTAssertNil(bytes.range(of: Data(marker.utf8)), marker)
        }

        // A one-time passphrase, shown once.
        let second = try await vault.shareCreate(
            targetPath: tmp.root.appendingPathComponent("in-person.age").path,
            selection: ShareSelection(events: [], documents: [], lawyerQuestions: true),
            recipientLabel: "Social worker", target: .oneTimePassphrase)
        XCTAssertEqual(second.oneTimePassphrase?.split(separator: " ").count, 6)

        // Nothing selected: refused, no file, not logged.
        let empty = tmp.root.appendingPathComponent("empty.age")
        let refused = await passageError {
            _ = try await vault.shareCreate(
                targetPath: empty.path, selection: ShareSelection(events: [], documents: []),
                recipientLabel: "X", target: .oneTimePassphrase)
        }
        guard case let .InvalidInput(what, _)? = refused else { return XCTFail("got \(String(describing: refused))") }
        XCTAssertEqual(what, "selection")
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty.path))

        let log = try vault.shareLog()
        XCTAssertEqual(log.map(\.id), [second.id, receipt.id])
        XCTAssertEqual(log[1].recipientLabel, "Maître Dupont")
        XCTAssertEqual(log[1].recipient, lawyerKey)
        XCTAssertEqual(log[1].events, [application])
        XCTAssertEqual(log[1].documents, [passport])
        XCTAssertNil(log[0].recipient)
    }
}
