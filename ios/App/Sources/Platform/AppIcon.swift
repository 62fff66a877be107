import UIKit

/// The neutral home-screen icon (`CFBundleAlternateIcons` in project.yml).
/// iOS shows a system alert after the change; the app's display name cannot
/// change at run time (iOS has no alternate names), so the name stays the
/// one in InfoPlist.strings.
enum AppIcon {
    static let neutral = "NeutralIcon"

    @MainActor
    static func setNeutral(_ on: Bool) async -> Bool {
        let app = UIApplication.shared
        guard app.supportsAlternateIcons else { return false }
        do {
            try await app.setAlternateIconName(on ? neutral : nil)
            return true
        } catch {
            return false
        }
    }
}
