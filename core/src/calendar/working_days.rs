//! Working days.
//!
//! Reading of procedure-rules.md ("Counting", first bullet): a working day
//! is every day except Saturday, Sunday and the ten legal public holidays
//! (Civil Code Book 1 art. 1.7, in force since 2023). Whether the Aliens Act
//! uses its own definition is UNVERIFIED; the deadline explanation says so.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::holidays::{holiday_on, Holiday};

/// Why a day is not a working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "holiday")]
pub enum NonWorkingReason {
    Saturday,
    Sunday,
    /// A legal public holiday. When a holiday falls on a weekend, the
    /// holiday is reported (it is the more helpful name).
    Holiday(Holiday),
}

/// Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Why `date` is not a working day, or `None` if it is one.
pub fn non_working_reason(date: NaiveDate) -> Option<NonWorkingReason> {
    if let Some(h) = holiday_on(date) {
        return Some(NonWorkingReason::Holiday(h));
    }
    match date.weekday() {
        Weekday::Sat => Some(NonWorkingReason::Saturday),
        Weekday::Sun => Some(NonWorkingReason::Sunday),
        _ => None,
    }
}

/// Not a Saturday, not a Sunday, not a legal public holiday.
pub fn is_working_day(date: NaiveDate) -> bool {
    non_working_reason(date).is_none()
}

/// The first working day strictly after `date`. `None` only at the end of
/// chrono's date range.
pub fn next_working_day(date: NaiveDate) -> Option<NaiveDate> {
    let mut d = date.checked_add_days(Days::new(1))?;
    while !is_working_day(d) {
        d = d.checked_add_days(Days::new(1))?;
    }
    Some(d)
}

/// The result of counting working days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingDayCount {
    /// The last counted working day (the deadline).
    pub end: NaiveDate,
    /// Every counted working day, in order (`counted.len() == n`).
    pub counted: Vec<NaiveDate>,
    /// Legal holidays on a weekday that were passed over (a holiday on a
    /// weekend is not listed: it would not have counted anyway).
    pub skipped_holidays: Vec<(NaiveDate, Holiday)>,
}

/// Count `n` working days, starting the day **after** `from` (the trigger
/// day itself never counts). With `n == 0` the result is `from` itself.
/// `None` only at the end of chrono's date range.
pub fn add_working_days(from: NaiveDate, n: u32) -> Option<WorkingDayCount> {
    let mut counted = Vec::with_capacity(n as usize);
    let mut skipped_holidays = Vec::new();
    let mut d = from;
    while counted.len() < n as usize {
        d = d.checked_add_days(Days::new(1))?;
        match non_working_reason(d) {
            None => counted.push(d),
            Some(NonWorkingReason::Holiday(h)) if !is_weekend(d) => skipped_holidays.push((d, h)),
            Some(_) => {}
        }
    }
    Some(WorkingDayCount {
        end: d,
        counted,
        skipped_holidays,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weekends_and_holidays_are_not_working_days() {
        assert!(is_working_day(d(2026, 11, 23))); // Monday
        assert!(!is_working_day(d(2026, 11, 21))); // Saturday
        assert!(!is_working_day(d(2026, 11, 22))); // Sunday
        assert!(!is_working_day(d(2026, 11, 11))); // Armistice, Wednesday
        assert!(!is_working_day(d(2026, 12, 26))); // Saturday anyway
        assert!(is_working_day(d(2025, 12, 26))); // Friday, not a holiday
        assert_eq!(
            non_working_reason(d(2027, 12, 25)), // Saturday and Christmas
            Some(NonWorkingReason::Holiday(Holiday::ChristmasDay))
        );
        assert_eq!(
            non_working_reason(d(2027, 12, 26)),
            Some(NonWorkingReason::Sunday)
        );
    }

    #[test]
    fn next_working_day_skips_weekend_and_holidays() {
        // Fri 24 Dec 2027 -> Sat 25 (Christmas), Sun 26 -> Mon 27 Dec 2027.
        assert_eq!(next_working_day(d(2027, 12, 24)), Some(d(2027, 12, 27)));
        // Thu 31 Dec 2026 -> Fri 1 Jan 2027 holiday -> Mon 4 Jan 2027.
        assert_eq!(next_working_day(d(2026, 12, 31)), Some(d(2027, 1, 4)));
        // Fri 2 Apr 2027 -> Sat, Sun -> Mon 5 Apr 2027 (Easter Monday is 29 Mar).
        assert_eq!(next_working_day(d(2027, 4, 2)), Some(d(2027, 4, 5)));
        // Fri 3 Apr 2026 -> Sat, Sun, Easter Monday 6 Apr -> Tue 7 Apr 2026.
        assert_eq!(next_working_day(d(2026, 4, 3)), Some(d(2026, 4, 7)));
    }

    #[test]
    fn add_working_days_lists_skipped_weekday_holidays() {
        // From Wed 13 May 2026: Thu 14 is Ascension. 3 wd: Fri 15, Mon 18, Tue 19.
        let c = add_working_days(d(2026, 5, 13), 3).unwrap();
        assert_eq!(c.end, d(2026, 5, 19));
        assert_eq!(
            c.counted,
            vec![d(2026, 5, 15), d(2026, 5, 18), d(2026, 5, 19)]
        );
        assert_eq!(
            c.skipped_holidays,
            vec![(d(2026, 5, 14), Holiday::AscensionDay)]
        );
        // Zero days: the day itself.
        assert_eq!(
            add_working_days(d(2026, 5, 13), 0).unwrap().end,
            d(2026, 5, 13)
        );
        // A weekend holiday is not listed: Sat 25 Dec 2027, 1 wd from Fri 24.
        let c = add_working_days(d(2027, 12, 24), 1).unwrap();
        assert_eq!(c.end, d(2027, 12, 27));
        assert!(c.skipped_holidays.is_empty());
    }
}
