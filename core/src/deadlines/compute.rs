//! Computing one deadline from one rule and one trigger date.
//!
//! Pure: today's date is never read here. See `crate::calendar` for the
//! counting rules and their reading of procedure-rules.md.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::error::DeadlineError;
use super::explanation::{Explanation, Step};
use super::rules::{rules, Confidence, DeadlineKind, Period, Rule};
use crate::calendar::{
    add_calendar_days, add_months, add_working_days, next_working_day, non_working_reason,
    roll_to_working_day, sub_calendar_days, NonWorkingReason,
};

/// Options of one computation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ComputeOptions {
    /// The trigger date is the day a registered letter was posted: it
    /// counts as received on the 3rd working day after (art. 53bis).
    pub registered_letter: bool,
    /// The date printed on the official letter, if the person entered it.
    /// It always prevails over the computed date.
    pub official_date: Option<NaiveDate>,
    /// The date of the application the event belongs to (for rules with a
    /// validity period).
    pub application_date: Option<NaiveDate>,
}

/// Whether a rule's validity period covers the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Validity {
    /// No validity period, or the application date is inside it.
    Applies,
    /// The rule has a validity period and the application date is unknown.
    Unknown,
    /// The application date is outside the validity period.
    NotApplicable,
}

/// One computed deadline with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComputedDeadline {
    /// The rule id.
    pub rule: String,
    /// The rule title (English).
    pub title: String,
    pub kind: DeadlineKind,
    /// The trigger date as entered (posting date for a registered letter).
    pub trigger: NaiveDate,
    /// The day counting is based on: `trigger`, or the 3rd working day
    /// after it for a registered letter.
    pub notified: NaiveDate,
    /// The computed date (for a window before an event: its last day).
    pub due: NaiveDate,
    /// For a window before an event: its first day.
    pub window_opens: Option<NaiveDate>,
    /// The date on the official letter, if entered.
    pub official: Option<NaiveDate>,
    /// `official` if entered, else `due`.
    pub effective_due: NaiveDate,
    /// `official - due` in days (positive: the letter gives more time).
    pub difference_days: Option<i64>,
    pub confidence: Confidence,
    pub binding: bool,
    pub unverified: bool,
    pub validity: Validity,
    pub explanation: Explanation,
}

/// Computes the deadline of the shipped rule `rule_id` for an event on
/// `trigger`.
pub fn compute(
    rule_id: &str,
    trigger: NaiveDate,
    opts: ComputeOptions,
) -> crate::Result<ComputedDeadline> {
    let rule = rules()?.get(rule_id)?;
    Ok(compute_rule(rule, trigger, opts)?)
}

const OUT_OF_RANGE: DeadlineError = DeadlineError::DateOutOfRange { field: "trigger" };

