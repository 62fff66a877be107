//! The chronology of life events, with exact or approximate dates.

use crate::checklist::{id_enum, redacted_debug};
use crate::sensitive::UserText;
use crate::vault::{Record, RecordId};
use crate::{Error, Result};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Years a life event may have.
pub const EVENT_MIN_YEAR: i32 = 1900;
pub const EVENT_MAX_YEAR: i32 = 2100;

/// A date as precise as the person remembers it: a year, a month or a day,
/// optionally "about".
///
/// As a range (see [`ApproxDate::range`]): a year covers 1 January to
/// 31 December, a month its first to last day, a day itself. "About"
/// widens the range by one unit of its precision on each side: a year by a
/// year, a month by a month, a day by 7 days.
///
/// Text form: `2019`, `2019-05`, `2019-05-14`, with `~` in front for
/// "about" (`~2019-05`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ApproxDate {
    pub year: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    #[serde(default)]
    pub about: bool,
}

impl ApproxDate {
    pub fn year(year: i32) -> Result<Self> {
        Self::new(year, None, None, false)
    }

    pub fn month(year: i32, month: u32) -> Result<Self> {
        Self::new(year, Some(month), None, false)
    }

    pub fn day(year: i32, month: u32, day: u32) -> Result<Self> {
        Self::new(year, Some(month), Some(day), false)
    }

    /// The same date, marked "about".
    pub fn about(self) -> Self {
        ApproxDate {
            about: true,
            ..self
        }
    }

    pub fn new(year: i32, month: Option<u32>, day: Option<u32>, about: bool) -> Result<Self> {
        let d = ApproxDate {
            year,
            month,
            day,
            about,
        };
        d.validate()?;
        Ok(d)
    }

    /// Refuses years outside 1900-2100, month 0 or 13, 30 February, a
    /// day without a month.
    pub fn validate(&self) -> Result<()> {
        if !(EVENT_MIN_YEAR..=EVENT_MAX_YEAR).contains(&self.year) {
            return Err(Error::invalid(
                "date",
                format!("the year must be between {EVENT_MIN_YEAR} and {EVENT_MAX_YEAR}"),
            ));
        }
        match (self.month, self.day) {
            (None, Some(_)) => Err(Error::invalid("date", "a day needs a month")),
            (Some(m), _) if !(1..=12).contains(&m) => {
                Err(Error::invalid("date", "the month must be 1 to 12"))
            }
            (Some(m), Some(d)) if NaiveDate::from_ymd_opt(self.year, m, d).is_none() => {
                Err(Error::invalid("date", "this day does not exist"))
            }
            _ => Ok(()),
        }
    }

    /// True for a date precise to the day and not "about".
    pub fn is_exact(&self) -> bool {
        self.day.is_some() && !self.about
    }

    /// First and last possible day (inclusive), "about" included.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN);
        let (start, end) = match (self.month, self.day) {
            (Some(m), Some(d)) => (ymd(self.year, m, d), ymd(self.year, m, d)),
            (Some(m), None) => {
                let first = ymd(self.year, m, 1);
                let last = first
                    .checked_add_months(Months::new(1))
                    .and_then(|n| n.pred_opt())
                    .unwrap_or(first);
                (first, last)
            }
            _ => (ymd(self.year, 1, 1), ymd(self.year, 12, 31)),
        };
        if !self.about {
            return (start, end);
        }
        match (self.month, self.day) {
            (Some(_), Some(_)) => (
                start - chrono::Duration::days(7),
                end + chrono::Duration::days(7),
            ),
            (Some(_), None) => (
                start.checked_sub_months(Months::new(1)).unwrap_or(start),
                // The last day of the following month.
                start
                    .checked_add_months(Months::new(2))
                    .and_then(|n| n.pred_opt())
                    .unwrap_or(end),
            ),
            _ => (
                start.checked_sub_months(Months::new(12)).unwrap_or(start),
                end.checked_add_months(Months::new(12)).unwrap_or(end),
            ),
        }
    }

    /// Days covered by [`ApproxDate::range`].
    pub fn width_days(&self) -> i64 {
        let (s, e) = self.range();
        (e - s).num_days() + 1
    }
}

