import PassageCore
import PassageScreens
import SwiftUI

/// First start: passphrase, PIN, then the recovery words once.
struct SetupView: View {
    @StateObject private var screen: Observed<SetupModel>

    init(_ model: @autoclosure @escaping () -> SetupModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            Form {
                switch state.phase {
                case .form, .creating:
                    Section(footer: Text(state.intro).font(.footnote)) {
                        ModelField(label: state.passphraseLabel, value: state.passphrase, secure: true) {
                            model.setPassphrase($0)
                        }
                        MessageText(text: state.passphraseError)
                        ModelField(label: state.repeatLabel, value: state.passphraseRepeat, secure: true) {
                            model.setPassphraseRepeat($0)
                        }
                        MessageText(text: state.repeatError)
                    }
                    Section(footer: Text(state.pinHint).font(.footnote)) {
                        ModelField(label: state.pinLabel, value: state.pin, secure: true, keyboard: .numberPad) {
                            model.setPin($0)
                        }
                        MessageText(text: state.pinError)
                    }
                    MessageText(text: state.error)
                    if state.phase == .creating {
                        ProgressView(state.creatingText).font(.body)
                    } else {
                        ActionButton(title: state.createLabel, enabled: state.canCreate) { await model.create() }
                    }
                case .recovery, .done:
                    Section(header: Text(state.recoveryTitle).font(.headline), footer: Text(state.recoveryIntro)) {
                        ForEach(Array(state.recoveryWords.enumerated()), id: \.offset) { index, word in
                            Text(verbatim: "\(index + 1). \(word)").font(.title3.monospaced())
                                .environment(\.layoutDirection, .leftToRight)
                        }
                    }
                    ActionButton(title: state.recoveryConfirmLabel, enabled: state.phase == .recovery) {
                        await model.confirmRecoveryWritten()
                    }
                }
            }
            .navigationTitle(state.title)
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}
