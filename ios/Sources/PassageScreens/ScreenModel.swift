// PassageScreens: the screen-state models of the iOS app.
//
// One model per screen. A model holds exactly what its screen shows, as one
// immutable value (`state`), and has one method per user action. Everything
// the screen decides (which button is enabled, which error text shows, the
// wait countdown) is decided here or in the core; the SwiftUI views in
// ios/App only draw `state` and forward taps. Every visible text comes from
// the core's Fluent messages through `Texts`.
//
// Plain Swift and Foundation only (no UIKit, SwiftUI or Combine), so these
// models compile and are tested on Linux against the real core.

import Foundation

/// What every screen model offers a view: its state and a hook called on
/// every change (the SwiftUI side wraps it in an `ObservableObject`).
@MainActor
public protocol ScreenModel: AnyObject {
    associatedtype State: Equatable
    var state: State { get }
    var onChange: ((State) -> Void)? { get set }
}