/// Computes the deadline of `rule` for an event on `trigger`.
pub fn compute_rule(
    rule: &Rule,
    trigger: NaiveDate,
    opts: ComputeOptions,
) -> Result<ComputedDeadline, DeadlineError> {
    let mut ex = Explanation::new();
    ex.push(Step::Trigger {
        event: rule.trigger,
        date: trigger,
    });

    // Registered letter: notified on the 3rd working day after posting
    // (procedure-rules.md "Counting", last bullet; Judicial Code art.
    // 53bis; UNVERIFIED for the Aliens Act, hence the low-confidence text
    // of the step).
    let notified = if opts.registered_letter {
        let c = add_working_days(trigger, 3).ok_or(OUT_OF_RANGE)?;
        let counted = [c.counted[0], c.counted[1], c.counted[2]];
        ex.push(Step::RegisteredLetter {
            posted: trigger,
            counted,
            notified: c.end,
        });
        for (date, holiday) in c.skipped_holidays {
            ex.push(Step::HolidaySkipped { date, holiday });
        }
        c.end
    } else {
        trigger
    };

    ex.push(Step::RuleSource {
        rule_id: rule.id.clone(),
        title: rule.title.clone(),
        sources: rule.sources.clone(),
    });

    // Roll-over (art. 53) only for things the person must do; a validity,
    // an authority's time limit or a right's start date does not move.
    let rolls = rule.kind == DeadlineKind::ActBy;
    let day_after = notified
        .checked_add_days(Days::new(1))
        .ok_or(OUT_OF_RANGE)?;
    let mut window_opens = None;
    let due = match rule.period {
        Period::WorkingDays { days } => {
            ex.push(Step::WorkingDays {
                days,
                start: day_after,
            });
            ex.push(Step::WorkingDayDefinition);
            let c = add_working_days(notified, days).ok_or(OUT_OF_RANGE)?;
            for (date, holiday) in c.skipped_holidays {
                ex.push(Step::HolidaySkipped { date, holiday });
            }
            c.end
        }
        Period::CalendarDays { days } => {
            ex.push(Step::CalendarDays {
                days,
                start: day_after,
            });
            let last = add_calendar_days(notified, days).ok_or(OUT_OF_RANGE)?;
            roll_if_needed(&mut ex, last, rolls)?
        }
        Period::Months { months } => {
            let m = add_months(notified, months).ok_or(OUT_OF_RANGE)?;
            ex.push(Step::Months {
                months,
                start: m.start,
                end: m.end,
            });
            if let Some(day) = m.missing_day {
                ex.push(Step::MonthEndAdjusted { day, end: m.end });
            }
            roll_if_needed(&mut ex, m.end, rolls)?
        }
        Period::BeforeEvent {
            opens_days_before,
            closes_days_before,
        } => {
            let opens = sub_calendar_days(notified, opens_days_before).ok_or(OUT_OF_RANGE)?;
            let closes = sub_calendar_days(notified, closes_days_before).ok_or(OUT_OF_RANGE)?;
            ex.push(Step::WindowBefore {
                opens_days: opens_days_before,
                closes_days: closes_days_before,
                event_date: notified,
                opens,
                closes,
            });
            if let Some(reason) = non_working_reason(closes) {
                ex.push(Step::WindowEndsOnClosedDay {
                    date: closes,
                    reason,
                });
            }
            window_opens = Some(opens);
            closes
        }
        Period::AsSoonAsPossible { unverified_days } => {
            let suggested = next_working_day(notified).ok_or(OUT_OF_RANGE)?;
            ex.push(Step::AsSoonAsPossible { suggested });
            if let Some(days) = unverified_days {
                let date = add_calendar_days(notified, days).ok_or(OUT_OF_RANGE)?;
                ex.push(Step::UnverifiedFigure { days, date });
            }
            suggested
        }
    };

    ex.push(Step::ComputedDate { date: due });
    match rule.kind {
        DeadlineKind::ActBy => {}
        DeadlineKind::DecisionBy => ex.push(Step::AuthorityDeadline),
        DeadlineKind::RightFrom => ex.push(Step::RightStarts {
            date: due.checked_add_days(Days::new(1)).ok_or(OUT_OF_RANGE)?,
        }),
        DeadlineKind::ValidUntil => ex.push(Step::ValidUntil { date: due }),
    }
    if !rule.binding {
        ex.push(Step::NotBinding);
    }
    if rule.unverified {
        ex.push(Step::Unverified);
    }
    if rule.sources_disagree {
        ex.push(Step::SourcesDisagree);
    }

    let validity = if rule.applies_from.is_none() && rule.applies_until.is_none() {
        Validity::Applies
    } else {
        ex.push(Step::Validity {
            from: rule.applies_from,
            until: rule.applies_until,
        });
        match opts.application_date {
            None => {
                ex.push(Step::ApplicationDateUnknown);
                Validity::Unknown
            }
            Some(a) => {
                let after_start = rule.applies_from.is_none_or(|f| a >= f);
                let before_end = rule.applies_until.is_none_or(|u| a <= u);
                if after_start && before_end {
                    Validity::Applies
                } else {
                    ex.push(Step::OutsideValidity {
                        application_date: a,
                    });
                    Validity::NotApplicable
                }
            }
        }
    };

    ex.push(Step::Confidence {
        level: rule.confidence,
    });

    let difference_days = opts.official_date.map(|o| (o - due).num_days());
    if let (Some(date), Some(difference)) = (opts.official_date, difference_days) {
        ex.push(Step::OfficialDate { date, difference });
    }
    ex.push(Step::LetterPrevails);

    Ok(ComputedDeadline {
        rule: rule.id.clone(),
        title: rule.title.clone(),
        kind: rule.kind,
        trigger,
        notified,
        due,
        window_opens,
        official: opts.official_date,
        effective_due: opts.official_date.unwrap_or(due),
        difference_days,
        confidence: rule.confidence,
        binding: rule.binding,
        unverified: rule.unverified,
        validity,
        explanation: ex,
    })
}

/// Art. 53 roll-over of a last day, with its explanation steps.
fn roll_if_needed(
    ex: &mut Explanation,
    last: NaiveDate,
    rolls: bool,
) -> Result<NaiveDate, DeadlineError> {
    if !rolls {
        return Ok(last);
    }
    let (moved, roll) = roll_to_working_day(last).ok_or(OUT_OF_RANGE)?;
    if let Some(roll) = roll {
        if let Some((_, reason)) = roll.skipped.first() {
            ex.push(Step::LastDayMoved {
                last_day: last,
                reason: *reason,
                moved_to: moved,
            });
        }
        // Explain the other holidays passed over (e.g. Saturday, Sunday,
        // then Easter Monday).
        for (date, reason) in roll.skipped.iter().skip(1) {
            if let NonWorkingReason::Holiday(holiday) = reason {
                ex.push(Step::HolidaySkipped {
                    date: *date,
                    holiday: *holiday,
                });
            }
        }
        ex.push(Step::CourtRuleOnly { last_day: last });
    }
    Ok(moved)
}
