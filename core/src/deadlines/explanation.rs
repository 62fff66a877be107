//! Explanations a person can follow: a list of structured steps.
//!
//! Every step has a stable Fluent message id and named arguments
//! ([`Step::message`]); the English texts are in
//! `content/i18n/en/deadlines.ftl`. [`Step::english`] renders the same text
//! with built-in formatting, and a test keeps both in sync.

use chrono::NaiveDate;
use serde::Serialize;

use super::event_kind::EventKind;
use super::message::{english_date, plural, Arg, Message};
use super::rules::{Confidence, Detention};
use crate::calendar::{Holiday, NonWorkingReason};

/// One step of an explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The event that starts the period.
    Trigger { event: EventKind, date: NaiveDate },
    /// Notified by registered letter: counts as received on the 3rd
    /// working day after posting (Judicial Code art. 53bis; low confidence
    /// for the Aliens Act).
    RegisteredLetter {
        posted: NaiveDate,
        counted: [NaiveDate; 3],
        notified: NaiveDate,
    },
    /// The rule and where it comes from.
    RuleSource {
        rule_id: String,
        title: String,
        sources: Vec<String>,
    },
    /// Counting in working days starts on `start` (the day after).
    WorkingDays { days: u32, start: NaiveDate },
    /// What a working day is, and that the Aliens Act is unverified.
    WorkingDayDefinition,
    /// A legal holiday on a weekday that does not count.
    HolidaySkipped { date: NaiveDate, holiday: Holiday },
    /// Counting in calendar days starts on `start` (the day after).
    CalendarDays { days: u32, start: NaiveDate },
    /// A month period from `start` to `end` (art. 54).
    Months {
        months: u32,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// The target month has no day `day`; the period ends on its last day.
    MonthEndAdjusted { day: u32, end: NaiveDate },
    /// The last day was not a working day and moved (art. 53).
    LastDayMoved {
        last_day: NaiveDate,
        reason: NonWorkingReason,
        moved_to: NaiveDate,
    },
    /// The moving rule is for court acts: to be safe, act by `last_day`.
    CourtRuleOnly { last_day: NaiveDate },
    /// A window before an event date.
    WindowBefore {
        opens_days: u32,
        closes_days: u32,
        event_date: NaiveDate,
        opens: NaiveDate,
        closes: NaiveDate,
    },
    /// The last day of a window before an event is not a working day.
    WindowEndsOnClosedDay {
        date: NaiveDate,
        reason: NonWorkingReason,
    },
    /// No fixed period; we suggest the next working day.
    AsSoonAsPossible { suggested: NaiveDate },
    /// A figure some sources give that nobody verified.
    UnverifiedFigure { days: u32, date: NaiveDate },
    /// The computed date.
    ComputedDate { date: NaiveDate },
    /// Kind right-from: the right can start on `date`.
    RightStarts { date: NaiveDate },
    /// Kind decision-by: the date is for the authority.
    AuthorityDeadline,
    /// Kind valid-until: the last day something is valid.
    ValidUntil { date: NaiveDate },
    /// binding: no.
    NotBinding,
    /// unverified: yes.
    Unverified,
    /// How sure the sources are.
    Confidence { level: Confidence },
    /// sources-disagree: yes.
    SourcesDisagree,
    /// Another rule may apply to the same event (several readings).
    OtherReading { rule_id: String, title: String },
    /// The decision outcome was not entered; the usual rule is shown.
    OutcomeUnknown,
    /// The rule applies only with or without detention.
    DetentionCondition { detention: Detention },
    /// Validity period of the rule (application dates, inclusive).
    Validity {
        from: Option<NaiveDate>,
        until: Option<NaiveDate>,
    },
    /// The rule has a validity period and the application date is unknown.
    ApplicationDateUnknown,
    /// The application date is outside the validity period.
    OutsideValidity { application_date: NaiveDate },
    /// An official date was entered; `difference` = official - computed.
    OfficialDate { date: NaiveDate, difference: i64 },
    /// The date on the letter always prevails.
    LetterPrevails,
}

fn reason_message_id(r: NonWorkingReason) -> String {
    match r {
        NonWorkingReason::Saturday => "weekday-saturday".into(),
        NonWorkingReason::Sunday => "weekday-sunday".into(),
        NonWorkingReason::Holiday(h) => h.message_id(),
    }
}

fn reason_english(r: NonWorkingReason) -> &'static str {
    match r {
        NonWorkingReason::Saturday => "Saturday",
        NonWorkingReason::Sunday => "Sunday",
        NonWorkingReason::Holiday(h) => h.name(),
    }
}

