//! Consistency check of the chronology: places where the user's own
//! entries disagree with each other, so they can look again before the
//! interview. It asserts nothing about what is true, and its explanations
//! never repeat what the user wrote: findings name entries by id and the
//! shell shows the user's own text next to them.
//!
//! Rules (undated entries are skipped by every date rule; ranges come from
//! [`ApproxDate::range`], so "about" and year-only dates only conflict when
//! even their widest reading does):
//!
//! 1. `in-the-future`: the earliest possible day is after today.
//! 2. `before-birth`: the latest possible day is before the earliest
//!    possible date of birth.
//! 3. `age-does-not-fit`: the age written in the entry is outside the ages
//!    the date of birth and the entry's date allow.
//! 4. `out-of-order`: an entry says it happened after another one, but all
//!    of its range is before the other's range.
//! 5. `departure-after-arrival`: leaving the country is dated entirely
//!    after arriving in Belgium.
//! 6. `two-places-at-once`: two events whose ranges overlap and are each at
//!    most 31 days wide (a year is too long to tell) name different places.
//!    Travel entries are exempt (a travel day has two places). Places
//!    differ when neither name contains all the words of the other, after
//!    lowercasing and ignoring punctuation ("Kabul" = "Kabul, Afghanistan").
//! 7. `same-event-different-dates`: two entries the user linked as the same
//!    event, or with the same title (same words, ignoring case and
//!    punctuation), have ranges that do not overlap.

use super::chronology::{ApproxDate, ChronologyEntry};
use crate::checklist::id_enum;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::collections::BTreeSet;

/// Widest range (in days) for the two-places rule.
const SAME_TIME_MAX_DAYS: i64 = 31;

id_enum! {
    /// What kind of disagreement a finding is.
    FindingKind, "kind" {
        InTheFuture = "in-the-future",
        BeforeBirth = "before-birth",
        AgeDoesNotFit = "age-does-not-fit",
        OutOfOrder = "out-of-order",
        DepartureAfterArrival = "departure-after-arrival",
        TwoPlacesAtOnce = "two-places-at-once",
        SameEventDifferentDates = "same-event-different-dates",
    }
}

/// One thing to look at again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    /// The entry the finding is about (id).
    pub entry: String,
    /// The other entry involved, if any (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// A plain English explanation, without any of the user's text.
    pub explanation: String,
}

/// Lowercased words, punctuation dropped (any script).
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn places_differ(a: &str, b: &str) -> bool {
    let (a, b): (BTreeSet<String>, BTreeSet<String>) = (
        words(a).into_iter().collect(),
        words(b).into_iter().collect(),
    );
    if a.is_empty() || b.is_empty() {
        return false;
    }
    !a.is_subset(&b) && !b.is_subset(&a)
}

fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// Whole years from `birth` to `on` (negative when before).
fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

struct Dated<'a> {
    id: &'a str,
    entry: &'a ChronologyEntry,
    date: ApproxDate,
    range: (NaiveDate, NaiveDate),
}

