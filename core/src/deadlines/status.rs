//! The status of a deadline on a given day.

use chrono::NaiveDate;
use serde::Serialize;

use super::event_kind::EventKind;
use super::message::{Arg, Message};
use super::rules::DeadlineKind;

/// Default number of days before the date that counts as "due soon".
pub const DEFAULT_DUE_SOON_DAYS: u32 = 7;

/// Where a deadline stands on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum DeadlineStatus {
    /// More than `due_soon_days` days left.
    Upcoming { days_left: i64 },
    /// 1 to `due_soon_days` days left.
    DueSoon { days_left: i64 },
    /// Today is the last day.
    DueToday,
    /// An act-by deadline passed without a follow-up event.
    Overdue { days_late: i64 },
    /// The date of an aim, a right or a validity has passed (nothing is
    /// "late" for the person).
    Passed,
    /// A follow-up event happened; `late` if after the effective date.
    Met { on: NaiveDate, late: bool },
    /// The rule does not apply to this person.
    NotApplicable { reason: NotApplicableReason },
}

/// Why a rule does not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum NotApplicableReason {
    /// The application date is outside the rule's validity period.
    OutsideValidity {
        application_date: NaiveDate,
        applies_from: Option<NaiveDate>,
        applies_until: Option<NaiveDate>,
    },
    /// Only for people held in a closed centre.
    OnlyIfDetained,
    /// Only for people not held in a closed centre.
    OnlyIfNotDetained,
    /// An event ended the rule before its date.
    CancelledBy { event: EventKind, on: NaiveDate },
}

impl DeadlineStatus {
    /// Stable kebab-case id.
    pub fn id(&self) -> &'static str {
        match self {
            DeadlineStatus::Upcoming { .. } => "upcoming",
            DeadlineStatus::DueSoon { .. } => "due-soon",
            DeadlineStatus::DueToday => "due-today",
            DeadlineStatus::Overdue { .. } => "overdue",
            DeadlineStatus::Passed => "passed",
            DeadlineStatus::Met { .. } => "met",
            DeadlineStatus::NotApplicable { .. } => "not-applicable",
        }
    }

    /// Still open: upcoming, due soon or due today.
    pub fn is_open(&self) -> bool {
        matches!(
            self,
            DeadlineStatus::Upcoming { .. }
                | DeadlineStatus::DueSoon { .. }
                | DeadlineStatus::DueToday
        )
    }

    /// Fluent message (in `deadlines.ftl`) describing the status.
    pub fn message(&self) -> Message {
        match self {
            DeadlineStatus::Upcoming { days_left } => {
                Message::new("deadline-status-upcoming").arg("days", Arg::Number(*days_left))
            }
            DeadlineStatus::DueSoon { days_left } => {
                Message::new("deadline-status-due-soon").arg("days", Arg::Number(*days_left))
            }
            DeadlineStatus::DueToday => Message::new("deadline-status-due-today"),
            DeadlineStatus::Overdue { days_late } => {
                Message::new("deadline-status-overdue").arg("days", Arg::Number(*days_late))
            }
            DeadlineStatus::Passed => Message::new("deadline-status-passed"),
            DeadlineStatus::Met { on, late: false } => {
                Message::new("deadline-status-met").arg("date", Arg::Date(*on))
            }
            DeadlineStatus::Met { on, late: true } => {
                Message::new("deadline-status-met-late").arg("date", Arg::Date(*on))
            }
            DeadlineStatus::NotApplicable { reason } => match reason {
                NotApplicableReason::OutsideValidity { .. } => {
                    Message::new("deadline-status-not-applicable-validity")
                }
                NotApplicableReason::OnlyIfDetained => {
                    Message::new("deadline-status-not-applicable-detained")
                }
                NotApplicableReason::OnlyIfNotDetained => {
                    Message::new("deadline-status-not-applicable-not-detained")
                }
                NotApplicableReason::CancelledBy { event, on } => {
                    Message::new("deadline-status-not-applicable-cancelled")
                        .arg("event", Arg::Message(event.message_id()))
                        .arg("date", Arg::Date(*on))
                }
            },
        }
    }
}

/// The date-based status of an open deadline (no follow-up event, rule
/// applicable) whose effective date is `due`.
pub fn date_status(
    kind: DeadlineKind,
    due: NaiveDate,
    today: NaiveDate,
    due_soon_days: u32,
) -> DeadlineStatus {
    let days_left = (due - today).num_days();
    if days_left > i64::from(due_soon_days) {
        DeadlineStatus::Upcoming { days_left }
    } else if days_left > 0 {
        DeadlineStatus::DueSoon { days_left }
    } else if days_left == 0 {
        DeadlineStatus::DueToday
    } else if kind == DeadlineKind::ActBy {
        DeadlineStatus::Overdue {
            days_late: -days_left,
        }
    } else {
        DeadlineStatus::Passed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn date_status_boundaries() {
        let due = d(2026, 3, 20);
        let s = |today| date_status(DeadlineKind::ActBy, due, today, 7);
        assert_eq!(s(d(2026, 3, 12)), DeadlineStatus::Upcoming { days_left: 8 });
        assert_eq!(s(d(2026, 3, 13)), DeadlineStatus::DueSoon { days_left: 7 });
        assert_eq!(s(d(2026, 3, 19)), DeadlineStatus::DueSoon { days_left: 1 });
        assert_eq!(s(d(2026, 3, 20)), DeadlineStatus::DueToday);
        assert_eq!(s(d(2026, 3, 21)), DeadlineStatus::Overdue { days_late: 1 });
        assert_eq!(
            date_status(DeadlineKind::DecisionBy, due, d(2026, 3, 21), 7),
            DeadlineStatus::Passed
        );
        // Configurable due-soon window.
        assert_eq!(
            date_status(DeadlineKind::ActBy, due, d(2026, 3, 13), 3),
            DeadlineStatus::Upcoming { days_left: 7 }
        );
    }
}
