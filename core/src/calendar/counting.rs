//! Counting calendar-day and month periods, and the weekend/holiday
//! roll-over.
//!
//! Readings of procedure-rules.md, section "Counting":
//!
//! - **Start.** A day-based period starts the day after the trigger
//!   (Judicial Code art. 52): the trigger day never counts. So "30 days
//!   from 10 March" ends on 9 April: 11 March is day 1.
//! - **Calendar days** include weekends and holidays.
//! - **Roll-over** (Judicial Code art. 53): when the last day is a
//!   Saturday, Sunday or legal public holiday, the deadline moves to the
//!   next working day. This rule is written for court acts; applying it to
//!   administrative steps is our choice and the explanation flags it.
//! - **Months** (Judicial Code art. 54) run "from the Nth to the day before
//!   the Nth" ("de quantième à veille de quantième"). Combined with art. 52
//!   the Nth is the day after the trigger: a decision notified on 15 March
//!   gives a one-month period from 16 March to 15 April.
//! - **Short months** (our documented choice): when the target month has no
//!   Nth day (start on the 29th, 30th or 31st, target month shorter), the
//!   period ends on the **last day of the target month**. Reason: the
//!   literal "day before the Nth" does not exist; ending earlier would cut
//!   the person's time, ending later would go past the month the law names.
//!   Example: trigger 30 January 2027, start 31 January, one month ends on
//!   28 February 2027 (29 February in 2028). Trigger 31 January gives the
//!   same end (start 1 February, the day before 1 March).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::working_days::{non_working_reason, NonWorkingReason};

/// `from` + `n` calendar days, without roll-over. Day 1 is the day after
/// `from`. `None` only at the end of chrono's range.
pub fn add_calendar_days(from: NaiveDate, n: u32) -> Option<NaiveDate> {
    from.checked_add_days(Days::new(u64::from(n)))
}

/// A last day that fell on a non-working day and was moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollOver {
    /// The computed last day before the move.
    pub last_day: NaiveDate,
    /// Every non-working day passed over, starting with `last_day`.
    pub skipped: Vec<(NaiveDate, NonWorkingReason)>,
    /// The next working day: the new last day.
    pub moved_to: NaiveDate,
}

/// Judicial Code art. 53: a last day on a Saturday, Sunday or legal holiday
/// moves to the next working day. Returns the (possibly moved) date and
/// the roll-over details when it moved.
pub fn roll_to_working_day(last_day: NaiveDate) -> Option<(NaiveDate, Option<RollOver>)> {
    let mut skipped = Vec::new();
    let mut d = last_day;
    while let Some(reason) = non_working_reason(d) {
        skipped.push((d, reason));
        d = d.checked_add_days(Days::new(1))?;
    }
    if skipped.is_empty() {
        Some((d, None))
    } else {
        Some((
            d,
            Some(RollOver {
                last_day,
                skipped,
                moved_to: d,
            }),
        ))
    }
}

/// The result of counting a month-based period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCount {
    /// First day of the period: the day after the trigger.
    pub start: NaiveDate,
    /// Last day of the period (before any roll-over).
    pub end: NaiveDate,
    /// `Some(n)` when the target month has no day `n` (the start day) and
    /// the period was ended on the last day of that month instead.
    pub missing_day: Option<u32>,
}

/// A period of `n` months after `trigger`, "from the Nth to the day before
/// the Nth" (art. 54), with the short-month choice documented above.
pub fn add_months(trigger: NaiveDate, n: u32) -> Option<MonthCount> {
    let start = trigger.checked_add_days(Days::new(1))?;
    let first_of_start_month = start.with_day(1)?;
    let first_of_target = first_of_start_month.checked_add_months(Months::new(n))?;
    match first_of_target.with_day(start.day()) {
        // The Nth exists in the target month: end on the day before it.
        Some(nth) => Some(MonthCount {
            start,
            end: nth.checked_sub_days(Days::new(1))?,
            missing_day: None,
        }),
        // No Nth in the target month: end on its last day.
        None => {
            let last = first_of_target
                .checked_add_months(Months::new(1))?
                .checked_sub_days(Days::new(1))?;
            Some(MonthCount {
                start,
                end: last,
                missing_day: Some(start.day()),
            })
        }
    }
}

/// `date` - `n` calendar days (for windows before an event, such as asking
/// to renew a card 45 to 30 days before it expires). No roll-over.
pub fn sub_calendar_days(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(u64::from(n)))
}

/// Helper used by explanations: whether the roll-over happened because of a
/// holiday (true) or only a weekend (false).
pub fn rolled_for_holiday(roll: &RollOver) -> bool {
    roll.skipped
        .iter()
        .any(|(_, r)| matches!(r, NonWorkingReason::Holiday(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Holiday;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_from_nth_to_day_before_nth() {
        // Notified 15 Mar 2027: start 16 Mar, one month ends 15 Apr 2027.
        let m = add_months(d(2027, 3, 15), 1).unwrap();
        assert_eq!(
            (m.start, m.end, m.missing_day),
            (d(2027, 3, 16), d(2027, 4, 15), None)
        );
        // Trigger on the last day of a month: 30 Apr 2027, start 1 May,
        // one month ends the day before 1 June: 31 May.
        assert_eq!(add_months(d(2027, 4, 30), 1).unwrap().end, d(2027, 5, 31));
        // 31 Jan 2027: start 1 Feb, ends 28 Feb 2027 (no adjustment needed).
        let m = add_months(d(2027, 1, 31), 1).unwrap();
        assert_eq!((m.end, m.missing_day), (d(2027, 2, 28), None));
    }

    #[test]
    fn short_target_month_ends_on_its_last_day() {
        // 30 Jan 2027: start 31 Jan, February 2027 has no 31st -> 28 Feb.
        let m = add_months(d(2027, 1, 30), 1).unwrap();
        assert_eq!((m.end, m.missing_day), (d(2027, 2, 28), Some(31)));
        // Leap year: 30 Jan 2028 -> 29 Feb 2028.
        assert_eq!(add_months(d(2028, 1, 30), 1).unwrap().end, d(2028, 2, 29));
        // 28 Jan 2028: start 29 Jan, 29 Feb 2028 exists -> 28 Feb 2028.
        let m = add_months(d(2028, 1, 28), 1).unwrap();
        assert_eq!((m.end, m.missing_day), (d(2028, 2, 28), None));
        // 29 Jul 2027 + 4 months: start 30 Jul, November has 30 -> 29 Nov.
        assert_eq!(add_months(d(2027, 7, 29), 4).unwrap().end, d(2027, 11, 29));
        // 30 Jul 2027 + 4 months: start 31 Jul, no 31 Nov -> 30 Nov.
        assert_eq!(add_months(d(2027, 7, 30), 4).unwrap().end, d(2027, 11, 30));
    }

    #[test]
    fn roll_over_skips_weekend_and_holiday_chains() {
        // Sat 4 Apr 2026, Sun 5 (Easter), Mon 6 (Easter Monday) -> Tue 7 Apr.
        let (to, roll) = roll_to_working_day(d(2026, 4, 4)).unwrap();
        assert_eq!(to, d(2026, 4, 7));
        let roll = roll.unwrap();
        assert_eq!(roll.skipped.len(), 3);
        assert_eq!(
            roll.skipped[2],
            (
                d(2026, 4, 6),
                NonWorkingReason::Holiday(Holiday::EasterMonday)
            )
        );
        assert!(rolled_for_holiday(&roll));
        // A working day does not move.
        assert_eq!(
            roll_to_working_day(d(2026, 4, 8)).unwrap(),
            (d(2026, 4, 8), None)
        );
    }
}
