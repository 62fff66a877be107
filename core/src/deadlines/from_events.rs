//! From the journal's events to the list of deadlines with a status.
//!
//! Pure: `today` is a parameter. The journal maps its records to
//! [`EventInput`].

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::compute::{compute_rule, ComputeOptions, ComputedDeadline, Validity};
use super::event_kind::{DecisionOutcome, EventKind};
use super::explanation::Step;
use super::rules::{rules, DeadlineKind, Detention, Rule};
use super::status::{date_status, DeadlineStatus, NotApplicableReason, DEFAULT_DUE_SOON_DAYS};

/// One journal event, as the deadline engine needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventInput {
    /// The journal's id of the event (returned in [`DeadlineView`]).
    pub id: String,
    pub kind: EventKind,
    /// The event date (for a registered letter: the posting date).
    pub date: NaiveDate,
    /// For `cgrs-decision` and `recognition` events.
    pub outcome: Option<DecisionOutcome>,
    /// The deadline printed on the letter, if the person entered it. Used
    /// for the act-by rules this event triggers, instead of the computed
    /// date.
    pub official_deadline: Option<NaiveDate>,
    /// The letter came by registered post (notified on the 3rd working day
    /// after `date`).
    pub registered_letter: bool,
}

/// Options of [`deadlines_for_events`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineOptions {
    /// Days before the date that count as "due soon" (default 7).
    pub due_soon_days: u32,
    /// Whether the person is held in a closed centre; `None` = unknown
    /// (then the rules for both cases are shown, each with its condition).
    pub detained: Option<bool>,
}

impl Default for DeadlineOptions {
    fn default() -> Self {
        DeadlineOptions {
            due_soon_days: DEFAULT_DUE_SOON_DAYS,
            detained: None,
        }
    }
}

/// One deadline triggered by one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineView {
    pub rule_id: String,
    pub title: String,
    pub kind: DeadlineKind,
    /// The id of the triggering event.
    pub event_id: String,
    pub trigger_kind: EventKind,
    /// The rule applies only with / without detention (shown when the
    /// detention is unknown).
    pub condition: Option<Detention>,
    /// The decision outcome was not entered; the usual rule is shown.
    pub outcome_unknown: bool,
    /// Other rules that may apply to the same event for the same step
    /// (several readings of the sources): the letter's date decides.
    pub alternatives: Vec<String>,
    pub deadline: ComputedDeadline,
    pub status: DeadlineStatus,
}

/// Every deadline the events trigger, with a status on `today`, sorted by
/// effective date (then table row).
///
/// - A rule is triggered by each event of its trigger kind whose outcome
///   matches the rule's `outcomes` (if any), when its `requires-event` /
///   `requires-earlier-event` conditions hold.
/// - The application date used for validity periods is the latest
///   application (made or subsequent; else lodged) on or before the event.
/// - Met: an event of the follow-up kind on or after the trigger date and
///   before the next event that triggers the same rule.
pub fn deadlines_for_events(
    events: &[EventInput],
    today: NaiveDate,
    opts: DeadlineOptions,
) -> crate::Result<Vec<DeadlineView>> {
    let mut sorted: Vec<(usize, &EventInput)> = events.iter().enumerate().collect();
    sorted.sort_by_key(|(i, e)| (e.date, *i));

    let mut views: Vec<(usize, Option<EventKind>, DeadlineView)> = Vec::new();
    for rule in rules()?.all() {
        if let Some(k) = rule.requires_event {
            if !events.iter().any(|e| e.kind == k) {
                continue;
            }
        }
        let triggers: Vec<(usize, &EventInput, Option<Detention>, bool)> = sorted
            .iter()
            .filter(|(_, e)| e.kind == rule.trigger)
            .filter(|(_, e)| {
                rule.requires_earlier_event
                    .is_none_or(|k| events.iter().any(|x| x.kind == k && x.date <= e.date))
            })
            .filter_map(|(i, e)| match_outcome(rule, e).map(|(c, u)| (*i, *e, c, u)))
            .collect();
        for (n, (index, event, condition, outcome_unknown)) in triggers.iter().enumerate() {
            let next_trigger = triggers.get(n + 1).map(|t| t.1.date);
            let view = view_for(
                rule,
                event,
                *condition,
                *outcome_unknown,
                next_trigger,
                &sorted,
                today,
                opts,
            )?;
            views.push((*index, rule.follow_up, view));
        }
    }

    // Several readings: other applicable rules for the same event and the
    // same follow-up step.
    let keys: Vec<(usize, Option<EventKind>, bool, String, String)> = views
        .iter()
        .map(|(i, f, v)| {
            let applicable = !matches!(v.status, DeadlineStatus::NotApplicable { .. });
            (*i, *f, applicable, v.rule_id.clone(), v.title.clone())
        })
        .collect();
    for (index, follow_up, view) in views.iter_mut() {
        if follow_up.is_none() || matches!(view.status, DeadlineStatus::NotApplicable { .. }) {
            continue;
        }
        for (i, f, applicable, rule_id, title) in &keys {
            if i == index && f == follow_up && *applicable && *rule_id != view.rule_id {
                view.alternatives.push(rule_id.clone());
                view.deadline.explanation.add_note(Step::OtherReading {
                    rule_id: rule_id.clone(),
                    title: title.clone(),
                });
            }
        }
    }

    let mut out: Vec<DeadlineView> = views.into_iter().map(|(_, _, v)| v).collect();
    out.sort_by(|a, b| {
        (a.deadline.effective_due, &a.rule_id, &a.event_id).cmp(&(
            b.deadline.effective_due,
            &b.rule_id,
            &b.event_id,
        ))
    });
    Ok(out)
}