/// The sources as a person reads them (titles of bundled documents, web
/// addresses as they are), separated by "; " since titles contain commas.
fn readable_sources(sources: &[String]) -> String {
    sources
        .iter()
        .map(|s| crate::sources::describe(s))
        .collect::<Vec<_>>()
        .join("; ")
}

fn days_arg(n: u32) -> Arg {
    Arg::Number(i64::from(n))
}

impl Step {
    /// The Fluent message id and named arguments of this step.
    pub fn message(&self) -> Message {
        use Arg::{Date, Message as Msg, Text};
        match self {
            Step::Trigger { event, date } => Message::new("deadline-step-trigger")
                .arg("event", Msg(event.message_id()))
                .arg("date", Date(*date)),
            Step::RegisteredLetter {
                posted,
                counted,
                notified,
            } => Message::new("deadline-step-registered-letter")
                .arg("posted", Date(*posted))
                .arg("day1", Date(counted[0]))
                .arg("day2", Date(counted[1]))
                .arg("day3", Date(counted[2]))
                .arg("notified", Date(*notified)),
            Step::RuleSource {
                rule_id, sources, ..
            } => Message::new("deadline-step-rule")
                .arg("rule", Msg(format!("deadline-rule-{rule_id}")))
                .arg("sources", Text(readable_sources(sources))),
            Step::WorkingDays { days, start } => Message::new("deadline-step-working-days")
                .arg("days", days_arg(*days))
                .arg("start", Date(*start)),
            Step::WorkingDayDefinition => Message::new("deadline-step-working-day-definition"),
            Step::HolidaySkipped { date, holiday } => Message::new("deadline-step-holiday-skipped")
                .arg("date", Date(*date))
                .arg("holiday", Msg(holiday.message_id())),
            Step::CalendarDays { days, start } => Message::new("deadline-step-calendar-days")
                .arg("days", days_arg(*days))
                .arg("start", Date(*start)),
            Step::Months { months, start, end } => Message::new("deadline-step-months")
                .arg("months", days_arg(*months))
                .arg("start", Date(*start))
                .arg("end", Date(*end)),
            Step::MonthEndAdjusted { day, end } => Message::new("deadline-step-month-end")
                .arg("day", days_arg(*day))
                .arg("end", Date(*end)),
            Step::LastDayMoved {
                last_day,
                reason,
                moved_to,
            } => Message::new("deadline-step-last-day-moved")
                .arg("last", Date(*last_day))
                .arg("reason", Msg(reason_message_id(*reason)))
                .arg("moved", Date(*moved_to)),
            Step::CourtRuleOnly { last_day } => {
                Message::new("deadline-step-court-rule-only").arg("last", Date(*last_day))
            }
            Step::WindowBefore {
                opens_days,
                closes_days,
                event_date,
                opens,
                closes,
            } => Message::new("deadline-step-window-before")
                .arg("opens-days", days_arg(*opens_days))
                .arg("closes-days", days_arg(*closes_days))
                .arg("event-date", Date(*event_date))
                .arg("opens", Date(*opens))
                .arg("closes", Date(*closes)),
            Step::WindowEndsOnClosedDay { date, reason } => {
                Message::new("deadline-step-window-closed-day")
                    .arg("date", Date(*date))
                    .arg("reason", Msg(reason_message_id(*reason)))
            }
            Step::AsSoonAsPossible { suggested } => {
                Message::new("deadline-step-as-soon-as-possible").arg("date", Date(*suggested))
            }
            Step::UnverifiedFigure { days, date } => {
                Message::new("deadline-step-unverified-figure")
                    .arg("days", days_arg(*days))
                    .arg("date", Date(*date))
            }
            Step::ComputedDate { date } => {
                Message::new("deadline-step-computed-date").arg("date", Date(*date))
            }
            Step::RightStarts { date } => {
                Message::new("deadline-step-right-starts").arg("date", Date(*date))
            }
            Step::AuthorityDeadline => Message::new("deadline-step-authority"),
            Step::ValidUntil { date } => {
                Message::new("deadline-step-valid-until").arg("date", Date(*date))
            }
            Step::NotBinding => Message::new("deadline-step-not-binding"),
            Step::Unverified => Message::new("deadline-step-unverified"),
            Step::Confidence { level } => Message::new(match level {
                Confidence::High => "deadline-step-confidence-high",
                Confidence::Medium => "deadline-step-confidence-medium",
                Confidence::Low => "deadline-step-confidence-low",
            }),
            Step::SourcesDisagree => Message::new("deadline-step-sources-disagree"),
            Step::OtherReading { rule_id, .. } => Message::new("deadline-step-other-reading")
                .arg("rule", Msg(format!("deadline-rule-{rule_id}"))),
            Step::OutcomeUnknown => Message::new("deadline-step-outcome-unknown"),
            Step::DetentionCondition { detention } => Message::new(match detention {
                Detention::Detained => "deadline-step-only-detained",
                Detention::NotDetained => "deadline-step-only-not-detained",
            }),
            Step::Validity { from, until } => match (from, until) {
                (Some(f), Some(u)) => Message::new("deadline-step-validity-between")
                    .arg("from", Date(*f))
                    .arg("until", Date(*u)),
                (Some(f), None) => {
                    Message::new("deadline-step-validity-from").arg("from", Date(*f))
                }
                (None, Some(u)) => {
                    Message::new("deadline-step-validity-until").arg("until", Date(*u))
                }
                (None, None) => Message::new("deadline-step-validity-always"),
            },
            Step::ApplicationDateUnknown => Message::new("deadline-step-application-date-unknown"),
            Step::OutsideValidity { application_date } => {
                Message::new("deadline-step-outside-validity").arg("date", Date(*application_date))
            }
            Step::OfficialDate { date, difference } => {
                let id = match difference.signum() {
                    1 => "deadline-step-official-later",
                    -1 => "deadline-step-official-earlier",
                    _ => "deadline-step-official-same",
                };
                let m = Message::new(id).arg("date", Date(*date));
                if *difference == 0 {
                    m
                } else {
                    m.arg("days", Arg::Number(difference.abs()))
                }
            }
            Step::LetterPrevails => Message::new("deadline-step-letter-prevails"),
        }
    }

