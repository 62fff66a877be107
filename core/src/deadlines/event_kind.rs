//! The kinds of procedure events the journal stores and the deadline rules
//! refer to, and the outcomes of a CGRS decision.
//!
//! Ids are stable kebab-case strings: they appear in the rules file
//! (`content/rules/deadlines.txt`), in Fluent message ids
//! (`event-kind-<id>`), in JSON and in stored journal records. Never rename
//! one; add a new one instead.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::error::DeadlineError;

macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident, what = $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in a stable order.
            pub fn all() -> &'static [$name] {
                &[ $( $name::$variant, )+ ]
            }

            /// The stable kebab-case id (also the serde form).
            pub fn id(self) -> &'static str {
                match self { $( $name::$variant => $id, )+ }
            }

            /// A short plain-English label.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }

        impl FromStr for $name {
            type Err = DeadlineError;

            /// Parses a stable id. The error lists the accepted ids and
            /// never repeats the rejected input.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::all()
                    .iter()
                    .copied()
                    .find(|v| v.id() == s)
                    .ok_or_else(|| DeadlineError::UnknownId {
                        what: $what,
                        expected: $name::all().iter().map(|v| v.id()).collect::<Vec<_>>().join(", "),
                    })
            }
        }
    };
}

string_enum! {
    /// A step of the procedure, as recorded in the journal.
    pub enum EventKind, what = "event kind" {
        /// Arrival in Belgium.
        Arrival => "arrival", "Arrival in Belgium";
        /// The application was made (presented) at the Immigration Office.
        ApplicationMade => "application-made", "Application made";
        /// The application was lodged: annex 26 (annex 26quinquies for a
        /// subsequent application).
        ApplicationLodged => "application-lodged", "Application lodged (annex 26)";
        /// The orange card (annex 35 / attestation) from the municipality.
        OrangeCard => "orange-card", "Orange card received";
        /// Dublin decision: another EU state is responsible (annex 26quater).
        DublinDecision => "dublin-decision", "Dublin decision (annex 26quater)";
        /// Invitation letter to the CGRS personal interview.
        CgrsInvitation => "cgrs-invitation", "Invitation from the CGRS";
        /// The CGRS personal interview took place.
        PersonalInterview => "personal-interview", "Personal interview at the CGRS";
        /// A copy of the interview notes was requested.
        NotesCopyRequested => "notes-copy-requested", "Copy of the interview notes asked";
        /// The copy of the interview notes was received.
        NotesCopyReceived => "notes-copy-received", "Copy of the interview notes received";
        /// Comments on the notes were sent to the CGRS.
        CommentsSent => "comments-sent", "Comments on the notes sent";
        /// The CGRS decision was notified; see [`DecisionOutcome`].
        CgrsDecision => "cgrs-decision", "Decision of the CGRS";
        /// A registered letter was received (any sender).
        RegisteredLetterReceived => "registered-letter-received", "Registered letter received";
        /// An appeal was lodged at the Council for Alien Law Litigation.
        CallAppealLodged => "call-appeal-lodged", "Appeal lodged at the CALL";
        /// Hearing at the Council for Alien Law Litigation.
        CallHearing => "call-hearing", "Hearing at the CALL";
        /// Judgment of the Council for Alien Law Litigation notified.
        CallJudgment => "call-judgment", "Judgment of the CALL";
        /// Cassation appeal lodged at the Council of State.
        CouncilOfStateAppeal => "council-of-state-appeal", "Appeal at the Council of State";
        /// A subsequent application (new elements), annex 26quinquies.
        SubsequentApplication => "subsequent-application", "Subsequent application";
        /// Protection granted (refugee status or subsidiary protection),
        /// by the CGRS or after an appeal. Set the outcome.
        Recognition => "recognition", "Protection granted";
        /// A card (temporary residence card) received.
        ACard => "a-card", "A card received";
        /// B card (unlimited residence) received.
        BCard => "b-card", "B card received";
        /// A travel document was received.
        TravelDocument => "travel-document", "Travel document received";
        /// A family reunification request was filed.
        FamilyReunificationRequest => "family-reunification-request", "Family reunification request";
        /// The expiry date of a residence card (a future date).
        ResidenceCardExpiry => "residence-card-expiry", "Residence card expiry";
        /// Any appointment (lawyer, municipality, doctor, ...).
        Appointment => "appointment", "Appointment";
        /// Cessation or withdrawal of the status was notified.
        CessationWithdrawal => "cessation-withdrawal", "End of status (cessation or withdrawal)";
        /// Departure abroad for more than three months.
        DepartureAbroad => "departure-abroad", "Departure abroad for more than 3 months";
        /// Return to Belgium after such a stay.
        ReturnToBelgium => "return-to-belgium", "Return to Belgium";
        /// A long-term residence request was filed.
        LongTermResidenceRequest => "long-term-residence-request", "Long-term residence request";
        /// The family reunification file is complete (all documents in).
        FamilyReunificationFileComplete => "family-reunification-file-complete", "Family reunification file complete";
        /// The blue passport (refugee travel document) was issued.
        BluePassportIssued => "blue-passport-issued", "Blue passport issued";
        /// A CGRS interview was missed.
        MissedInterview => "missed-interview", "Missed interview";
        /// The CGRS received the file from the Immigration Office.
        CgrsFileReceived => "cgrs-file-received", "The CGRS received your file";
        /// Anything else.
        Other => "other", "Other event";
    }
}