impl fmt::Display for ApproxDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.about {
            f.write_str("~")?;
        }
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for ApproxDate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        let (about, rest) = match s.strip_prefix('~') {
            Some(r) => (true, r.trim()),
            None => (false, s),
        };
        let bad = || {
            Error::invalid(
                "date",
                "must look like 2019, 2019-05 or 2019-05-14 (~ for about)",
            )
        };
        let parts: Vec<&str> = rest.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (num(y, 4)?, None, None),
            [y, m] => (num(y, 4)?, Some(num(m, 2)?), None),
            [y, m, d] => (num(y, 4)?, Some(num(m, 2)?), Some(num(d, 2)?)),
            _ => return Err(bad()),
        };
        ApproxDate::new(year as i32, month, day, about)
    }
}

id_enum! {
    /// What kind of event an entry is. The travel kinds matter to the
    /// consistency check (leaving must come before arriving; a travel day
    /// may name two places).
    EventKind, "kind" {
        /// Anything that happened.
        Event = "event",
        /// Leaving the country of origin.
        LeftCountry = "left-country",
        /// Arriving in Belgium.
        ArrivedBelgium = "arrived-belgium",
        /// A step of the journey (crossing a border, a stay on the way).
        Travel = "travel",
    }
}

impl EventKind {
    pub fn is_travel(self) -> bool {
        !matches!(self, EventKind::Event)
    }
}

/// One life event, in the user's own words. `Debug` shows nothing.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChronologyEntry {
    /// `None`: the user does not know when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproxDate>,
    pub kind: EventKind,
    /// A short name for the event ("the arrest of my brother").
    pub title: UserText,
    #[serde(default)]
    pub place: UserText,
    #[serde(default)]
    pub people: UserText,
    #[serde(default)]
    pub what_happened: UserText,
    /// "I was N years old" (checked against the date of birth).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// The id of an entry this one happened after, as the user tells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The id of an entry the user says is the same event (for example
    /// told twice, at the Immigration Office and now).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_event_as: Option<String>,
}

impl Record for ChronologyEntry {
    const COLLECTION: &'static str = "interview-chronology";
}

pub type EntryId = RecordId<ChronologyEntry>;

redacted_debug!(ApproxDate, ChronologyEntry);

impl ChronologyEntry {
    /// A plain event with a date and a title; other fields empty.
    pub fn new(date: Option<ApproxDate>, title: impl Into<UserText>) -> Self {
        ChronologyEntry {
            date,
            kind: EventKind::Event,
            title: title.into(),
            place: UserText::default(),
            people: UserText::default(),
            what_happened: UserText::default(),
            age: None,
            after: None,
            same_event_as: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn parse_display_and_ranges() {
        let cases = [
            ("2019", (d(2019, 1, 1), d(2019, 12, 31))),
            ("2020-02", (d(2020, 2, 1), d(2020, 2, 29))),
            ("2019-05-14", (d(2019, 5, 14), d(2019, 5, 14))),
            ("~2019", (d(2018, 1, 1), d(2020, 12, 31))),
            ("~2019-01", (d(2018, 12, 1), d(2019, 2, 28))),
            ("~2019-12", (d(2019, 11, 1), d(2020, 1, 31))),
            ("~2019-05-14", (d(2019, 5, 7), d(2019, 5, 21))),
        ];
        for (text, range) in cases {
            let a: ApproxDate = text.parse().unwrap();
            assert_eq!(a.range(), range, "{text}");
            assert_eq!(a.to_string(), text);
        }
        assert_eq!("2019-05-14".parse::<ApproxDate>().unwrap().width_days(), 1);
        for bad in [
            "",
            "19",
            "2019-5",
            "2019-13",
            "2019-02-30",
            "1899",
            "2101",
            "2019-05-14-1",
            "abcd",
            "~",
        ] {
            assert!(
                matches!(bad.parse::<ApproxDate>(), Err(Error::InvalidInput { .. })),
                "{bad}"
            );
        }
        assert!(ApproxDate::new(2019, None, Some(3), false).is_err());
    }
}
