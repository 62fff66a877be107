//! The procedure journal, its deadlines, next steps and reminders.
//!
//! Kinds, outcomes and roles cross as their stable text ids (as listed by
//! [`event_kinds`]); dates as ISO text (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`).
//! Every date a shell does not pass ("today") is Belgian local time from
//! the system clock; tests pass it explicitly.

use crate::ids::EventId;
use crate::vault::PassageVault;
use crate::PassageError;
use passage_core::clock::{brussels_today, SystemClock};
use passage_core::deadlines::{
    self as core_deadlines, DeadlineOptions, DeadlineStatus, DeadlineView, ReminderSettings,
};
use passage_core::journal::{self as core_journal, EventDate, JournalInput, Presence};
use passage_core::sensitive::UserText;
use passage_core::vault::Stored;

/// One kind of journal event.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EventKindInfo {
    /// Stable id, e.g. `personal-interview`.
    pub id: String,
    /// Plain English label (translated labels come from the UI strings,
    /// message `event-kind-<id>`).
    pub label: String,
}

/// Every event kind the journal knows, in procedure order.
#[uniffi::export]
pub fn event_kinds() -> Vec<EventKindInfo> {
    core_deadlines::EventKind::all()
        .iter()
        .map(|k| EventKindInfo {
            id: k.id().to_string(),
            label: k.label().to_string(),
        })
        .collect()
}

/// What the person enters to add or change an event.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEventInput {
    /// An id from [`event_kinds`].
    pub kind: String,
    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (Belgian time).
    pub date: String,
    #[uniffi(default = "")]
    pub note: String,
    /// The deadline printed on the letter, `YYYY-MM-DD`. It always prevails.
    #[uniffi(default = None)]
    pub official_deadline: Option<String>,
    /// For a decision or recognition: `refugee-status`,
    /// `subsidiary-protection`, `refusal`, `inadmissible`,
    /// `manifestly-unfounded`.
    #[uniffi(default = None)]
    pub outcome: Option<String>,
    /// The letter came by registered post (`date` is the posting date).
    #[uniffi(default = false)]
    pub registered_letter: bool,
    /// For an interview: was it audio-recorded?
    #[uniffi(default = None)]
    pub recorded: Option<bool>,
    /// `interpreter`, `lawyer`, `trusted-person`, `social-worker`.
    #[uniffi(default = [])]
    pub present: Vec<String>,
}

/// A stored journal event.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JournalEntry {
    pub id: EventId,
    pub kind: String,
    pub kind_label: String,
    pub date: String,
    pub note: String,
    pub official_deadline: Option<String>,
    pub outcome: Option<String>,
    pub registered_letter: bool,
    pub recorded: Option<bool>,
    pub present: Vec<String>,
    /// When it was moved to the trash (ISO), if it is there.
    pub trashed_at: Option<String>,
}

fn entry(e: Stored<core_journal::JournalEvent>) -> JournalEntry {
    let v = e.value;
    JournalEntry {
        id: EventId {
            value: e.id.to_string(),
        },
        kind: v.kind.id().to_string(),
        kind_label: v.kind.label().to_string(),
        date: v.date.to_string().replace(' ', "T"),
        note: v.note.as_str().to_string(),
        official_deadline: v.official_deadline.map(|d| d.to_string()),
        outcome: v.outcome.map(|o| o.to_string()),
        registered_letter: v.registered_letter,
        recorded: v.recorded,
        present: v
            .present
            .iter()
            .map(|p| match p {
                Presence::Interpreter => "interpreter",
                Presence::Lawyer => "lawyer",
                Presence::TrustedPerson => "trusted-person",
                Presence::SocialWorker => "social-worker",
                Presence::Other(_) => "other",
            })
            .map(str::to_string)
            .collect(),
        trashed_at: e.trashed.map(|t| t.to_rfc3339()),
    }
}

fn input(i: JournalEventInput) -> Result<JournalInput, PassageError> {
    let kind = i
        .kind
        .parse::<core_deadlines::EventKind>()
        .map_err(passage_core::Error::from)?;
    let mut out = JournalInput::new(kind, EventDate::parse(&i.date, "date")?);
    out.note = UserText::new(i.note);
    out.official_deadline = i
        .official_deadline
        .map(|d| core_journal::parse_date(&d, "official deadline"))
        .transpose()?;
    out.outcome = i
        .outcome
        .map(|o| {
            o.parse::<core_deadlines::DecisionOutcome>()
                .map_err(passage_core::Error::from)
        })
        .transpose()?;
    out.registered_letter = i.registered_letter;
    out.recorded = i.recorded;
    out.present = i
        .present
        .iter()
        .map(|p| Presence::parse(p))
        .collect::<Result<_, _>>()?;
    Ok(out)
}

