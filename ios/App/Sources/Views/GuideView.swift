import PassageCore
import PassageScreens
import SwiftUI

/// The guide: search (offline) and the articles; contacts from here.
struct GuideView: View {
    @StateObject private var screen: Observed<GuideModel>
    private let contacts: () -> ContactsModel

    init(_ model: @autoclosure @escaping () -> GuideModel, contacts: @autoclosure @escaping () -> ContactsModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
        self.contacts = contacts
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            List {
                MessageText(text: state.error)
                ModelField(label: state.searchLabel, value: state.query) { model.setQuery($0) }
                    .onSubmit { Task { await model.search() } }
                    .submitLabel(.search)
                if state.searching { ProgressView() }
                if let hits = state.hits {
                    MessageText(text: state.resultText, isError: false)
                    ForEach(hits) { hit in
                        VStack(alignment: .leading) {
                            Text(hit.title.text).font(.headline)
                            Text(hit.snippet.text).font(.callout).lineLimit(3)
                        }
                        .environment(\.layoutDirection, hit.direction.layout)
                        .accessibilityElement(children: .combine)
                    }
                } else {
                    NavigationLink(state.contactsLabel, destination: ContactsView(contacts()))
                        .font(.body).touchTarget()
                    ForEach(state.articles) { article in
                        NavigationLink(destination: GuideReaderView(model.reader(article.slug))) {
                            VStack(alignment: .leading) {
                                Text(article.title).font(.headline)
                                Text(article.summary).font(.callout).lineLimit(2)
                            }
                            .touchTarget()
                        }
                        .environment(\.layoutDirection, article.direction.layout)
                        .accessibilityElement(children: .combine)
                    }
                }
            }
            .navigationTitle(state.title)
            .task { await model.refresh() }
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}

/// One article in its own direction, with its notices and read aloud.
struct GuideReaderView: View {
    @StateObject private var screen: Observed<GuideReaderModel>
    @StateObject private var speaker = Speaker()

    init(_ model: @autoclosure @escaping () -> GuideReaderModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                MessageText(text: state.error)
                ForEach(state.notices, id: \.self) { MessageText(text: $0, isError: false) }
                Text(state.summary).font(.body.italic())
                ForEach(Array(state.blocks.enumerated()), id: \.offset) { _, block in
                    BlockView(block: block)
                }
                Text(state.lastVerifiedText).font(.footnote)
                if !state.sources.isEmpty {
                    Text(state.sourcesLabel).font(.headline)
                    ForEach(state.sources, id: \.self) { Text($0).font(.footnote) }
                }
            }
            .padding()
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .toolbar {
            if Speaker.hasVoice(for: state.language) {
                Button(state.speech == nil ? state.readAloudLabel : state.stopReadingLabel) {
                    state.speech == nil ? model.readAloud() : model.stopReading()
                }
                .touchTarget()
            }
        }
        .onChange(of: state.speech) { speech in
            if let speech { speaker.speak(speech.text, language: speech.language) } else { speaker.stop() }
        }
        .onDisappear { model.stopReading() }
        .task { await model.refresh() }
    }
}

/// A heading, paragraph or list of the core's article blocks.
struct BlockView: View {
    let block: GuideBlock

    var body: some View {
        switch block {
        case .heading(let spans): spansText(spans).font(.title3.bold()).accessibilityAddTraits(.isHeader)
        case .paragraph(let spans): spansText(spans).font(.body)
        case .bulletList(let items):
            VStack(alignment: .leading, spacing: 6) {
                ForEach(Array(items.enumerated()), id: \.offset) { _, item in
                    HStack(alignment: .firstTextBaseline) {
                        Text(verbatim: "•").accessibilityHidden(true)
                        spansText(item).font(.body)
                    }
                }
            }
        }
    }

    private func spansText(_ spans: [GuideSpan]) -> Text {
        spans.reduce(Text(verbatim: "")) { $0 + ($1.bold ? Text($1.text).bold() : Text($1.text)) }
    }
}
