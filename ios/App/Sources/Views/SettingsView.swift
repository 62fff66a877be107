import PassageCore
import PassageScreens
import SwiftUI

/// Settings. Every warning comes from the model's state before the action.
struct SettingsView: View {
    @StateObject private var screen: Observed<SettingsModel>
    @State private var newPin = ""  // typed, not yet submitted
    @State private var duressPin = ""
    @State private var destroyReal = false

    init(_ model: @autoclosure @escaping () -> SettingsModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        Form {
            MessageText(text: state.error)
            MessageText(text: state.message, isError: false)
            SharingLinks()  // backup, share with the lawyer, summary to print
            Section(header: Text(state.languageLabel)) {
                ForEach(state.languages) { language in
                    Button {
                        Task { await model.selectLanguage(language.id) }
                    } label: {
                        HStack {
                            Text(language.label).font(.body)
                                .environment(\.layoutDirection, language.direction.layout)
                            Spacer()
                            if language.selected { Image(systemName: "checkmark").accessibilityHidden(true) }
                        }
                        .touchTarget()
                    }
                    .accessibilityAddTraits(language.selected ? .isSelected : [])
                }
            }
            Picker(state.lockTimeoutLabel, selection: Binding(
                get: { state.timeouts.first(where: \.selected)?.id ?? "never" },
                set: { id in Task { await model.setLockTimeout(state.timeouts.first { $0.id == id }?.seconds) } }
            )) {
                ForEach(state.timeouts) { Text($0.label).tag($0.id) }
            }
            .font(.body)
            Section(header: Text(state.changePinLabel)) {
                ModelField(label: state.changePinLabel, value: newPin, secure: true, keyboard: .numberPad) { newPin = $0 }
                MessageText(text: state.pinError)
                ActionButton(title: state.changePinLabel, enabled: !state.working) {
                    await model.changePin(newPin)
                    newPin = ""
                }
            }
            Section(header: Text(state.duressLabel), footer: Text(state.duressExplain)) {
                ModelField(label: state.duressLabel, value: duressPin, secure: true, keyboard: .numberPad) { duressPin = $0 }
                Toggle(state.duressDestroyLabel, isOn: $destroyReal).font(.body).touchTarget()
                ActionButton(title: state.duressLabel, enabled: !state.working) {
                    await model.setDuressPin(duressPin, destroyReal: destroyReal)
                    duressPin = ""
                }
            }
            Toggle(state.wipeAfterLabel, isOn: Binding(
                get: { state.wipeAfter != nil },
                set: { on in Task { await model.setWipeAfter(on: on) } }
            ))
            .font(.body).touchTarget()
            Toggle(state.neutralIconLabel, isOn: Binding(
                get: { state.neutralIcon }, set: { on in Task { await model.setNeutralIcon(on) } }
            ))
            .font(.body).touchTarget()
            ActionButton(title: state.panicWipeLabel, role: .destructive) { model.requestPanicWipe() }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .task { await model.refresh() }
        .alert(state.wipeAfterLabel, isPresented: .constant(state.wipeAfterWarning != nil)) {
            Button(state.confirmLabel, role: .destructive) { Task { await model.confirmWipeAfter() } }
            Button(state.cancelLabel, role: .cancel) { model.cancel() }
        } message: {
            Text(state.wipeAfterWarning ?? "")
        }
        .alert(state.panicWipeLabel, isPresented: .constant(state.panicWipeWarning != nil)) {
            Button(state.panicWipeConfirmLabel, role: .destructive) { Task { await model.confirmPanicWipe() } }
            Button(state.cancelLabel, role: .cancel) { model.cancel() }
        } message: {
            Text(state.panicWipeWarning ?? "")
        }
    }
}