pub(crate) fn resolve_today(given: Option<String>) -> Result<chrono::NaiveDate, PassageError> {
    match given {
        Some(t) => Ok(core_journal::parse_date(&t, "today")?),
        None => Ok(brussels_today(&SystemClock)),
    }
}

fn event_id(id: &EventId) -> Result<core_journal::EventId, PassageError> {
    Ok(id.value.parse()?)
}

/// The state of a deadline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DeadlineState {
    Upcoming {
        days_left: i64,
    },
    DueSoon {
        days_left: i64,
    },
    DueToday,
    Overdue {
        days_late: i64,
    },
    /// The date of an aim or a right has passed (nothing is late).
    Passed,
    /// The follow-up was recorded on `on` (ISO date).
    Met {
        on: String,
        late: bool,
    },
    NotApplicable,
}

impl From<&DeadlineStatus> for DeadlineState {
    fn from(s: &DeadlineStatus) -> Self {
        match s {
            DeadlineStatus::Upcoming { days_left } => DeadlineState::Upcoming {
                days_left: *days_left,
            },
            DeadlineStatus::DueSoon { days_left } => DeadlineState::DueSoon {
                days_left: *days_left,
            },
            DeadlineStatus::DueToday => DeadlineState::DueToday,
            DeadlineStatus::Overdue { days_late } => DeadlineState::Overdue {
                days_late: *days_late,
            },
            DeadlineStatus::Passed => DeadlineState::Passed,
            DeadlineStatus::Met { on, late } => DeadlineState::Met {
                on: on.to_string(),
                late: *late,
            },
            DeadlineStatus::NotApplicable { .. } => DeadlineState::NotApplicable,
        }
    }
}

/// A deadline that follows from the journal, with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Deadline {
    pub rule_id: String,
    /// The rule's English title (translated: `deadlines_in`).
    pub title: String,
    /// The journal event that started it.
    pub event_id: EventId,
    /// The date the engine computed (ISO).
    pub computed_due: String,
    /// The date printed on the letter, if the person entered it.
    pub official_due: Option<String>,
    /// The date to act on: the letter's if given, else the computed one.
    pub effective_due: String,
    /// Letter date minus computed date, in days, when both exist.
    pub difference_days: Option<i64>,
    pub state: DeadlineState,
    /// `high`, `medium` or `low`.
    pub confidence: String,
    /// False for aims and targets of the authorities.
    pub binding: bool,
    /// True where the sources are not verified.
    pub unverified: bool,
    /// The explanation, one plain sentence per line, in English (for
    /// logs and tests; screens use `deadlines_in`, which gives it in the
    /// reader's language).
    pub explanation: Vec<String>,
}

pub(crate) fn deadline(d: &DeadlineView) -> Deadline {
    let c = &d.deadline;
    Deadline {
        rule_id: d.rule_id.clone(),
        title: d.title.clone(),
        event_id: EventId {
            value: d.event_id.clone(),
        },
        computed_due: c.due.to_string(),
        official_due: c.official.map(|o| o.to_string()),
        effective_due: c.effective_due.to_string(),
        difference_days: c.difference_days,
        state: (&d.status).into(),
        confidence: format!("{:?}", c.confidence).to_lowercase(),
        binding: c.binding,
        unverified: c.unverified,
        explanation: c.explanation.english_lines(),
    }
}

/// Where the person stands and what comes next (the home screen).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NextSteps {
    /// Stage id, e.g. `interview-planned`, `negative-decision`.
    pub stage: String,
    /// Open deadlines, soonest first.
    pub open_deadlines: Vec<Deadline>,
    /// Guide article slugs to read now.
    pub read_now: Vec<String>,
    /// Show the interview preparation and the interview-day checklist.
    pub prepare_interview: bool,
    /// Checklist template ids suggested for this stage, not yet on the list.
    pub documents_to_gather: Vec<String>,
}

