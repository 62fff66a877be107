import Foundation
import PassageScreens
import UserNotifications

/// Schedules the core's reminders as local notifications. The texts come
/// from `ReminderPlanner`: the neutral app name and "You have something
/// planned on ..." in the person's language, never what the date is for.
/// Nothing leaves the phone (no push server).
@MainActor
final class ReminderScheduler {
    private let center = UNUserNotificationCenter.current()
    private let prefix = "reminder-"

    /// Replaces every pending Passage reminder with `planned`. Asks for
    /// permission the first time there is something to remind.
    func replace(with planned: [PlannedNotification]) async {
        let pending = await center.pendingNotificationRequests()
        center.removePendingNotificationRequests(
            withIdentifiers: pending.map(\.identifier).filter { $0.hasPrefix(prefix) })
        guard !planned.isEmpty else { return }
        guard (try? await center.requestAuthorization(options: [.alert, .sound, .badge])) == true else { return }
        for item in planned {
            let content = UNMutableNotificationContent()
            content.title = item.title
            content.body = item.body
            content.sound = .default
            let trigger = UNCalendarNotificationTrigger(dateMatching: item.fireDate, repeats: false)
            try? await center.add(UNNotificationRequest(identifier: item.id, content: content, trigger: trigger))
        }
    }
}