/// Checks `entries` (id, entry) against each other, the date of birth (if
/// known) and `today`. Findings come sorted by kind, then entry ids.
pub fn check(
    entries: &[(String, ChronologyEntry)],
    date_of_birth: Option<&ApproxDate>,
    today: NaiveDate,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |kind, entry: &str, other: Option<&str>, explanation: &str| {
        out.push(Finding {
            kind,
            entry: entry.to_string(),
            other: other.map(str::to_string),
            explanation: explanation.to_string(),
        })
    };
    let dated: Vec<Dated<'_>> = entries
        .iter()
        .filter_map(|(id, e)| {
            e.date.map(|date| Dated {
                id,
                entry: e,
                date,
                range: date.range(),
            })
        })
        .collect();
    let birth = date_of_birth.map(ApproxDate::range);

    for d in &dated {
        if d.range.0 > today {
            push(
                FindingKind::InTheFuture,
                d.id,
                None,
                "This entry is dated after today.",
            );
        }
        if let Some((born_first, born_last)) = birth {
            if d.range.1 < born_first {
                push(
                    FindingKind::BeforeBirth,
                    d.id,
                    None,
                    "This entry is dated before your date of birth.",
                );
            } else if let Some(age) = d.entry.age {
                let youngest = age_on(born_last, d.range.0).max(0);
                let oldest = age_on(born_first, d.range.1);
                let age = i64::from(age);
                if age < i64::from(youngest) || age > i64::from(oldest) {
                    push(
                        FindingKind::AgeDoesNotFit,
                        d.id,
                        None,
                        "The age written in this entry does not fit your date of birth and the date of the entry.",
                    );
                }
            }
        }
    }

    let by_id = |id: &str| dated.iter().find(|d| d.id == id);
    for d in &dated {
        if let Some(before) = d.entry.after.as_deref().and_then(by_id) {
            if d.range.1 < before.range.0 {
                push(
                    FindingKind::OutOfOrder,
                    d.id,
                    Some(before.id),
                    "This entry says it happened after the other entry, but its date is before the other entry's date.",
                );
            }
        }
    }

    for left in dated
        .iter()
        .filter(|d| d.entry.kind == super::EventKind::LeftCountry)
    {
        for arrived in dated
            .iter()
            .filter(|d| d.entry.kind == super::EventKind::ArrivedBelgium)
        {
            if left.range.0 > arrived.range.1 {
                push(
                    FindingKind::DepartureAfterArrival,
                    left.id,
                    Some(arrived.id),
                    "You left your country on a date after the date you arrived in Belgium.",
                );
            }
        }
    }

    for (i, a) in dated.iter().enumerate() {
        for b in &dated[i + 1..] {
            let linked = a.entry.same_event_as.as_deref() == Some(b.id)
                || b.entry.same_event_as.as_deref() == Some(a.id);
            let ta = words(a.entry.title.as_str());
            let same_title = !ta.is_empty() && ta == words(b.entry.title.as_str());
            if (linked || same_title) && !overlap(a.range, b.range) {
                push(
                    FindingKind::SameEventDifferentDates,
                    a.id,
                    Some(b.id),
                    if linked {
                        "You marked these two entries as the same event, but their dates do not match."
                    } else {
                        "These two entries have the same title but their dates do not match. If they are the same event, check the date."
                    },
                );
            }
            let short = a.date.width_days() <= SAME_TIME_MAX_DAYS
                && b.date.width_days() <= SAME_TIME_MAX_DAYS;
            if short
                && !a.entry.kind.is_travel()
                && !b.entry.kind.is_travel()
                && overlap(a.range, b.range)
                && places_differ(a.entry.place.as_str(), b.entry.place.as_str())
            {
                push(
                    FindingKind::TwoPlacesAtOnce,
                    a.id,
                    Some(b.id),
                    "These two entries may be on the same days but name different places.",
                );
            }
        }
    }

    out.sort_by(|a, b| (a.kind, &a.entry, &a.other).cmp(&(b.kind, &b.entry, &b.other)));
    out
}

#[cfg(test)]
mod tests {
    use super::super::EventKind;
    use super::*;
    use crate::sensitive::UserText;

    /// An entry for the table: id, date text ("" = no date), place, title.
    fn e(id: &str, date: &str, place: &str, title: &str) -> (String, ChronologyEntry) {
        let date = (!date.is_empty()).then(|| date.parse::<ApproxDate>().unwrap());
        let mut entry = ChronologyEntry::new(date, UserText::new(title));
        entry.place = UserText::new(place);
        (id.to_string(), entry)
    }

    fn kind(mut x: (String, ChronologyEntry), k: EventKind) -> (String, ChronologyEntry) {
        x.1.kind = k;
        x
    }
    fn age(mut x: (String, ChronologyEntry), a: u32) -> (String, ChronologyEntry) {
        x.1.age = Some(a);
        x
    }
    fn after(mut x: (String, ChronologyEntry), other: &str) -> (String, ChronologyEntry) {
        x.1.after = Some(other.into());
        x
    }
    fn same(mut x: (String, ChronologyEntry), other: &str) -> (String, ChronologyEntry) {
        x.1.same_event_as = Some(other.into());
        x
    }

    struct Case {
        reason: &'static str,
        dob: &'static str,
        entries: Vec<(String, ChronologyEntry)>,
        /// (kind, entry, other) expected, in output order.
        want: Vec<(FindingKind, &'static str, Option<&'static str>)>,
    }

    use EventKind::{ArrivedBelgium as Arr, LeftCountry as Left, Travel};
    use FindingKind::*;