/// Whether the event's outcome starts `rule`: `None` if not; else the
/// detention condition and whether it matched as "outcome unknown".
fn match_outcome(rule: &Rule, e: &EventInput) -> Option<(Option<Detention>, bool)> {
    if rule.outcomes.is_empty() {
        return Some((None, false));
    }
    rule.outcomes
        .iter()
        .find(|c| c.outcome == e.outcome)
        .map(|c| (c.detention, c.outcome.is_none()))
}

/// The application date for an event on `on`.
fn application_date(sorted: &[(usize, &EventInput)], on: NaiveDate) -> Option<NaiveDate> {
    let latest = |kinds: &[EventKind]| {
        sorted
            .iter()
            .filter(|(_, e)| kinds.contains(&e.kind) && e.date <= on)
            .map(|(_, e)| e.date)
            .max()
    };
    latest(&[EventKind::ApplicationMade, EventKind::SubsequentApplication])
        .or_else(|| latest(&[EventKind::ApplicationLodged]))
}

#[allow(clippy::too_many_arguments)]
fn view_for(
    rule: &Rule,
    event: &EventInput,
    condition: Option<Detention>,
    outcome_unknown: bool,
    next_trigger: Option<NaiveDate>,
    sorted: &[(usize, &EventInput)],
    today: NaiveDate,
    opts: DeadlineOptions,
) -> crate::Result<DeadlineView> {
    let compute_opts = ComputeOptions {
        registered_letter: event.registered_letter,
        official_date: if rule.kind == DeadlineKind::ActBy {
            event.official_deadline
        } else {
            None
        },
        application_date: application_date(sorted, event.date),
    };
    let mut deadline = compute_rule(rule, event.date, compute_opts)?;
    if outcome_unknown {
        deadline.explanation.add_note(Step::OutcomeUnknown);
    }
    if let Some(detention) = condition {
        deadline
            .explanation
            .add_note(Step::DetentionCondition { detention });
    }

    let due = deadline.effective_due;
    let in_window = |d: NaiveDate| d >= event.date && next_trigger.is_none_or(|n| d < n);
    let status = if deadline.validity == Validity::NotApplicable {
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::OutsideValidity {
                application_date: compute_opts.application_date.unwrap_or(event.date),
                applies_from: rule.applies_from,
                applies_until: rule.applies_until,
            },
        }
    } else if let Some(reason) = detention_mismatch(condition, opts.detained) {
        DeadlineStatus::NotApplicable { reason }
    } else if let Some(c) = rule.cancelled_by.and_then(|k| {
        sorted
            .iter()
            .map(|(_, e)| *e)
            .find(|e| e.kind == k && e.date >= event.date && e.date <= due)
    }) {
        DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::CancelledBy {
                event: c.kind,
                on: c.date,
            },
        }
    } else if let Some(f) = rule.follow_up.and_then(|k| {
        sorted
            .iter()
            .map(|(_, e)| *e)
            .find(|e| (e.kind == k || e.kind.implies(k)) && in_window(e.date))
    }) {
        DeadlineStatus::Met {
            on: f.date,
            late: f.date > due,
        }
    } else {
        date_status(rule.kind, due, today, opts.due_soon_days)
    };

    Ok(DeadlineView {
        rule_id: rule.id.clone(),
        title: rule.title.clone(),
        kind: rule.kind,
        event_id: event.id.clone(),
        trigger_kind: event.kind,
        condition,
        outcome_unknown,
        alternatives: Vec::new(),
        deadline,
        status,
    })
}

fn detention_mismatch(
    condition: Option<Detention>,
    detained: Option<bool>,
) -> Option<NotApplicableReason> {
    match (condition, detained) {
        (Some(Detention::Detained), Some(false)) => Some(NotApplicableReason::OnlyIfDetained),
        (Some(Detention::NotDetained), Some(true)) => Some(NotApplicableReason::OnlyIfNotDetained),
        _ => None,
    }
}
