import PassageCore
import PassageScreens
import SwiftUI

/// The lock screen: PIN or passphrase, wrong-entry text, the wait countdown.
struct UnlockView: View {
    @StateObject private var screen: Observed<UnlockModel>

    init(_ model: @autoclosure @escaping () -> UnlockModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        VStack(spacing: 16) {
            Text(state.title).font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
            ModelField(
                label: state.entryLabel, value: state.entry, secure: true,
                keyboard: state.mode == .pin ? .numberPad : .default
            ) { model.setEntry($0) }
            MessageText(text: state.error)
            MessageText(text: state.failuresText, isError: false)
            MessageText(text: state.waitText)
            if state.isWorking { ProgressView() }
            ActionButton(title: state.submitLabel, enabled: state.canSubmit) { await model.submit() }
            if !state.switchLabel.isEmpty {
                Button(state.switchLabel) { model.switchMode() }.font(.body).touchTarget()
                    .accessibilityLabel(state.switchLabel)
            }
        }
        .padding()
        .environment(\.layoutDirection, state.direction.layout)
        .task {
            await model.appear()
            // The countdown: the model computes it; this only ticks.
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 1_000_000_000)
                model.tick()
            }
        }
    }
}
