import Foundation
import XCTest
import PassageCore

/// The only texts of the iOS app not read from the core at run time are the
/// ones iOS itself shows from Info.plist (app name, camera permission):
/// `ios/App/Resources/<lang>.lproj/InfoPlist.strings`. They must be the
/// core's Fluent messages, in all nine languages. On a difference this test
/// writes the expected files to `ios/.build/InfoPlist-expected/` to copy.
final class InfoPlistStringsTests: XCTestCase, @unchecked Sendable {
    static let keys = [
        ("CFBundleDisplayName", "app-name"),
        ("CFBundleName", "app-name"),
        ("NSCameraUsageDescription", "permission-camera"),
    ]

    func testInfoPlistStringsAreTheCoresMessagesInEveryLanguage() throws {
        let ios = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for language in languages().map(\.code) {
            var expected = "/* Generated from content/i18n/\(language)/screens.ftl: see InfoPlistStringsTests. */\n"
            for (key, id) in Self.keys {
                let text = try uiText(languages: [language], messageId: id).text
                XCTAssertFalse(text.isEmpty)
                let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"")
                expected += "\"\(key)\" = \"\(escaped)\";\n"
            }
            let relative = "App/Resources/\(language).lproj/InfoPlist.strings"
            let actual = try? String(contentsOf: ios.appendingPathComponent(relative), encoding: .utf8)
            if actual != expected {
                let out = ios.appendingPathComponent(".build/InfoPlist-expected/\(language).lproj")
                try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
                try expected.write(to: out.appendingPathComponent("InfoPlist.strings"), atomically: true, encoding: .utf8)
                XCTFail("ios/\(relative) differs from the core's messages; expected file in ios/.build/InfoPlist-expected")
            }
        }
    }
}
