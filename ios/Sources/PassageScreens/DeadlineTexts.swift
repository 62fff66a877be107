import Foundation
import PassageCore

/// The words for a deadline, shared by home and the deadline detail: its
/// translated title (message `deadline-rule-<id>`) and its status
/// (`deadline-status-...`).
extension Texts {
    func deadlineTitle(_ deadline: Deadline) -> String {
        localized("deadline-rule-\(deadline.ruleId)")?.text ?? deadline.title
    }

    /// Nil for a rule that does not apply (the FFI does not say why).
    func deadlineStatus(_ state: DeadlineState) -> String? {
        func days(_ n: Int64) -> UiArg { .number(name: "days", value: Double(n)) }
        switch state {
        case .upcoming(let left): return self("deadline-status-upcoming", days(left))
        case .dueSoon(let left): return self("deadline-status-due-soon", days(left))
        case .dueToday: return self("deadline-status-due-today")
        case .overdue(let late): return self("deadline-status-overdue", days(late))
        case .passed: return self("deadline-status-passed")
        case .met(let on, let late):
            return self(late ? "deadline-status-met-late" : "deadline-status-met", .date(name: "date", value: on))
        case .notApplicable: return nil
        }
    }
}

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
