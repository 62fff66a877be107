import Foundation
import XCTest
import PassageCore
@testable import PassageScreens

/// The guide searched in Farsi, an article read aloud, contacts to call,
/// and the whole app switched to Arabic: right to left, translated labels.
final class GuideLanguageTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func testFarsiSearchFindsTheGuideAndTheReaderIsRightToLeft() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture, language: "fa")
        XCTAssertEqual(app.state.languages.first, "fa")
        XCTAssertEqual(app.state.direction, .rtl)

        let guide = app.makeGuideModel()
        await guide.refresh()
        XCTAssertNil(guide.state.error)
        XCTAssertFalse(guide.state.articles.isEmpty)
        XCTAssertEqual(guide.state.direction, .rtl)
        XCTAssertTrue(guide.state.searchLabel.contains("فارسی"), guide.state.searchLabel)

        guide.setQuery("پناهندگی")  // "asylum"
        await guide.search()
        XCTAssertNil(guide.state.error)
        let hits = try XCTUnwrap(guide.state.hits)
        XCTAssertFalse(hits.isEmpty)
        let overview = try XCTUnwrap(hits.first { $0.item == .article(slug: "procedure-overview") })
        XCTAssertEqual(overview.language, "fa")
        XCTAssertEqual(overview.direction, .rtl)
        XCTAssertFalse(overview.title.matches.isEmpty, "the word is marked in the title")
        XCTAssertEqual(
            guide.state.resultText,
            try uiText(languages: ["fa"], messageId: "search-result-count",
                args: [.number(name: "count", value: Double(hits.count))]).text)

        guide.setQuery("zzqxv")
        await guide.search()
        XCTAssertEqual(guide.state.hits, [])
        XCTAssertEqual(guide.state.resultText, try uiText(languages: ["fa"], messageId: "search-no-results").text)

        let reader = guide.reader("procedure-overview")
        await reader.refresh()
        XCTAssertNil(reader.state.error)
        XCTAssertEqual(reader.state.language, "fa")
        XCTAssertEqual(reader.state.direction, .rtl)
        // Sources read as document titles or addresses, never file names.
        XCTAssertFalse(reader.state.sources.isEmpty)
        XCTAssertTrue(reader.state.sources.allSatisfy { !$0.hasPrefix("seed:") && !$0.hasSuffix(".txt") },
                      "\(reader.state.sources)")
        XCTAssertTrue(reader.state.title.contains("پناهندگی"), reader.state.title)
        XCTAssertEqual(
            reader.state.notices, [try uiText(languages: ["fa"], messageId: "guide-machine-drafted-notice").text])
        XCTAssertFalse(reader.state.blocks.isEmpty)
        XCTAssertNil(reader.state.speech)
        reader.readAloud()
        let speech = try XCTUnwrap(reader.state.speech)
        XCTAssertEqual(speech.language, "fa")
        XCTAssertTrue(speech.text.hasPrefix(reader.state.title))
        XCTAssertTrue(speech.text.contains(GuideReaderModel.plainText(reader.state.blocks[0])))
        reader.stopReading()
        XCTAssertNil(reader.state.speech)
    }

    @MainActor
    func testContactsGiveTelLinks() async throws {
        let fixture = try Fixture()
        let app = AppModel(environment: fixture.environment)
        let contacts = app.makeContactsModel()
        await contacts.refresh()
        XCTAssertNil(contacts.state.error)
        XCTAssertFalse(contacts.state.contacts.isEmpty)
        let callable = contacts.state.contacts.filter { $0.phone != nil }
        XCTAssertFalse(callable.isEmpty)
        for contact in callable {
            let uri = try XCTUnwrap(contact.callURI, "\(contact.id): \(contact.phone ?? "")")
            XCTAssertTrue(uri.hasPrefix("tel:"))
            XCTAssertTrue(uri.dropFirst(4).allSatisfy { $0.isASCII && ($0.isNumber || $0 == "+") }, uri)
        }
        XCTAssertEqual(ContactsModel.telURI("+32 2 205 50 00"), "tel:+3222055000")
        XCTAssertEqual(ContactsModel.telURI("02/205.50.00"), "tel:022055000")
        XCTAssertNil(ContactsModel.telURI("see website"))
    }

    @MainActor
    func testArabicMakesTheAppRightToLeftWithArabicLabels() async throws {
        let fixture = try Fixture()
        let (app, _) = try await firstStart(fixture)
        XCTAssertEqual(app.state.direction, .ltr)
        let englishHome = try XCTUnwrap(app.state.tabs.first { $0.tab == .home }).title
        XCTAssertEqual(englishHome, "Home")

        let settings = try XCTUnwrap(app.makeSettingsModel())
        await settings.refresh()
        XCTAssertEqual(settings.state.languages.first { $0.id == "ar" }?.label, "العربية")
        await settings.selectLanguage("ar")
        XCTAssertNil(settings.state.error)

        XCTAssertEqual(app.state.languages.first, "ar")
        XCTAssertEqual(app.state.direction, .rtl)
        let arabicHome = try XCTUnwrap(app.state.tabs.first { $0.tab == .home }).title
        XCTAssertNotEqual(arabicHome, englishHome)
        XCTAssertEqual(arabicHome, try uiText(languages: ["ar"], messageId: "home-title").text)
        XCTAssertEqual(settings.state.direction, .rtl)
        XCTAssertEqual(settings.state.title, try uiText(languages: ["ar"], messageId: "settings-title").text)
        XCTAssertNotEqual(settings.state.title, try english("settings-title"))
        XCTAssertEqual(settings.state.languages.filter(\.selected).map(\.id), ["ar"])

        // Every screen made from now on speaks Arabic.
        let home = try XCTUnwrap(app.makeHomeModel())
        await home.refresh()
        XCTAssertEqual(home.state.direction, .rtl)
        XCTAssertEqual(home.state.stageText, try uiText(languages: ["ar"], messageId: "stage-not-started").text)
        XCTAssertNotEqual(home.state.stageText, try english("stage-not-started"))
        let unlockLabel = try XCTUnwrap(app.makeJournalModel()).state.addLabel
        XCTAssertEqual(unlockLabel, try uiText(languages: ["ar"], messageId: "journal-add").text)

        // And the next start too.
        app.lock()
        let restarted = AppModel(environment: fixture.environment)
        XCTAssertEqual(restarted.state.direction, .rtl)
        XCTAssertEqual(try XCTUnwrap(restarted.makeUnlockModel()).state.title,
            try uiText(languages: ["ar"], messageId: "unlock-title").text)
    }
}