impl EventKind {
    /// The Fluent message id of the label (in `deadlines.ftl`).
    pub fn message_id(self) -> String {
        format!("event-kind-{}", self.id())
    }
}

string_enum! {
    /// The outcome of a CGRS decision (or, on a `recognition` event, the
    /// protection granted).
    pub enum DecisionOutcome, what = "decision outcome" {
        /// Refugee status granted.
        RefugeeStatus => "refugee-status", "Refugee status";
        /// Subsidiary protection granted (refugee status refused).
        SubsidiaryProtection => "subsidiary-protection", "Subsidiary protection";
        /// Refusal of both statuses.
        Refusal => "refusal", "Refusal";
        /// Application declared inadmissible.
        Inadmissible => "inadmissible", "Inadmissible";
        /// Refusal as manifestly unfounded.
        ManifestlyUnfounded => "manifestly-unfounded", "Manifestly unfounded";
    }
}

impl DecisionOutcome {
    /// The Fluent message id of the label (in `deadlines.ftl`).
    pub fn message_id(self) -> String {
        format!("decision-outcome-{}", self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for k in EventKind::all() {
            assert_eq!(k.id().parse::<EventKind>().unwrap(), *k);
            assert!(seen.insert(k.id()));
            assert_eq!(serde_json::to_string(k).unwrap(), format!("\"{}\"", k.id()));
            assert!(!k.label().is_empty());
        }
        assert_eq!(EventKind::all().len(), 33);
        for o in DecisionOutcome::all() {
            assert_eq!(o.id().parse::<DecisionOutcome>().unwrap(), *o);
        }
    }

    #[test]
    fn unknown_id_error_does_not_echo_input() {
        let e = "my-secret-name".parse::<EventKind>().unwrap_err();
        let text = crate::Error::from(e).to_string();
        assert!(!text.contains("my-secret-name"));
        assert!(text.contains("event kind"));
        assert!(text.contains("personal-interview"));
    }
}

impl EventKind {
    /// True when recording `self` shows that `other` happened too, even if
    /// the person did not record it: a lodged application was made first,
    /// received notes were asked for, a CALL hearing follows an appeal.
    pub fn implies(self, other: EventKind) -> bool {
        use EventKind as K;
        matches!(
            (self, other),
            (K::ApplicationLodged, K::ApplicationMade)
                | (K::NotesCopyReceived, K::NotesCopyRequested)
                | (K::CallHearing | K::CallJudgment, K::CallAppealLodged)
        )
    }
}

#[cfg(test)]
mod implies_tests {
    use super::EventKind as K;

    #[test]
    fn later_steps_imply_earlier_ones_but_not_the_reverse() {
        assert!(K::ApplicationLodged.implies(K::ApplicationMade));
        assert!(!K::ApplicationMade.implies(K::ApplicationLodged));
        assert!(K::CallJudgment.implies(K::CallAppealLodged));
        assert!(!K::Arrival.implies(K::ApplicationMade));
    }
}