    /// The step in plain English (same text as `deadlines.ftl`).
    pub fn english(&self) -> String {
        let d = |x: &NaiveDate| english_date(*x);
        match self {
            Step::Trigger { event, date } => {
                format!("Start: {}, on {}.", event.label(), d(date))
            }
            Step::RegisteredLetter {
                posted,
                counted,
                notified,
            } => format!(
                "The letter was posted on {}. A registered letter counts as received on the 3rd working day after it was posted: {}, {}, {}. So we count from {}. This comes from a rule for courts. We are not sure it applies here.",
                d(posted),
                d(&counted[0]),
                d(&counted[1]),
                d(&counted[2]),
                d(notified)
            ),
            Step::RuleSource { title, sources, .. } => {
                format!("Rule: {title}. Source: {}.", readable_sources(sources))
            }
            Step::WorkingDays { days, start } => format!(
                "You have {}. We start counting on the next day, {}.",
                plural(i64::from(*days), "working day", "working days"),
                d(start)
            ),
            Step::WorkingDayDefinition => "Saturdays, Sundays and public holidays are not working days. We are not sure the asylum law counts the same way.".into(),
            Step::HolidaySkipped { date, holiday } => format!(
                "{} is a public holiday ({}). It does not count.",
                d(date),
                holiday.name()
            ),
            Step::CalendarDays { days, start } => format!(
                "You have {}. Weekends and holidays count too. Day 1 is the next day, {}.",
                plural(i64::from(*days), "day", "days"),
                d(start)
            ),
            Step::Months { months, start, end } => format!(
                "A period in months runs from a day to the day before the same day. It starts on {}. After {}, it ends on {}.",
                d(start),
                plural(i64::from(*months), "month", "months"),
                d(end)
            ),
            Step::MonthEndAdjusted { day, end } => format!(
                "That month has no day {day}. So the period ends on the last day of the month, {}.",
                d(end)
            ),
            Step::LastDayMoved {
                last_day,
                reason,
                moved_to,
            } => format!(
                "{} is not a working day ({}). The last day moves to the next working day, {}.",
                d(last_day),
                reason_english(*reason),
                d(moved_to)
            ),
            Step::CourtRuleOnly { last_day } => format!(
                "This moving rule is made for courts. To be safe, act by {}.",
                d(last_day)
            ),
            Step::WindowBefore {
                opens_days,
                closes_days,
                event_date,
                opens,
                closes,
            } => format!(
                "Do this between {opens_days} and {} before {}: from {} to {}.",
                plural(i64::from(*closes_days), "day", "days"),
                d(event_date),
                d(opens),
                d(closes)
            ),
            Step::WindowEndsOnClosedDay { date, reason } => format!(
                "{} is not a working day ({}). Offices are closed. Go before that day.",
                d(date),
                reason_english(*reason)
            ),
            Step::AsSoonAsPossible { suggested } => format!(
                "There is no fixed number of days. Act as soon as possible. We suggest the next working day, {}.",
                d(suggested)
            ),
            Step::UnverifiedFigure { days, date } => format!(
                "Some sources say you have {}. That would be {}. Nobody has checked this.",
                plural(i64::from(*days), "day", "days"),
                d(date)
            ),
            Step::ComputedDate { date } => format!("Our computed date: {}.", d(date)),
            Step::RightStarts { date } => format!(
                "This is not a deadline for you. The right can start on {}.",
                d(date)
            ),
            Step::AuthorityDeadline => "This date is for the authority, not for you.".into(),
            Step::ValidUntil { date } => format!("It is valid until {}.", d(date)),
            Step::NotBinding => "This is an aim, not a strict deadline. It can take longer.".into(),
            Step::Unverified => "This rule is not verified. Ask a lawyer or a social worker.".into(),
            Step::Confidence { level } => match level {
                Confidence::High => "Our sources are clear about this rule.".into(),
                Confidence::Medium => "Our sources are quite clear about this rule, but check it.".into(),
                Confidence::Low => "We are not sure about this rule. Check it with a lawyer.".into(),
            },
            Step::SourcesDisagree => "Our sources do not agree about this period. The date on your letter decides.".into(),
            Step::OtherReading { title, .. } => format!(
                "Another rule may apply: {title}. The date on your letter decides."
            ),
            Step::OutcomeUnknown => "You did not enter the type of decision. We show the usual rule. Check your letter.".into(),
            Step::DetentionCondition { detention } => match detention {
                Detention::Detained => "This applies only if you are held in a closed centre.".into(),
                Detention::NotDetained => "This applies only if you are not held in a closed centre.".into(),
            },
            Step::Validity { from, until } => match (from, until) {
                (Some(f), Some(u)) => format!(
                    "This rule is only for applications made from {} until {}.",
                    d(f),
                    d(u)
                ),
                (Some(f), None) => format!("This rule is only for applications made from {}.", d(f)),
                (None, Some(u)) => format!("This rule is only for applications made until {}.", d(u)),
                (None, None) => "This rule is for all applications.".into(),
            },
            Step::ApplicationDateUnknown => "We do not know the date of your application. Check that this rule is for you.".into(),
            Step::OutsideValidity { application_date } => format!(
                "Your application is from {}. This rule is not for you.",
                d(application_date)
            ),
            Step::OfficialDate { date, difference } => match difference.signum() {
                1 => format!(
                    "Your letter says {}. That is {} later than our date. We use the date on your letter.",
                    d(date),
                    plural(*difference, "day", "days")
                ),
                -1 => format!(
                    "Your letter says {}. That is {} earlier than our date. We use the date on your letter.",
                    d(date),
                    plural(difference.abs(), "day", "days")
                ),
                _ => format!("Your letter says {}. That is the same as our date.", d(date)),
            },
            Step::LetterPrevails => "The date on your letter always comes first. If your letter gives a date, use it.".into(),
        }
    }
}

