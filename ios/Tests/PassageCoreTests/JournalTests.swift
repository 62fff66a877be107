import XCTest
import PassageCore

/// The journal part of the user story through the generated Swift API.
final class JournalTests: XCTestCase, @unchecked Sendable {
    func testInterviewBringsTheNotesCopyDeadlineAndSurvivesLockUnlock() async throws {
        let folder = try TempFolder()
        defer { withExtendedLifetime(folder) {} }
        let created = try await createVault(dir: folder.vaultDir, passphrase: passphrase, config: fastKdf)
        let vault = created.vault
        let today = "2026-03-13"
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "application-lodged", date: "2026-01-12"), today: today)
        let interview = try vault.journalAdd(
            event: JournalEventInput(
                kind: "personal-interview", date: "2026-03-12T09:00",
                note: "The interpreter spoke another dialect.", recorded: false,
                present: ["interpreter", "lawyer"]),
            today: today)

        do {
            _ = try vault.journalAdd(
                event: JournalEventInput(kind: "cgrs-decision", date: "2027-01-01"), today: today)
            XCTFail("a decision in the future must be refused")
        } catch PassageError.InvalidInput(let field, _) {
            XCTAssertEqual(field, "date")
        }
        XCTAssertEqual(try vault.journalTimeline().count, 2)

        let notes = try vault.deadlines(today: today).first { $0.ruleId == "notes-copy-request" }
        XCTAssertEqual(notes?.effectiveDue, "2026-03-16")
        XCTAssertEqual(notes?.eventId, interview)
        XCTAssertTrue(notes?.explanation.contains { $0.contains("2 working days") } ?? false)

        let next = try vault.nextSteps(today: today)
        XCTAssertEqual(next.stage, "waiting-for-decision")

        vault.lock()
        do {
            try await vault.unlock(passphrase: "wrong passphrase!")
            XCTFail("a wrong passphrase must be refused")
        } catch PassageError.WrongPassphrase {}
        try await vault.unlock(passphrase: passphrase)
        let timeline = try vault.journalTimeline()
        XCTAssertEqual(timeline.map { $0.kind }, ["application-lodged", "personal-interview"])
        XCTAssertEqual(timeline[1].note, "The interpreter spoke another dialect.")
    }
}
