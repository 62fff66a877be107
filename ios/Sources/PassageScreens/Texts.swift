import Foundation
import PassageCore

/// The visible texts of the screens, in the person's language chain: every
/// one is a Fluent message of the core (`content/i18n/<lang>/*.ftl`), found
/// through `uiText`. There is no string table in the app.
public struct Texts: Equatable, Sendable {
    /// The language chain, first choice first (from `negotiateLanguages`).
    public let languages: [String]

    public init(languages: [String]) {
        self.languages = languages
    }

    /// The first language of the chain (English when the chain is empty).
    public var language: String { languages.first ?? "en" }

    /// The layout direction of the first language.
    public var direction: WritingDirection {
        PassageCore.languages().first { $0.code == language }?.direction ?? .ltr
    }

    /// The message `id` with its arguments. A missing message (which the
    /// core's build check makes impossible for the ids of screens.ftl)
    /// shows its id rather than crashing.
    public func callAsFunction(_ id: String, _ args: UiArg...) -> String {
        text(id, args)
    }

    public func text(_ id: String, _ args: [UiArg] = []) -> String {
        localized(id, args)?.text ?? id
    }

    /// The message with the language it was found in (lay it out in that
    /// language's direction).
    public func localized(_ id: String, _ args: [UiArg] = []) -> LocalizedText? {
        try? uiText(languages: languages, messageId: id, args: args)
    }

    /// The text to show for a failed action, chosen by the error's variant
    /// (the core's own messages are English developer texts).
    public func error(_ error: Error) -> String {
        guard let error = error as? PassageError else { return self("error-io") }
        switch error {
        case .WrongPassphrase: return self("error-wrong-passphrase")
        case .Locked: return self("error-locked")
        case .Corrupt: return self("error-corrupt")
        case .NotFound: return self("error-not-found")
        case .InvalidInput(let field, _): return self("error-invalid-input", .text(name: "field", value: field))
        case .AlreadyExists: return self("error-already-exists")
        case .UnsupportedVersion: return self("error-unsupported-version")
        case .RetryLater(let seconds):
            return self("error-retry-later", .number(name: "seconds", value: Double(seconds)))
        case .Io: return self("error-io")
        case .Cancelled: return self("error-cancelled")
        }
    }

    /// A calendar date (`YYYY-MM-DD`) or a local time (`YYYY-MM-DDTHH:MM`)
    /// written out by the core in the chain's language (message
    /// `common-date`; the time, if any, follows as `HH:MM`). Text that is
    /// not such a date is shown as it is.
    public func date(_ iso: String) -> String {
        let day = String(iso.prefix(10))
        guard let text = try? uiText(
            languages: languages, messageId: "common-date", args: [.date(name: "date", value: day)]
        ).text else { return iso }
        let rest = iso.dropFirst(10)
        if rest.first == "T", rest.count > 1 { return "\(text) \(rest.dropFirst())" }
        return text
    }
}
