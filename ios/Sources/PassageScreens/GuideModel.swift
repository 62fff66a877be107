import Foundation
import PassageCore

/// The guide: the articles in the person's language, and offline search
/// (the core's index; no network). Each row is laid out in the direction
/// of the language it is in (a Pashto reader may get a Farsi fallback).
@MainActor
public final class GuideModel: ScreenModel {
    public struct ArticleRow: Equatable, Sendable, Identifiable {
        public let slug: String
        public let title: String
        public let summary: String
        public let direction: WritingDirection
        public var id: String { slug }
    }

    public struct HitRow: Equatable, Sendable, Identifiable {
        public let item: GuideSearchItem
        public let title: HighlightedText
        public let snippet: HighlightedText
        public let language: String
        public let direction: WritingDirection
        public var id: String {
            switch item {
            case .article(let slug): return "article/\(slug)"
            case .glossary(let id): return "glossary/\(id)"
            case .contact(let id): return "contact/\(id)"
            }
        }
    }

    public struct State: Equatable {
        public var title: String
        public var contactsLabel: String
        /// "Search in فارسی".
        public var searchLabel: String
        public var searchButton: String
        public var query = ""
        public var articles: [ArticleRow] = []
        /// Nil until a search ran.
        public var hits: [HitRow]?
        /// "3 results" / "No results".
        public var resultText: String?
        public var searching = false
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let guide: PassageGuide
    private let texts: Texts

    public init(guide: PassageGuide, texts: Texts) {
        self.guide = guide
        self.texts = texts
        state = State(
            title: texts("guide-title"), contactsLabel: texts("contacts-title"),
            searchLabel: texts("guide-search-in", .language(name: "language", code: texts.language)),
            searchButton: texts("search-button"), direction: texts.direction)
    }

    public func refresh() async {
        do {
            state.articles = try guide.articles(languages: texts.languages).map {
                ArticleRow(slug: $0.slug, title: $0.title, summary: $0.summary, direction: $0.direction)
            }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    public func setQuery(_ text: String) {
        state.query = text
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            state.hits = nil
            state.resultText = nil
        }
    }

    /// Searches the bundled guide, glossary and contacts offline.
    public func search() async {
        let query = state.query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return }
        state.searching = true
        defer { state.searching = false }
        do {
            try await guide.prepare()  // builds the index once, off the main thread
            let hits = try guide.search(query: query, languages: texts.languages, limit: 20)
            state.hits = hits.map {
                HitRow(item: $0.item, title: $0.title, snippet: $0.snippet, language: $0.language, direction: $0.direction)
            }
            state.resultText = hits.isEmpty
                ? texts("search-no-results")
                : texts("search-result-count", .number(name: "count", value: Double(hits.count)))
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    public func reader(_ slug: String) -> GuideReaderModel {
        GuideReaderModel(guide: guide, texts: texts, slug: slug)
    }
}

/// One article: its blocks in its own direction, the notices the reader
/// must see (machine-drafted, shown in another language), sources, and a
/// read-aloud request for the system voice.
@MainActor
public final class GuideReaderModel: ScreenModel {
    /// What to hand the system's text-to-speech.
    public struct Speech: Equatable, Sendable {
        public let text: String
        /// The language of the text (a code of `languages()`).
        public let language: String
    }

    public struct State: Equatable {
        public var title = ""
        public var summary = ""
        public var language = ""
        public var direction: WritingDirection
        /// Shown above the text: fallback and machine-translation notices.
        public var notices: [String] = []
        public var blocks: [GuideBlock] = []
        public var lastVerifiedText = ""
        public var sourcesLabel: String
        public var sources: [String] = []
        public var readAloudLabel: String
        public var stopReadingLabel: String
        /// Set while reading aloud; the view hands it to the system voice.
        public var speech: Speech?
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let guide: PassageGuide
    private let texts: Texts
    public let slug: String

    init(guide: PassageGuide, texts: Texts, slug: String) {
        self.guide = guide
        self.texts = texts
        self.slug = slug
        state = State(
            direction: texts.direction, sourcesLabel: texts("guide-sources"),
            readAloudLabel: texts("common-read-aloud"), stopReadingLabel: texts("common-stop-reading"))
    }

    public func refresh() async {
        do {
            let a = try guide.article(slug: slug, languages: texts.languages)
            state.title = a.title
            state.summary = a.summary
            state.language = a.language
            state.direction = a.direction
            state.notices = [a.fallbackNotice, a.needsReviewNotice].compactMap { $0 }
            state.blocks = a.blocks
            state.lastVerifiedText = a.lastVerifiedText
            state.sources = a.sources.map {
                switch $0 {
                case .seed(_, let title): return title
                case .web(let url): return url
                }
            }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    /// Read the article aloud: title, summary and every block, in the
    /// article's language (the view checks a voice exists for it).
    public func readAloud() {
        guard !state.title.isEmpty else { return }
        let lines = [state.title, state.summary] + state.blocks.map(Self.plainText)
        state.speech = Speech(text: lines.filter { !$0.isEmpty }.joined(separator: "\n"), language: state.language)
    }

    public func stopReading() {
        state.speech = nil
    }

    nonisolated static func plainText(_ block: GuideBlock) -> String {
        func join(_ spans: [GuideSpan]) -> String { spans.map(\.text).joined() }
        switch block {
        case .heading(let spans), .paragraph(let spans): return join(spans)
        case .bulletList(let items): return items.map(join).joined(separator: "\n")
        }
    }
}

/// Contacts: legal aid, NGOs, authorities; tap to call.
@MainActor
public final class ContactsModel: ScreenModel {
    public struct Row: Equatable, Sendable, Identifiable {
        public let id: String
        public let name: String
        public let text: String
        public let address: String?
        public let hours: String?
        public let phone: String?
        /// `tel:+3225...` for the view to open, when there is a phone.
        public let callURI: String?
        public let direction: WritingDirection
    }

    public struct State: Equatable {
        public var title: String
        public var callLabel: String
        public var contacts: [Row] = []
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let guide: PassageGuide
    private let texts: Texts

    public init(guide: PassageGuide, texts: Texts) {
        self.guide = guide
        self.texts = texts
        state = State(title: texts("contacts-title"), callLabel: texts("contacts-call"), direction: texts.direction)
    }

    public func refresh() async {
        do {
            state.contacts = try guide.contacts(languages: texts.languages).map {
                Row(
                    id: $0.id, name: $0.name, text: $0.text, address: $0.address, hours: $0.hours, phone: $0.phone,
                    callURI: $0.phone.flatMap(Self.telURI), direction: $0.direction)
            }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    /// `tel:` with the digits and a leading `+` only (RFC 3966 global
    /// number); nil when nothing dialable is left.
    public nonisolated static func telURI(_ phone: String) -> String? {
        let dialable = phone.unicodeScalars.enumerated().compactMap { index, c -> Character? in
            if ("0"..."9").contains(c) { return Character(c) }
            if c == "+" && index == 0 { return "+" }
            return nil
        }
        let digits = String(dialable)
        return digits.filter(\.isNumber).count >= 3 ? "tel:\(digits)" : nil
    }
}
