//! The reminder schedule (pure): when to remind the person of open
//! deadlines and appointments, and what the notification says.
//!
//! Times are naive local times in Europe/Brussels; `now` is a parameter.
//! By default a notification is neutral ("You have something planned on
//! ..."), because a lock screen can be seen by others; the detailed text
//! is used only when [`ReminderSettings::detailed`] is on. The English
//! texts are in `content/i18n/en/reminders.ftl`.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use super::event_kind::EventKind;
use super::from_events::{DeadlineView, EventInput};
use super::message::{english_date, Arg, Message};
use super::rules::DeadlineKind;

/// Reminder settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderSettings {
    /// Show what the reminder is about (off by default: neutral text).
    pub detailed: bool,
    /// Days before a deadline to remind (the morning of the last day is
    /// always added). Default: 7 and 2.
    pub deadline_days_before: Vec<u32>,
    /// Local time of the morning reminders. Default 08:00.
    pub morning: NaiveTime,
    /// Local time of the reminder the day before an appointment.
    /// Default 18:00.
    pub evening: NaiveTime,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            detailed: false,
            deadline_days_before: vec![7, 2],
            morning: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
            evening: NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// What a reminder is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ReminderSource {
    Deadline { rule_id: String, event_id: String },
    Appointment { event_id: String, kind: EventKind },
}

/// One scheduled reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    /// When to show it (naive local time, Europe/Brussels).
    pub at: NaiveDateTime,
    /// The day of the deadline or appointment.
    pub date: NaiveDate,
    /// `date` minus the day of `at`.
    pub days_before: u32,
    /// What it is about. Several deadlines or appointments at the same
    /// time with the same text share one reminder.
    pub sources: Vec<ReminderSource>,
    /// Neutral text, safe for a lock screen.
    pub neutral: Message,
    /// Detailed text, only when the `detailed` setting is on.
    pub detailed: Option<Message>,
    /// The English text to show (detailed if on, else neutral).
    pub text: String,
}

/// Kinds of events that are appointments to remind of.
pub fn is_appointment(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Appointment | EventKind::PersonalInterview | EventKind::CallHearing
    )
}

/// The reminders still to come after `now`, sorted by time.
///
/// - Deadlines: only open act-by deadlines (upcoming, due soon, due
///   today); at `morning` on each of `deadline_days_before` days before the
///   effective date and on the last day itself.
/// - Appointments ([`is_appointment`] events): at `evening` the day
///   before and at `morning` on the day.
/// - Reminders before `now` are skipped.
pub fn reminder_schedule(
    deadlines: &[DeadlineView],
    events: &[EventInput],
    now: NaiveDateTime,
    settings: &ReminderSettings,
) -> Vec<Reminder> {
    let mut out: Vec<Reminder> = Vec::new();
    for d in deadlines {
        if d.kind != DeadlineKind::ActBy || !d.status.is_open() {
            continue;
        }
        let date = d.deadline.effective_due;
        let mut offsets = settings.deadline_days_before.clone();
        offsets.push(0);
        for days_before in offsets {
            let source = ReminderSource::Deadline {
                rule_id: d.rule_id.clone(),
                event_id: d.event_id.clone(),
            };
            let detail = |id: &str| {
                Message::new(id)
                    .arg(
                        "title",
                        Arg::Message(format!("deadline-rule-{}", d.rule_id)),
                    )
                    .arg("date", Arg::Date(date))
            };
            let detailed_msg = if days_before == 0 {
                detail("reminder-deadline-today")
            } else {
                detail("reminder-deadline")
            };
            let detailed_text = if days_before == 0 {
                format!("Today is the last day for: {}.", d.title)
            } else {
                format!("Last day for: {}. Date: {}.", d.title, english_date(date))
            };
            push(
                &mut out,
                settings,
                now,
                date,
                days_before,
                settings.morning,
                source,
                (detailed_msg, detailed_text),
            );
        }
    }
    for e in events.iter().filter(|e| is_appointment(e.kind)) {
        for (days_before, time) in [(1, settings.evening), (0, settings.morning)] {
            let source = ReminderSource::Appointment {
                event_id: e.id.clone(),
                kind: e.kind,
            };
            let detailed = if days_before == 0 {
                (
                    Message::new("reminder-appointment-today")
                        .arg("event", Arg::Message(e.kind.message_id())),
                    format!("Today: {}.", e.kind.label()),
                )
            } else {
                (
                    Message::new("reminder-appointment")
                        .arg("event", Arg::Message(e.kind.message_id()))
                        .arg("date", Arg::Date(e.date)),
                    format!("{}: {}.", e.kind.label(), english_date(e.date)),
                )
            };
            push(
                &mut out,
                settings,
                now,
                e.date,
                days_before,
                time,
                source,
                detailed,
            );
        }
    }
    out.sort_by(|a, b| (a.at, &a.text).cmp(&(b.at, &b.text)));
    // One notification per time and text; keep every source.
    let mut merged: Vec<Reminder> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if last.at == r.at && last.text == r.text => {
                last.sources.extend(r.sources);
            }
            _ => merged.push(r),
        }
    }
    merged
}

/// The neutral message for a reminder `days_before` days before `date`.
pub fn neutral_message(date: NaiveDate, days_before: u32) -> (Message, String) {
    match days_before {
        0 => (
            Message::new("reminder-neutral-today"),
            "You have something planned today.".to_string(),
        ),
        1 => (
            Message::new("reminder-neutral-tomorrow"),
            "You have something planned tomorrow.".to_string(),
        ),
        _ => (
            Message::new("reminder-neutral").arg("date", Arg::Date(date)),
            format!("You have something planned on {}.", english_date(date)),
        ),
    }
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Reminder>,
    settings: &ReminderSettings,
    now: NaiveDateTime,
    date: NaiveDate,
    days_before: u32,
    time: NaiveTime,
    source: ReminderSource,
    detailed: (Message, String),
) {
    let Some(day) = date.checked_sub_days(Days::new(u64::from(days_before))) else {
        return;
    };
    let at = day.and_time(time);
    if at < now {
        return;
    }
    let (neutral, neutral_text) = neutral_message(date, days_before);
    let (detailed, text) = if settings.detailed {
        (Some(detailed.0), detailed.1)
    } else {
        (None, neutral_text)
    };
    out.push(Reminder {
        at,
        date,
        days_before,
        sources: vec![source],
        neutral,
        detailed,
        text,
    });
}
