import PassageCore
import PassageScreens
import SwiftUI

// Backup, restore, share with a lawyer, summary to print: each view draws
// its model's state and forwards taps. The platform parts (document
// picker, print sheet) are in Platform/SharingGlue.swift.

/// The Settings entries that open the three pages (the app model comes
/// from the environment, set by MainView).
struct SharingLinks: View {
    @EnvironmentObject var app: Observed<AppModel>

    var body: some View {
        let texts = app.model.texts
        Section {
            if let backup = app.model.makeBackupModel() {
                NavigationLink(texts("settings-backup")) { BackupView(backup) }
            }
            if let share = app.model.makeShareModel() {
                NavigationLink(texts("settings-share")) { ShareView(share) }
            }
            if let summary = app.model.makeSummaryModel() {
                NavigationLink(texts("settings-summary")) { SummaryView(summary) }
            }
        }
    }
}

/// A file waiting for the export sheet.
private struct Outgoing: Identifiable {
    let url: URL
    var id: String { url.path }
}

struct BackupView: View {
    @StateObject private var screen: Observed<BackupModel>
    @State private var outgoing: Outgoing?
    @State private var picking = false

    init(_ model: @autoclosure @escaping () -> BackupModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        Form {
            Section(footer: Text(state.passphraseHint).font(.footnote)) {
                Text(state.explain).font(.body)
                ModelField(label: state.passphraseLabel, value: state.passphrase, secure: true) { model.setPassphrase($0) }
                MessageText(text: state.passphraseError)
                ModelField(label: state.repeatLabel, value: state.passphraseRepeat, secure: true) {
                    model.setPassphraseRepeat($0)
                }
                MessageText(text: state.repeatError)
                MessageText(text: state.error)
                MessageText(text: state.done, isError: false)
                if state.working { ProgressView(state.workingText) }
                ActionButton(title: state.saveLabel, enabled: state.canSave) {
                    if let path = await model.saveForExport() { outgoing = Outgoing(url: URL(fileURLWithPath: path)) }
                }
            }
            Section(header: Text(state.mergeLabel), footer: Text(state.mergeExplain).font(.footnote)) {
                Toggle(state.mergeWithKeyLabel, isOn: Binding(get: { state.mergeWithKey }, set: { model.setMergeWithKey($0) }))
                ModelField(label: state.mergeLabel, value: state.mergeSecret, secure: true) { model.setMergeSecret($0) }
                MessageText(text: state.mergeError)
                MessageText(text: state.mergeResult, isError: false)
                ActionButton(title: state.mergeLabel, enabled: !state.working && !state.mergeSecret.isEmpty) { picking = true }
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .sheet(item: $outgoing) { file in
            DocumentExporter(file: file.url) { copied in model.exportFinished(copied: copied) }
        }
        .sheet(isPresented: $picking) {
            BackupFilePicker { url in
                picking = false
                if let url { Task { await model.merge(url.path, temporary: true) } }
            }
        }
    }
}

struct RestoreView: View {
    @StateObject private var screen: Observed<RestoreModel>
    @State private var picking = false

    init(_ model: @autoclosure @escaping () -> RestoreModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            Form {
                switch state.phase {
                case .form, .restoring:
                    Section(footer: Text(state.explain).font(.footnote)) {
                        ActionButton(title: state.chooseFileLabel) { picking = true }
                        if state.fileChosen { MessageText(text: state.fileChosenText, isError: false) }
                        Toggle(state.withKeyLabel, isOn: Binding(get: { state.withKey }, set: { model.setWithKey($0) }))
                        ModelField(label: state.withKey ? state.keyLabel : state.secretLabel, value: state.secret, secure: true) {
                            model.setSecret($0)
                        }
                    }
                    Section(header: Text(state.newSecretLabel)) {
                        ModelField(label: state.passphraseLabel, value: state.passphrase, secure: true) { model.setPassphrase($0) }
                        MessageText(text: state.passphraseError)
                        ModelField(label: state.repeatLabel, value: state.passphraseRepeat, secure: true) {
                            model.setPassphraseRepeat($0)
                        }
                        MessageText(text: state.repeatError)
                        ModelField(label: state.pinLabel, value: state.pin, secure: true, keyboard: .numberPad) { model.setPin($0) }
                        MessageText(text: state.pinError)
                    }
                    MessageText(text: state.error)
                    if state.phase == .restoring {
                        ProgressView(state.workingText)
                    } else {
                        ActionButton(title: state.restoreLabel, enabled: state.canRestore) { await model.restore() }
                        Button(state.backLabel) { model.cancel() }.touchTarget()
                    }
                case .recovery, .done:
                    Section(header: Text(state.recoveryTitle), footer: Text(state.recoveryIntro).font(.footnote)) {
                        ForEach(Array(state.recoveryWords.enumerated()), id: \.offset) { i, word in
                            Text("\(i + 1). \(word)").font(.body.monospaced())
                        }
                    }
                    ActionButton(title: state.recoveryConfirmLabel) { await model.confirmRecoveryWritten() }
                }
            }
            .navigationTitle(state.title)
        }
        .environment(\.layoutDirection, state.direction.layout)
        .sheet(isPresented: $picking) {
            BackupFilePicker { url in
                picking = false
                if let url { model.chooseFile(url.path, temporary: true) }
            }
        }
    }
}

struct ShareView: View {
    @StateObject private var screen: Observed<ShareModel>
    @State private var outgoing: Outgoing?
    @State private var scanning = false