/// One rendered line, for JSON output: message id, arguments, English text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExplanationLine {
    pub id: String,
    #[serde(serialize_with = "super::message::args_as_map")]
    pub args: Vec<(String, Arg)>,
    pub text: String,
}

/// A whole explanation: steps in reading order, always ending with
/// [`Step::LetterPrevails`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Explanation {
    steps: Vec<Step>,
}

impl Explanation {
    pub(crate) fn new() -> Self {
        Explanation::default()
    }

    pub(crate) fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    /// Adds a step before the closing [`Step::LetterPrevails`] (or at the
    /// end when there is none yet).
    pub(crate) fn add_note(&mut self, step: Step) {
        match self.steps.iter().rposition(|s| *s == Step::LetterPrevails) {
            Some(i) => self.steps.insert(i, step),
            None => self.steps.push(step),
        }
    }

    /// The steps.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Each step in plain English.
    pub fn english_lines(&self) -> Vec<String> {
        self.steps.iter().map(Step::english).collect()
    }

    /// The whole explanation in plain English, one step per line.
    pub fn to_english(&self) -> String {
        self.english_lines().join("\n")
    }

    /// Id, arguments and English text of each step.
    pub fn lines(&self) -> Vec<ExplanationLine> {
        self.steps
            .iter()
            .map(|s| {
                let m = s.message();
                ExplanationLine {
                    id: m.id,
                    args: m.args,
                    text: s.english(),
                }
            })
            .collect()
    }
}

impl Serialize for Explanation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.lines().serialize(s)
    }
}
