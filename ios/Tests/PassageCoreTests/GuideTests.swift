import Foundation
import XCTest
import PassageCore

/// The guide part of the user story, without a vault: Arabic and Farsi
/// readers search the guide, a Farsi reader opens an article, the language
/// picker lists the languages with their direction.
final class GuideTests: XCTestCase, @unchecked Sendable {
    let guide = PassageGuide()

    func testArabicSearchFindsTheProcedureOverviewWhateverTheAlefSpelling() async throws {
        try await guide.prepare()  // builds the index off the caller's thread
        let chain = try negotiateLanguages(userPrefs: ["ar"], systemLocales: ["nl-BE", "de-DE"])
        XCTAssertEqual(chain, ["ar", "nl", "en"])

        // "asylum", and "procedures" typed with a bare alef where the text
        // writes إجراءات (alef with hamza below).
        for (query, inText) in [("اللجوء", "اللجوء"), ("اجراءات", "إجراءات")] {
            let hits = try guide.search(query: query, languages: chain, limit: 10)
            let hit = try XCTUnwrap(
                hits.first { $0.item == .article(slug: "procedure-overview") }, "\(query): \(hits.map(\.item))")
            XCTAssertEqual(hit.language, "ar")
            XCTAssertEqual(hit.direction, .rtl)
            XCTAssertEqual(hit.title.text, "إجراءات اللجوء خطوة بخطوة")
            // UTF-16 offsets: they work with NSRange (UTF-8 offsets would not).
            XCTAssertEqual(marked(hit.title.text, hit.title.matches), [inText])
        }
    }

    func testFarsiSearchMarksTheWordInTheFarsiTitle() throws {
        // پناهندگی: "asylum", from content/guide/procedure-overview/fa.md.
        let hits = try guide.search(query: "پناهندگی", languages: ["fa"], limit: 5)
        let hit = try XCTUnwrap(hits.first { $0.item == .article(slug: "procedure-overview") })
        XCTAssertEqual(hit.language, "fa")
        XCTAssertEqual(hit.direction, .rtl)
        XCTAssertEqual(marked(hit.title.text, hit.title.matches), ["پناهندگی"])
        // بین‌المللی ("international") typed without its ZWNJ still matches.
        let zwnj = try guide.search(query: "بینالمللی", languages: ["fa"], limit: 30)
        XCTAssertTrue(zwnj.contains { $0.item == .article(slug: "procedure-overview") })
    }

    func testLanguagesListTheRightToLeftOnesWithTheirNativeNames() {
        let all = languages()
        XCTAssertEqual(all.map(\.code), ["nl", "fr", "en", "es", "ar", "fa", "ps", "so", "ti"])
        let rtl = all.filter { $0.direction == .rtl }
        XCTAssertEqual(rtl.map(\.code), ["ar", "fa", "ps"])
        XCTAssertEqual(rtl.map(\.nativeName), ["العربية", "فارسی", "پښتو"])
        XCTAssertEqual(all.first { $0.code == "ti" }?.direction, .ltr)
    }

    func testAFarsiArticleIsRightToLeftAndSaysItIsMachineDrafted() throws {
        let article = try guide.article(
            slug: "procedure-overview", languages: try negotiateLanguages(userPrefs: ["fa"], systemLocales: []))
        XCTAssertEqual(article.language, "fa")
        XCTAssertEqual(article.direction, .rtl)
        XCTAssertEqual(article.translationStatus, "machine-drafted")
        XCTAssertNil(article.fallbackNotice)
        let notice = try XCTUnwrap(article.needsReviewNotice)
        XCTAssertEqual(notice, try uiText(languages: ["fa"], messageId: "guide-machine-drafted-notice").text)
        XCTAssertTrue(article.title.contains("پناهندگی"), article.title)
        let spans = article.blocks.flatMap { block -> [GuideSpan] in
            switch block {
            case let .heading(spans), let .paragraph(spans): return spans
            case let .bulletList(items): return items.flatMap { $0 }
            }
        }
        XCTAssertTrue(spans.contains { $0.link == .article(slug: "make-and-lodge-application") })
        XCTAssertTrue(article.availableLanguages.contains("en"))
    }

    func testUiTextsTakeNamedArguments() async throws {
        let count = try uiText(languages: ["en"], messageId: "search-result-count", args: [.number(name: "count", value: 3)])
        XCTAssertEqual(count.text, "\u{2068}3\u{2069} results")
        let date = try uiText(
            languages: ["fr"], messageId: "guide-last-verified", args: [.date(name: "date", value: "2026-03-03")])
        XCTAssertTrue(date.text.contains("mars 2026"), date.text)
        let missing = await passageError { _ = try uiText(languages: ["en"], messageId: "no-such-message") }
        guard case .NotFound? = missing else { return XCTFail("got \(String(describing: missing))") }
    }

    func testAnUnknownLanguageCodeIsATypedInvalidInput() async throws {
        let search = await passageError { _ = try self.guide.search(query: "asylum", languages: ["de"]) }
        guard case let .InvalidInput(field, _)? = search else { return XCTFail("got \(String(describing: search))") }
        XCTAssertEqual(field, "language")
        let article = await passageError { _ = try self.guide.article(slug: "procedure-overview", languages: ["xx"]) }
        guard case .InvalidInput? = article else { return XCTFail("got \(String(describing: article))") }
        let slug = await passageError { _ = try self.guide.article(slug: "no-such-article", languages: ["en"]) }
        guard case .NotFound? = slug else { return XCTFail("got \(String(describing: slug))") }
    }
}
