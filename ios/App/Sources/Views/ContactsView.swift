import PassageCore
import PassageScreens
import SwiftUI

/// Contacts; "Call" opens the phone app with the model's tel: link.
struct ContactsView: View {
    @StateObject private var screen: Observed<ContactsModel>

    init(_ model: @autoclosure @escaping () -> ContactsModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        List {
            MessageText(text: state.error)
            ForEach(state.contacts) { contact in
                VStack(alignment: .leading, spacing: 4) {
                    Text(contact.name).font(.headline)
                    Text(contact.text).font(.callout)
                    if let address = contact.address { Text(address).font(.footnote) }
                    if let hours = contact.hours { Text(hours).font(.footnote) }
                    if let uri = contact.callURI, let url = URL(string: uri), let phone = contact.phone {
                        Link(destination: url) {
                            Label(state.callLabel, systemImage: "phone").font(.body).touchTarget()
                        }
                        .accessibilityLabel("\(state.callLabel) \(contact.name), \(phone)")
                    }
                }
                .environment(\.layoutDirection, contact.direction.layout)
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .task { await screen.model.refresh() }
    }
}
