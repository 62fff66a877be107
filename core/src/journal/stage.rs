//! Where the person stands in the procedure, and what comes next.

use super::event::JournalEvent;
use crate::checklist::Stage as ChecklistStage;
use crate::deadlines::{DeadlineStatus, DeadlineView, DecisionOutcome, EventKind};
use crate::vault::Stored;
use chrono::NaiveDate;
use serde::Serialize;

/// The stages of the procedure as a person lives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Nothing in the journal yet.
    NotStarted,
    /// In Belgium; the application is not made yet.
    Arrived,
    /// Application made or lodged at the Immigration Office.
    Application,
    /// Another EU country may be responsible (Dublin).
    Dublin,
    /// Waiting for the CGRS interview (invitation received or file sent).
    WaitingForInterview,
    /// An interview is planned (a date in the future).
    InterviewPlanned,
    /// Interviewed; waiting for the decision.
    WaitingForDecision,
    /// A negative CGRS decision: appeal time.
    NegativeDecision,
    /// Appeal at the Council for Alien Law Litigation.
    Appeal,
    /// Protection granted.
    Protected,
    /// Subsequent application.
    SubsequentApplication,
}

impl Stage {
    pub fn id(&self) -> &'static str {
        match self {
            Stage::NotStarted => "not-started",
            Stage::Arrived => "arrived",
            Stage::Application => "application",
            Stage::Dublin => "dublin",
            Stage::WaitingForInterview => "waiting-for-interview",
            Stage::InterviewPlanned => "interview-planned",
            Stage::WaitingForDecision => "waiting-for-decision",
            Stage::NegativeDecision => "negative-decision",
            Stage::Appeal => "appeal",
            Stage::Protected => "protected",
            Stage::SubsequentApplication => "subsequent-application",
        }
    }

    /// Guidance articles (slugs) to read at this stage, most urgent first.
    pub fn articles(&self) -> &'static [&'static str] {
        match self {
            Stage::NotStarted | Stage::Arrived => &[
                "procedure-overview",
                "make-and-lodge-application",
                "legal-aid",
            ],
            Stage::Application => &["orange-card", "procedure-overview", "legal-aid"],
            Stage::Dublin => &["dublin", "legal-aid"],
            Stage::WaitingForInterview => {
                &["personal-interview", "documents-and-evidence", "legal-aid"]
            }
            Stage::InterviewPlanned => &[
                "prepare-for-interview",
                "personal-interview",
                "documents-and-evidence",
                "interview-recording-and-notes",
            ],
            Stage::WaitingForDecision => &["interview-recording-and-notes", "cgrs-decision"],
            Stage::NegativeDecision => &["appeal-call", "legal-aid", "cgrs-decision"],
            Stage::Appeal => &["appeal-call", "council-of-state"],
            Stage::Protected => &[
                "after-recognition",
                "family-reunification",
                "blue-passport-and-travel",
            ],
            Stage::SubsequentApplication => &["subsequent-application", "legal-aid"],
        }
    }
}

/// The stage of the document checklist that matches where the person is:
/// its templates say which documents to gather now.
pub fn checklist_stage(stage: Stage, events: &[Stored<JournalEvent>]) -> ChecklistStage {
    match stage {
        Stage::NotStarted
        | Stage::Arrived
        | Stage::Application
        | Stage::Dublin
        | Stage::SubsequentApplication => ChecklistStage::Registration,
        Stage::WaitingForInterview | Stage::InterviewPlanned => ChecklistStage::BeforeInterview,
        Stage::WaitingForDecision => ChecklistStage::AfterInterview,
        Stage::NegativeDecision | Stage::Appeal => ChecklistStage::Appeal,
        Stage::Protected => {
            let subsidiary = events
                .iter()
                .rev()
                .find_map(|e| e.value.outcome)
                .is_some_and(|o| o == DecisionOutcome::SubsidiaryProtection);
            if subsidiary {
                ChecklistStage::SubsidiaryProtection
            } else {
                ChecklistStage::RefugeeStatus
            }
        }
    }
}

