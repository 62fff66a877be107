import PassageCore
import SwiftUI
import UIKit

// Small pieces every screen uses. No logic: sizes follow Dynamic Type
// (text styles, never fixed point sizes) and touch targets are 44 pt.

extension View {
    /// At least 44 x 44 pt to tap (Apple's minimum).
    func touchTarget() -> some View {
        frame(minWidth: 44, minHeight: 44)
    }
}

/// A button drawn from a label of the model's state.
struct ActionButton: View {
    let title: String
    var role: ButtonRole?
    var enabled = true
    let action: () async -> Void

    var body: some View {
        Button(role: role) {
            Task { await action() }
        } label: {
            Text(title).font(.body.weight(.semibold)).frame(maxWidth: .infinity).touchTarget()
        }
        .buttonStyle(.borderedProminent)
        .disabled(!enabled)
        .accessibilityLabel(title)
    }
}

/// An error or notice text from the state, when there is one.
struct MessageText: View {
    let text: String?
    var isError = true

    var body: some View {
        if let text {
            Text(text)
                .font(.callout)
                .foregroundColor(isError ? .red : .secondary)
                .fixedSize(horizontal: false, vertical: true)
                .accessibilityLabel(text)
        }
    }
}

/// A text field whose value lives in the model's state.
struct ModelField: View {
    let label: String
    let value: String
    var secure = false
    var keyboard: UIKeyboardType = .default
    let changed: (String) -> Void

    var body: some View {
        let binding = Binding(get: { value }, set: changed)
        Group {
            if secure {
                SecureField(label, text: binding)
            } else {
                TextField(label, text: binding)
            }
        }
        .font(.body)
        .keyboardType(keyboard)
        .textInputAutocapitalization(.never)
        .disableAutocorrection(true)
        .touchTarget()
        .accessibilityLabel(label)
    }
}
