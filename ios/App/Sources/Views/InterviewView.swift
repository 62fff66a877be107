import PassageCore
import PassageScreens
import SwiftUI

/// Interview preparation: topics, my story in dates, the check, questions.
struct InterviewView: View {
    @StateObject private var screen: Observed<InterviewModel>
    @State private var draft = ""  // the text being typed before "Add"

    init(_ model: @autoclosure @escaping () -> InterviewModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            List {
                MessageText(text: state.error)
                Section(header: Text(state.topicsLabel)) {
                    ForEach(state.topics) { topic in
                        DisclosureGroup(topic.title) {
                            ForEach(topic.notes) { Text($0.text).font(.body) }
                            ModelField(label: state.addNoteLabel, value: draft) { draft = $0 }
                                .onSubmit { Task { await model.addNote(topic: topic.id, text: draft); draft = "" } }
                        }
                        .font(.body)
                    }
                }
                Section(header: Text(state.chronologyLabel)) {
                    ForEach(state.events) { event in
                        HStack {
                            Text(event.date).font(.body.monospacedDigit())
                                .environment(\.layoutDirection, .leftToRight)
                            VStack(alignment: .leading) {
                                Text(event.kindText).font(.caption)
                                Text(event.title).font(.body)
                            }
                            if event.flagged { Image(systemName: "exclamationmark.triangle").accessibilityHidden(true) }
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
                Section(header: Text(state.checkLabel)) {
                    Text(state.checkSummary).font(.body)
                    ForEach(Array(state.findings.enumerated()), id: \.offset) { _, finding in
                        Text(finding).font(.callout)
                    }
                }
                Section(header: Text(state.questionsLabel)) {
                    ForEach(state.questions) { question in
                        Toggle(isOn: Binding(get: { question.answered }, set: { answered in
                            Task { await model.setAnswered(question.questionId, answered) }
                        })) {
                            Text(question.question).font(.body)
                        }
                        .touchTarget()
                        .accessibilityHint(state.answeredLabel)
                    }
                }
                Section(header: Text(state.notesReviewLabel)) {
                    ForEach(state.corrections) { row in
                        HStack(alignment: .firstTextBaseline) {
                            Text(verbatim: row.placeText)
                                .font(.body.monospacedDigit()).environment(\.layoutDirection, .leftToRight)
                            Text(row.text).font(.body)
                        }
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
