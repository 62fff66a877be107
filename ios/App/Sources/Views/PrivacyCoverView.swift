import PassageCore
import SwiftUI
import UIKit

/// Drawn over everything while the app is in the background or the app
/// switcher: the snapshot iOS keeps shows nothing of the person's notes.
struct PrivacyCoverView: View {
    let text: String

    var body: some View {
        ZStack {
            Color(.systemBackground).ignoresSafeArea()
            Text(text).font(.title2).foregroundColor(.secondary)
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(text)
    }
}
