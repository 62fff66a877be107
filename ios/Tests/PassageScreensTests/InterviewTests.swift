import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// Interview preparation: a note under its topic, the story in dates with
/// the core's consistency check pointing at the odd entry, a question for
/// the lawyer marked answered.
final class InterviewTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testNotesDatesFindingsAndQuestions() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let interview = try XCTUnwrap(app.makeInterviewModel())
        await interview.refresh()
        XCTAssertNil(interview.state.error)
        XCTAssertEqual(interview.state.topics.map(\.id), interviewTopics().map(\.id))
        XCTAssertEqual(
            interview.state.topics.first { $0.id == "journey" }?.title, try english("interview-topic-journey"))
        XCTAssertEqual(interview.state.checkSummary, try english("interview-check-ok"))

        await interview.addNote(topic: "journey", text: "By bus to Istanbul, then by boat.")
        XCTAssertEqual(
            interview.state.topics.first { $0.id == "journey" }?.notes.map(\.text), ["By bus to Istanbul, then by boat."])
        XCTAssertEqual(interview.state.topics.filter { !$0.notes.isEmpty }.count, 1)

        await interview.addEvent(date: "~2019-05", title: "Left home")
        await interview.addEvent(date: "2091", title: "Arrived in Brussels")
        XCTAssertNil(interview.state.error)
        XCTAssertEqual(interview.state.events.map(\.title), ["Left home", "Arrived in Brussels"])
        XCTAssertEqual(interview.state.events.first?.date, "~2019-05")
        // A year far in the future: the core's check points at that entry.
        XCTAssertEqual(interview.state.events.map(\.flagged), [false, true])
        XCTAssertFalse(interview.state.findings.isEmpty)
        XCTAssertEqual(
            plain(interview.state.checkSummary),
            interview.state.findings.count == 1 ? "1 thing to check" : "\(interview.state.findings.count) things to check")

        await interview.addEvent(date: "May 2019", title: "Bad date")
        XCTAssertNotNil(interview.state.error, "the core refuses a date it cannot read")
        XCTAssertEqual(interview.state.events.count, 2)

        await interview.addQuestion("Can my cousin come to the interview?")
        let question = try XCTUnwrap(interview.state.questions.first)
        XCTAssertFalse(question.answered)
        await interview.setAnswered(question.questionId, true)
        XCTAssertEqual(interview.state.questions.map(\.answered), [true])
        XCTAssertEqual(interview.state.corrections, [])

        // After the interview: the notes review.
        await interview.addCorrection(page: 3, paragraph: 2, addition: false, text: "I said 2018, not 2019.")
        await interview.addCorrection(page: 0, paragraph: nil, addition: true, text: "Page zero does not exist.")
        XCTAssertNotNil(interview.state.error, "the core refuses page 0")
        XCTAssertEqual(interview.state.corrections.map(\.page), [3])
        XCTAssertEqual(interview.state.corrections.first?.kind, "correction")
        XCTAssertEqual(interview.state.corrections.first?.placeText, "3.2")
        XCTAssertEqual(interview.state.corrections.first?.text, "I said 2018, not 2019.")
    }
}