    init(_ model: @autoclosure @escaping () -> ShareModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        Form {
            if let passphrase = state.shownPassphrase {
                Section(header: Text(state.passphraseTitle), footer: Text(state.passphraseExplain).font(.footnote)) {
                    Text(passphrase).font(.title3.monospaced()).textSelection(.enabled)
                    ActionButton(title: state.passphraseConfirmLabel) { model.confirmPassphraseSeen() }
                }
            } else {
                Section(footer: Text(state.explain).font(.footnote)) {
                    MessageText(text: state.nothingChosen, isError: false)
                }
                Section(header: Text(state.eventsLabel)) {
                    ForEach(state.events) { c in
                        Toggle("\(c.title) (\(c.detail))", isOn: Binding(get: { c.selected }, set: { _ in model.toggleEvent(c.id) }))
                    }
                }
                Section(header: Text(state.documentsLabel)) {
                    ForEach(state.documents) { c in
                        Toggle("\(c.title) (\(c.detail))", isOn: Binding(get: { c.selected }, set: { _ in model.toggleDocument(c.id) }))
                    }
                    Toggle(state.photosLabel, isOn: Binding(get: { state.includePhotos }, set: { model.setIncludePhotos($0) }))
                }
                Section {
                    Toggle(state.chronologyLabel, isOn: Binding(get: { state.chronology }, set: { model.setChronology($0) }))
                    Toggle(state.questionsLabel, isOn: Binding(get: { state.lawyerQuestions }, set: { model.setLawyerQuestions($0) }))
                }
                Section {
                    ModelField(label: state.nameLabel, value: state.recipientName) { model.setRecipientName($0) }
                    Toggle(state.oneTimeLabel, isOn: Binding(get: { state.oneTimePassphrase }, set: { model.setOneTimePassphrase($0) }))
                    if !state.oneTimePassphrase {
                        ModelField(label: state.keyLabel, value: state.recipientKey) { model.setRecipientKey($0) }
                        if QrScanner.isAvailable {
                            Button(state.scanLabel) { scanning = true }.font(.body).touchTarget()
                        }
                        MessageText(text: state.recipientError)
                    }
                    MessageText(text: state.error)
                    MessageText(text: state.done, isError: false)
                    if state.working { ProgressView(state.workingText) }
                    ActionButton(title: state.createLabel, enabled: state.canCreate) {
                        if let path = await model.createForExport() { outgoing = Outgoing(url: URL(fileURLWithPath: path)) }
                    }
                }
            }
            Section(header: Text(state.logTitle)) {
                if state.log.isEmpty { Text(state.logEmpty).font(.footnote) }
                ForEach(state.log) { Text($0.text).font(.body) }
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .task { model.load() }
        .sheet(item: $outgoing) { file in
            DocumentExporter(file: file.url) { copied in model.exportFinished(copied: copied) }
        }
        .sheet(isPresented: $scanning) {
            if #available(iOS 16.0, *) {
                QrScannerView { text in
                    scanning = false
                    model.scanned(text)
                }
            }
        }
    }
}

struct SummaryView: View {
    @StateObject private var screen: Observed<SummaryModel>

    init(_ model: @autoclosure @escaping () -> SummaryModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        Form {
            Section { MessageText(text: state.warning, isError: false) }
            Section(header: Text(state.languageLabel)) {
                ForEach(state.procedureLanguages) { l in
                    Button { model.setProcedureLanguage(l.id) } label: {
                        HStack {
                            Text(l.label)
                            Spacer()
                            if l.selected { Image(systemName: "checkmark") }
                        }
                    }
                    .touchTarget()
                    .accessibilityAddTraits(l.selected ? .isSelected : [])
                }
            }
            MessageText(text: state.error)
            if state.working { ProgressView(state.workingText) }
            ActionButton(title: state.printLabel, enabled: !state.working) {
                if let path = await model.prepare() {
                    await SummaryPrinter.print(file: URL(fileURLWithPath: path), jobName: state.title) { model.printed() }
                }
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
    }
}
