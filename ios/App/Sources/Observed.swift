import PassageCore
import PassageScreens
import SwiftUI

/// The one bridge from a screen model to SwiftUI: republishes the model's
/// state. Views read `state` and call `model`'s methods; nothing else.
@MainActor
final class Observed<Model: ScreenModel>: ObservableObject {
    let model: Model
    @Published private(set) var state: Model.State

    init(_ model: Model) {
        self.model = model
        state = model.state
        model.onChange = { [weak self] in self?.state = $0 }
    }
}

extension WritingDirection {
    /// SwiftUI's layout direction for the core's writing direction.
    var layout: LayoutDirection { self == .rtl ? .rightToLeft : .leftToRight }
}