/// A reminder for the shell to schedule with the OS.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScheduledReminder {
    /// Local Belgian time, `YYYY-MM-DDTHH:MM`.
    pub at: String,
    /// The day of the deadline or appointment.
    pub date: String,
    /// The text to show: neutral (safe on a lock screen) unless detailed
    /// text was asked for.
    pub text: String,
}

#[uniffi::export]
impl PassageVault {
    /// Adds an event. `today` (ISO) decides what counts as the future;
    /// leave it out to use today's date in Belgium.
    #[uniffi::method(default(today = None))]
    pub fn journal_add(
        &self,
        event: JournalEventInput,
        today: Option<String>,
    ) -> Result<EventId, PassageError> {
        let id = core_journal::add(self.core(), input(event)?, resolve_today(today)?)?;
        Ok(EventId {
            value: id.to_string(),
        })
    }

    /// Replaces an event's content.
    #[uniffi::method(default(today = None))]
    pub fn journal_edit(
        &self,
        id: EventId,
        event: JournalEventInput,
        today: Option<String>,
    ) -> Result<(), PassageError> {
        Ok(core_journal::edit(
            self.core(),
            &event_id(&id)?,
            input(event)?,
            resolve_today(today)?,
        )?)
    }

    /// Moves an event to the trash (restorable).
    pub fn journal_delete(&self, id: EventId) -> Result<(), PassageError> {
        Ok(core_journal::delete(self.core(), &event_id(&id)?)?)
    }

    /// Brings an event back from the trash.
    pub fn journal_restore(&self, id: EventId) -> Result<(), PassageError> {
        Ok(core_journal::restore(self.core(), &event_id(&id)?)?)
    }

    /// The timeline, oldest first.
    pub fn journal_timeline(&self) -> Result<Vec<JournalEntry>, PassageError> {
        Ok(core_journal::timeline(self.core())?
            .into_iter()
            .map(entry)
            .collect())
    }

    /// Events in the trash.
    pub fn journal_trash(&self) -> Result<Vec<JournalEntry>, PassageError> {
        Ok(core_journal::trash(self.core())?
            .into_iter()
            .map(entry)
            .collect())
    }

    /// Every deadline that follows from the journal (met and
    /// not-applicable ones included), soonest first.
    #[uniffi::method(default(today = None))]
    pub fn deadlines(&self, today: Option<String>) -> Result<Vec<Deadline>, PassageError> {
        let mut views = core_journal::deadlines(
            self.core(),
            resolve_today(today)?,
            DeadlineOptions::default(),
        )?;
        views.sort_by_key(|d| d.deadline.effective_due);
        Ok(views.iter().map(deadline).collect())
    }

    /// Where the person stands in the procedure and what comes next.
    #[uniffi::method(default(today = None))]
    pub fn next_steps(&self, today: Option<String>) -> Result<NextSteps, PassageError> {
        let n = core_journal::where_am_i(
            self.core(),
            resolve_today(today)?,
            DeadlineOptions::default(),
        )?;
        Ok(NextSteps {
            stage: n.stage.id().to_string(),
            open_deadlines: n.open_deadlines.iter().map(deadline).collect(),
            read_now: n.read_now,
            prepare_interview: n.prepare_interview,
            documents_to_gather: n.documents_to_gather,
        })
    }

    /// The reminders to schedule from `today` on. Texts are neutral
    /// ("You have something planned on ...") unless `detailed` is true.
    #[uniffi::method(default(today = None))]
    pub fn reminders(
        &self,
        detailed: bool,
        today: Option<String>,
    ) -> Result<Vec<ScheduledReminder>, PassageError> {
        let today = resolve_today(today)?;
        let events = core_journal::timeline(self.core())?;
        let inputs = core_journal::deadline_inputs(&events);
        let views =
            core_deadlines::deadlines_for_events(&inputs, today, DeadlineOptions::default())?;
        let settings = ReminderSettings {
            detailed,
            ..ReminderSettings::default()
        };
        let now = today.and_hms_opt(0, 0, 0).unwrap_or_default();
        Ok(
            core_deadlines::reminder_schedule(&views, &inputs, now, &settings)
                .into_iter()
                .map(|r| ScheduledReminder {
                    at: r.at.format("%Y-%m-%dT%H:%M").to_string(),
                    date: r.date.to_string(),
                    text: r.text,
                })
                .collect(),
        )
    }
}
