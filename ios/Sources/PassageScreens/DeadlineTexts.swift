import Foundation
import PassageCore

// The texts of a deadline (title, status, explanation) come from the core
// in the reader's language (`deadlinesIn`); what is left here is screen
// logic on the state.

extension DeadlineState {
    /// Still to act on: shown on home.
    var isOpen: Bool {
        switch self {
        case .upcoming, .dueSoon, .dueToday, .overdue: return true
        case .passed, .met, .notApplicable: return false
        }
    }

    /// Needs attention now (drawn in a stronger style).
    var isUrgent: Bool {
        switch self {
        case .dueSoon, .dueToday, .overdue: return true
        default: return false
        }
    }
}