/// The stage one event puts the person in, if it is a milestone.
fn stage_of(event: &JournalEvent, today: NaiveDate) -> Option<Stage> {
    use EventKind as K;
    Some(match event.kind {
        K::Arrival => Stage::Arrived,
        K::ApplicationMade | K::ApplicationLodged | K::OrangeCard => Stage::Application,
        K::DublinDecision => Stage::Dublin,
        K::CgrsInvitation | K::CgrsFileReceived => Stage::WaitingForInterview,
        K::PersonalInterview if event.date.date > today => Stage::InterviewPlanned,
        K::PersonalInterview
        | K::NotesCopyRequested
        | K::NotesCopyReceived
        | K::CommentsSent
        | K::MissedInterview => Stage::WaitingForDecision,
        K::CgrsDecision => match event.outcome {
            Some(DecisionOutcome::RefugeeStatus | DecisionOutcome::SubsidiaryProtection) => {
                Stage::Protected
            }
            _ => Stage::NegativeDecision,
        },
        K::CallAppealLodged | K::CallHearing | K::CallJudgment | K::CouncilOfStateAppeal => {
            Stage::Appeal
        }
        K::SubsequentApplication => Stage::SubsequentApplication,
        K::Recognition | K::ACard | K::BCard | K::TravelDocument | K::BluePassportIssued => {
            Stage::Protected
        }
        _ => return None,
    })
}

/// The current stage: set by the latest milestone event (by date), except
/// that a planned interview stays the stage until its date has passed.
pub fn current_stage(events: &[Stored<JournalEvent>], today: NaiveDate) -> Stage {
    let mut stage = Stage::NotStarted;
    let mut latest: Option<NaiveDate> = None;
    for e in events {
        if let Some(s) = stage_of(&e.value, today) {
            if latest.is_none_or(|d| e.value.date.date >= d) {
                latest = Some(e.value.date.date);
                stage = s;
            }
        }
    }
    // A planned interview matters more than anything recorded before it.
    if events
        .iter()
        .any(|e| e.value.kind == EventKind::PersonalInterview && e.value.date.date > today)
    {
        return Stage::InterviewPlanned;
    }
    stage
}

/// What the home screen shows: where I am now and what comes next.
#[derive(Debug, Clone, Serialize)]
pub struct NextSteps {
    pub stage: Stage,
    /// Deadlines still open (not met, not "not applicable"), soonest first.
    pub open_deadlines: Vec<DeadlineView>,
    /// Guidance articles to read now (slugs).
    pub read_now: Vec<String>,
    /// Show the interview preparation and the interview-day checklist.
    pub prepare_interview: bool,
    /// Upcoming appointments and planned events (event ids), soonest first.
    pub upcoming_events: Vec<String>,
    /// Documents the checklist suggests for this stage and that are not on
    /// the person's list yet (template ids).
    pub documents_to_gather: Vec<String>,
}

/// Derives the next steps from the journal and its deadlines.
pub fn next_steps(
    events: &[Stored<JournalEvent>],
    deadlines: &[DeadlineView],
    today: NaiveDate,
) -> NextSteps {
    let stage = current_stage(events, today);
    let mut open: Vec<DeadlineView> = deadlines
        .iter()
        .filter(|d| {
            !matches!(
                d.status,
                DeadlineStatus::Met { .. }
                    | DeadlineStatus::NotApplicable { .. }
                    | DeadlineStatus::Passed
            )
        })
        .cloned()
        .collect();
    open.sort_by_key(|d| d.deadline.effective_due);
    let mut upcoming: Vec<&Stored<JournalEvent>> = events
        .iter()
        .filter(|e| e.value.date.date >= today)
        .collect();
    upcoming.sort_by_key(|e| e.value.date.sort_key());
    NextSteps {
        stage,
        open_deadlines: open,
        read_now: stage.articles().iter().map(|s| s.to_string()).collect(),
        prepare_interview: matches!(stage, Stage::WaitingForInterview | Stage::InterviewPlanned),
        upcoming_events: upcoming.iter().map(|e| e.id.to_string()).collect(),
        documents_to_gather: Vec::new(),
    }
}
