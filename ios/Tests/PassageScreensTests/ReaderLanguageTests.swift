import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// Texts made from the core's values follow the reader's language: a
/// deadline's title, status and every step of its explanation, a checklist
/// section, a chronology kind, a finding of the date check, a date and the
/// wipe-after warning. The same vault seen in English, then in Arabic.
final class ReaderLanguageTests: XCTestCase, @unchecked Sendable {
    private struct Seen {
        var title = "", status = "", computed = "", lastVerified = ""
        var explanation: [String] = [], sources: [String] = []
        var section = "", kind = "", finding = "", date = ""
    }

    private func arabic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    }

    @MainActor
    private func look(_ app: AppModel) async throws -> Seen {
        var seen = Seen()
        let home = try XCTUnwrap(app.makeHomeModel())
        await home.refresh()
        XCTAssertNil(home.state.error)
        let row = try XCTUnwrap(home.state.deadlines.first { $0.ruleId == "notes-copy-request" })
        let detail = home.deadlineDetail(row)
        await detail.refresh()
        XCTAssertNil(detail.state.error)
        XCTAssertEqual(detail.state.ruleTitle, row.title)
        seen.title = row.title
        seen.status = row.statusText
        seen.computed = detail.state.computedText
        seen.explanation = detail.state.explanation
        seen.sources = detail.state.sources
        seen.lastVerified = detail.state.lastVerifiedText
        let documents = try XCTUnwrap(app.makeChecklistModel())
        await documents.refresh()
        seen.section = try XCTUnwrap(documents.state.sections.first { $0.id == "identity" }).title
        let interview = try XCTUnwrap(app.makeInterviewModel())
        await interview.refresh()
        seen.kind = try XCTUnwrap(interview.state.events.first { $0.kind == "left-country" }).kindText
        let index = try XCTUnwrap(interview.state.findingKinds.firstIndex(of: "departure-after-arrival"))
        seen.finding = interview.state.findings[index]
        seen.date = row.dateText
        return seen
    }

    @MainActor
    func testDeadlineSectionFindingDateAndWarningInArabic() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        let vault = try XCTUnwrap(app.shown)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "application-lodged", date: "2026-01-12"), today: testToday)
        _ = try vault.journalAdd(
            event: JournalEventInput(kind: "personal-interview", date: "2026-03-12T09:00"), today: testToday)
        let interview = try XCTUnwrap(app.makeInterviewModel())
        await interview.addEvent(date: "2024-05-10", title: "Arrived in Brussels", kind: "arrived-belgium")
        await interview.addEvent(date: "~2024-07", title: "Left home", kind: "left-country")
        XCTAssertNil(interview.state.error)

        let en = try await look(app)
        XCTAssertEqual(en.section, "Who you are")
        XCTAssertEqual(en.kind, "I left my country")
        XCTAssertEqual(en.finding, "The date you left your country is after the date you arrived in Belgium.")
        XCTAssertEqual(en.date, "16 March 2026") // a lone placeable gets no isolates
        XCTAssertGreaterThanOrEqual(en.explanation.count, 3)
        XCTAssertFalse(en.sources.isEmpty)

        let settings = try XCTUnwrap(app.makeSettingsModel())
        await settings.refresh()
        await settings.selectLanguage("ar")
        XCTAssertEqual(app.state.direction, .rtl)
        let ar = try await look(app)

        // The deadline: title, status, every step of the explanation, dates.
        XCTAssertNotEqual(en.title, ar.title)
        XCTAssertTrue(arabic(ar.title), ar.title)
        XCTAssertNotEqual(en.status, ar.status)
        XCTAssertTrue(arabic(ar.status), ar.status)
        XCTAssertEqual(en.explanation.count, ar.explanation.count)
        for (english, translated) in zip(en.explanation, ar.explanation) {
            XCTAssertNotEqual(english, translated)
            XCTAssertTrue(arabic(translated), translated) // no English-only line
        }
        XCTAssertEqual(
            ar.explanation.last,
            try uiText(languages: ["ar"], messageId: "deadline-step-letter-prevails", args: []).text)
        XCTAssertEqual(en.sources, ar.sources) // legal references are not translated
        XCTAssertTrue(arabic(ar.lastVerified), ar.lastVerified)
        XCTAssertTrue(ar.computed.contains("\u{2068}16 مارس 2026\u{2069}"), ar.computed)

        // A checklist section, a chronology kind, a finding, a date.
        XCTAssertNotEqual(en.section, ar.section)
        XCTAssertTrue(arabic(ar.section), ar.section)
        XCTAssertNotEqual(en.kind, ar.kind)
        XCTAssertTrue(arabic(ar.kind), ar.kind)
        XCTAssertNotEqual(en.finding, ar.finding)
        XCTAssertTrue(arabic(ar.finding), ar.finding)
        XCTAssertEqual(ar.date, "16 مارس 2026")

        // The wipe-after warning, with its number.
        await settings.requestWipeAfter(10)
        let warning = try XCTUnwrap(settings.state.wipeAfterWarning)
        XCTAssertTrue(arabic(warning) && warning.contains("\u{2068}10\u{2069}"), warning)
    }
}
