import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// The journal and home: the interview added through the event editor
/// brings the "ask for a copy of the notes" deadline onto home; its detail
/// shows the computed date and the letter's date; delete goes to the trash.
final class JournalHomeTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testAnInterviewInTheJournalPutsTheNotesCopyDeadlineOnHome() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let home = try XCTUnwrap(app.makeHomeModel())
        await home.refresh()
        XCTAssertNil(home.state.error)
        XCTAssertEqual(home.state.stageText, try english("stage-not-started"))
        XCTAssertEqual(home.state.deadlines, [])
        XCTAssertEqual(home.state.noDeadlinesText, try english("home-no-deadlines"))

        let journal = try XCTUnwrap(app.makeJournalModel())
        await journal.refresh()
        XCTAssertEqual(journal.state.emptyText, try english("journal-empty"))

        let lodged = journal.editor()
        XCTAssertFalse(lodged.state.canSave, "no date yet")
        XCTAssertTrue(lodged.state.kinds.contains { $0.id == "personal-interview" })
        lodged.setKind("application-lodged")
        lodged.setDate("2026-01-12")
        await lodged.save()
        XCTAssertTrue(lodged.state.closed, lodged.state.error ?? "")

        // A date that does not exist: the core's reason, nothing stored.
        let interview = journal.editor()
        interview.setKind("personal-interview")
        XCTAssertFalse(interview.state.showsOutcome)
        interview.setDate("2026-02-30")
        await interview.save()
        XCTAssertFalse(interview.state.closed)
        let dateError = try XCTUnwrap(interview.state.dateError)
        XCTAssertTrue(plain(dateError).hasPrefix("This date is not right: "), dateError)
        XCTAssertGreaterThan(plain(dateError).count, "This date is not right: ".count + 3, dateError)
        XCTAssertEqual(try XCTUnwrap(app.shown).journalTimeline().count, 1)

        interview.setDate("2026-03-12T09:00")
        XCTAssertNil(interview.state.dateError)
        interview.setNote("The interpreter spoke another dialect.")
        await interview.save()
        XCTAssertTrue(interview.state.closed, interview.state.error ?? "")
        XCTAssertEqual(journal.state.rows.map(\.kindText), try [
            english("event-kind-application-lodged"), english("event-kind-personal-interview"),
        ])
        XCTAssertEqual(journal.state.rows.last?.note, "The interpreter spoke another dialect.")
        XCTAssertNil(journal.state.emptyText)

        await home.refresh()
        XCTAssertEqual(home.state.stageText, try english("stage-waiting-for-decision"))
        let notes = try XCTUnwrap(home.state.deadlines.first { $0.ruleId == "notes-copy-request" })
        XCTAssertEqual(notes.title, try english("deadline-rule-notes-copy-request"))
        XCTAssertTrue(notes.dateText.contains("16") && notes.dateText.contains("2026"), notes.dateText)
        XCTAssertEqual(plain(notes.statusText), "Soon: 3 days left")
        XCTAssertTrue(notes.urgent)
        XCTAssertNil(home.state.noDeadlinesText)

        // Its detail: computed date, no letter date yet, then with one.
        let detail = home.deadlineDetail(notes)
        await detail.refresh()
        XCTAssertNil(detail.state.error)
        XCTAssertEqual(detail.state.ruleTitle, notes.title)
        XCTAssertEqual(plain(detail.state.computedText), "Our computed date: 16 March 2026.")
        XCTAssertNil(detail.state.officialText)
        XCTAssertEqual(detail.state.letterPrevails, try english("deadline-letter-prevails"))
        XCTAssertTrue(detail.state.explanation.contains { plain($0).contains("2 working days") }, "\(detail.state.explanation)")
        XCTAssertEqual(detail.state.explanation.last, try english("deadline-step-letter-prevails"))
        XCTAssertFalse(detail.state.sources.isEmpty)
        XCTAssertTrue(plain(detail.state.lastVerifiedText).hasPrefix("Last checked on "), detail.state.lastVerifiedText)

        let edit = journal.editor(for: try XCTUnwrap(journal.state.rows.last).eventId)
        XCTAssertEqual(edit.state.kind, "personal-interview")
        XCTAssertEqual(edit.state.date, "2026-03-12T09:00")
        XCTAssertTrue(edit.state.canDelete)
        edit.setOfficial("2026-03-18")
        await edit.save()
        XCTAssertTrue(edit.state.closed, edit.state.error ?? "")
        await detail.refresh()
        XCTAssertEqual(
            detail.state.officialText.map(plain),
            "Your letter says 18 March 2026. That is 2 days later than our date. We use the date on your letter.")

        // Delete: to the trash, and back.
        let remove = journal.editor(for: try XCTUnwrap(journal.state.rows.last).eventId)
        await remove.delete()
        XCTAssertTrue(remove.state.closed)
        XCTAssertEqual(journal.state.message, try english("journal-deleted"))
        XCTAssertEqual(journal.state.rows.count, 1)
        await home.refresh()
        XCTAssertFalse(home.state.deadlines.contains { $0.ruleId == "notes-copy-request" })
        await journal.showTrash(true)
        let trashed = try XCTUnwrap(journal.state.rows.first)
        XCTAssertEqual(trashed.kindText, try english("event-kind-personal-interview"))
        await journal.restore(trashed.eventId)
        await journal.showTrash(false)
        XCTAssertEqual(journal.state.rows.count, 2)
        await home.refresh()
        XCTAssertTrue(home.state.deadlines.contains { $0.ruleId == "notes-copy-request" })
    }

    @MainActor
    func testAnOutcomeIsOfferedForADecisionOnly() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let journal = try XCTUnwrap(app.makeJournalModel())
        let editor = journal.editor()
        editor.setKind("cgrs-decision")
        XCTAssertTrue(editor.state.showsOutcome)
        XCTAssertEqual(editor.state.outcomes.map(\.label).first, try english("decision-outcome-refugee-status"))
        editor.setOutcome("refusal")
        editor.setDate("2026-03-01")
        await editor.save()
        XCTAssertTrue(editor.state.closed, editor.state.error ?? "")
        XCTAssertEqual(try XCTUnwrap(app.shown).journalTimeline().first?.outcome, "refusal")
        let home = try XCTUnwrap(app.makeHomeModel())
        await home.refresh()
        XCTAssertEqual(home.state.stageText, try english("stage-negative-decision"))
    }
}
