import Foundation
import PassageCore

/// One local notification for the platform to schedule.
public struct PlannedNotification: Equatable, Sendable, Identifiable {
    /// Stable for the same reminder, so rescheduling replaces it.
    public let id: String
    /// When, in Belgian local time (`timeZone` Europe/Brussels).
    public let fireDate: DateComponents
    /// The neutral app name ("Notes"): safe on a lock screen.
    public let title: String
    /// "You have something planned on ..." in the person's language: never
    /// what the date is for.
    public let body: String
}

/// Turns the core's reminder schedule into notifications with neutral text
/// only: a lock screen can be seen by anyone holding the phone.
public enum ReminderPlanner {
    public static let timeZone = TimeZone(identifier: "Europe/Brussels") ?? TimeZone.current

    /// The notifications to schedule from `today` on (nil: the core's
    /// Belgian today).
    public static func plan(vault: PassageVault, texts: Texts, today: String?) throws -> [PlannedNotification] {
        try vault.reminders(detailed: false, today: today).compactMap { reminder in
            guard let at = components(reminder.at), let day = components(reminder.date) else { return nil }
            let body: String
            switch daysBetween(at, day) {
            case 0: body = texts("reminder-neutral-today")
            case 1: body = texts("reminder-neutral-tomorrow")
            default: body = texts("reminder-neutral", .date(name: "date", value: reminder.date))
            }
            return PlannedNotification(
                id: "reminder-\(reminder.at)-\(reminder.date)", fireDate: at, title: texts("app-name-neutral"),
                body: body)
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` as Brussels date components.
    static func components(_ iso: String) -> DateComponents? {
        let parts = iso.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 3 || parts.count == 5 else { return nil }
        var c = DateComponents()
        c.calendar = Calendar(identifier: .gregorian)
        c.timeZone = timeZone
        c.year = parts[0]
        c.month = parts[1]
        c.day = parts[2]
        if parts.count == 5 {
            c.hour = parts[3]
            c.minute = parts[4]
        }
        return c
    }

    private static func daysBetween(_ from: DateComponents, _ to: DateComponents) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = DateComponents(year: from.year, month: from.month, day: from.day)
        let end = DateComponents(year: to.year, month: to.month, day: to.day)
        return calendar.dateComponents([.day], from: start, to: end).day ?? 2
    }
}