    fn cases() -> Vec<Case> {
        vec![
            Case {
                reason: "an empty chronology has nothing to say",
                dob: "",
                entries: vec![],
                want: vec![],
            },
            Case {
                reason: "a date after today is in the future",
                dob: "",
                entries: vec![e("a", "2027-01-05", "", "x")],
                want: vec![(InTheFuture, "a", None)],
            },
            Case {
                reason: "today itself is not the future",
                dob: "",
                entries: vec![e("a", "2026-11-23", "", "x")],
                want: vec![],
            },
            Case {
                reason: "'about' this year may still be past",
                dob: "",
                entries: vec![e("a", "~2027", "", "x")],
                want: vec![],
            },
            Case {
                reason: "a year fully after this one is the future",
                dob: "",
                entries: vec![e("a", "2028", "", "x")],
                want: vec![(InTheFuture, "a", None)],
            },
            Case {
                reason: "an undated entry is never checked by date",
                dob: "1990",
                entries: vec![age(e("a", "", "Herat", "x"), 99)],
                want: vec![],
            },
            Case {
                reason: "an event before the date of birth",
                dob: "1995-03-10",
                entries: vec![e("a", "1994-12-01", "", "x")],
                want: vec![(BeforeBirth, "a", None)],
            },
            Case {
                reason: "an event in the birth year of a year-only birth date may be after birth",
                dob: "1995",
                entries: vec![e("a", "1995-01-02", "", "x")],
                want: vec![],
            },
            Case {
                reason: "'about' a birth year widens it",
                dob: "~1995",
                entries: vec![e("a", "1994-06", "", "x")],
                want: vec![],
            },
            Case {
                reason: "the age fits the exact birth date",
                dob: "1990-06-15",
                entries: vec![age(e("a", "2010-06-15", "", "x"), 20)],
                want: vec![],
            },
            Case {
                reason: "one day before the birthday the age is one less",
                dob: "1990-06-15",
                entries: vec![age(e("a", "2010-06-14", "", "x"), 20)],
                want: vec![(AgeDoesNotFit, "a", None)],
            },
            Case {
                reason: "an age far off is found",
                dob: "1990-06-15",
                entries: vec![age(e("a", "2010", "", "x"), 25)],
                want: vec![(AgeDoesNotFit, "a", None)],
            },
            Case {
                reason: "year-only dates allow two possible ages",
                dob: "1990",
                entries: vec![
                    age(e("a", "2010", "", "x"), 19),
                    age(e("b", "2010", "", "y"), 20),
                ],
                want: vec![],
            },
            Case {
                reason: "without a date of birth ages are not checked",
                dob: "",
                entries: vec![age(e("a", "2010", "", "x"), 3)],
                want: vec![],
            },
            Case {
                reason: "stated 'after' but dated before",
                dob: "",
                entries: vec![
                    e("a", "2018-03", "", "x"),
                    after(e("b", "2017-11", "", "y"), "a"),
                ],
                want: vec![(OutOfOrder, "b", Some("a"))],
            },
            Case {
                reason: "stated 'after' and dated after is fine",
                dob: "",
                entries: vec![
                    e("a", "2018-03", "", "x"),
                    after(e("b", "2018-05", "", "y"), "a"),
                ],
                want: vec![],
            },
            Case {
                reason: "overlapping approximate dates cannot contradict the order",
                dob: "",
                entries: vec![
                    e("a", "~2018", "", "x"),
                    after(e("b", "2017-12", "", "y"), "a"),
                ],
                want: vec![],
            },
            Case {
                reason: "'after' an entry that does not exist is ignored",
                dob: "",
                entries: vec![after(e("b", "2017-11", "", "y"), "gone")],
                want: vec![],
            },
            Case {
                reason: "leaving after arriving in Belgium",
                dob: "",
                entries: vec![
                    kind(e("l", "2023-05-02", "Kabul", "left"), Left),
                    kind(e("r", "2023-04-20", "Brussels", "arrived"), Arr),
                ],
                want: vec![(DepartureAfterArrival, "l", Some("r"))],
            },
            Case {
                reason: "leaving before arriving is fine, and travel days may name two places",
                dob: "",
                entries: vec![
                    kind(e("l", "2023-04-01", "Kabul", "left"), Left),
                    kind(e("r", "2023-04-01", "Brussels", "arrived"), Arr),
                ],
                want: vec![],
            },
            Case {
                reason: "two events on the same day in different towns",
                dob: "",
                entries: vec![
                    e("a", "2020-02-03", "Herat", "x"),
                    e("b", "2020-02-03", "Mazar-i-Sharif", "y"),
                ],
                want: vec![(TwoPlacesAtOnce, "a", Some("b"))],
            },
            Case {
                reason: "the same town written longer is the same place",
                dob: "",
                entries: vec![
                    e("a", "2020-02-03", "Kabul", "x"),
                    e("b", "2020-02-03", "kabul, Afghanistan", "y"),
                ],
                want: vec![],
            },
            Case {
                reason: "same month, different places, month precision is close enough to ask",
                dob: "",
                entries: vec![
                    e("a", "2020-02", "Asmara", "x"),
                    e("b", "2020-02-10", "Khartoum", "y"),
                ],
                want: vec![(TwoPlacesAtOnce, "a", Some("b"))],
            },
            Case {
                reason: "a year is too long to say two places clash",
                dob: "",
                entries: vec![
                    e("a", "2020", "Asmara", "x"),
                    e("b", "2020-02-10", "Khartoum", "y"),
                ],
                want: vec![],
            },
            Case {
                reason: "a travel step exempts the pair from the two-places rule",
                dob: "",
                entries: vec![
                    kind(e("a", "2020-02-03", "Van", "x"), Travel),
                    e("b", "2020-02-03", "Erzurum", "y"),
                ],
                want: vec![],
            },
            Case {
                reason: "an empty place is never a conflict",
                dob: "",
                entries: vec![
                    e("a", "2020-02-03", "", "x"),
                    e("b", "2020-02-03", "Goma", "y"),
                ],
                want: vec![],
            },
            Case {
                reason: "places in other scripts are compared by words too",
                dob: "",
                entries: vec![
                    e("a", "2020-02-03", "حلب", "x"),
                    e("b", "2020-02-03", "دمشق", "y"),
                ],
                want: vec![(TwoPlacesAtOnce, "a", Some("b"))],
            },
            Case {
                reason: "linked as the same event with different dates",
                dob: "",
                entries: vec![
                    e("a", "2019-04-12", "", "raid"),
                    same(e("b", "2019-06-01", "", "the soldiers came"), "a"),
                ],
                want: vec![(SameEventDifferentDates, "a", Some("b"))],
            },
            Case {
                reason: "same title (case and punctuation ignored) with different dates",
                dob: "",
                entries: vec![
                    e("a", "2019-04-12", "", "Arrest of my brother"),
                    e("b", "2019-09", "", "arrest of my brother!"),
                ],
                want: vec![(SameEventDifferentDates, "a", Some("b"))],
            },
            Case {
                reason: "same event with overlapping approximate dates is fine",
                dob: "",
                entries: vec![
                    e("a", "~2019-04", "", "raid"),
                    same(e("b", "2019-05-02", "", "raid"), "a"),
                ],
                want: vec![],
            },
            Case {
                reason: "an empty title never makes two entries the same event",
                dob: "",
                entries: vec![e("a", "2019-04-12", "", ""), e("b", "2015", "", "  ")],
                want: vec![],
            },
            Case {
                reason: "several findings come sorted by kind then id",
                dob: "2000-01-01",
                entries: vec![e("z", "1999", "", "x"), e("a", "2030", "", "y")],
                want: vec![(InTheFuture, "a", None), (BeforeBirth, "z", None)],
            },
        ]
    }

    #[test]
    fn the_case_table() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let cases = cases();
        assert!(cases.len() >= 25, "only {} cases", cases.len());
        for c in cases {
            let dob = (!c.dob.is_empty()).then(|| c.dob.parse::<ApproxDate>().unwrap());
            let got = check(&c.entries, dob.as_ref(), today);
            let got: Vec<(FindingKind, &str, Option<&str>)> = got
                .iter()
                .map(|f| (f.kind, f.entry.as_str(), f.other.as_deref()))
                .collect();
            assert_eq!(got, c.want, "case: {}", c.reason);
        }
    }

    #[test]
    fn explanations_never_contain_user_text() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let entries = vec![
            e("a", "2030-01-01", "SECRETPLACE1", "SECRETTITLE"),
            e("b", "2030-01-01", "SECRETPLACE2", "SECRETTITLE"),
            age(e("c", "1980", "SECRETPLACE3", "x"), 77),
        ];
        let dob = "1990".parse::<ApproxDate>().unwrap();
        let found = check(&entries, Some(&dob), today);
        assert!(found.len() >= 4);
        let all = serde_json::to_string(&found).unwrap() + &format!("{found:?}");
        assert!(!all.contains("SECRET") && !all.contains("77"));
    }
}
