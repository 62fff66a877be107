//! Time as the core sees it. The shells (and tests) can provide their own
//! clock; the core never reads the system time behind a caller's back.

use chrono::{DateTime, Utc};
use std::sync::Mutex;

/// A source of the current time.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to (tests, demos).
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        FixedClock(Mutex::new(at))
    }

    pub fn set(&self, at: DateTime<Utc>) {
        if let Ok(mut t) = self.0.lock() {
            *t = at;
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        if let Ok(mut t) = self.0.lock() {
            *t += by;
        }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        match self.0.lock() {
            Ok(t) => *t,
            Err(poisoned) => *poisoned.into_inner(),
        }
    }
}

/// Belgian local time (CET/CEST) for a UTC instant. EU rule: summer time
/// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October. Written out instead of pulling in a time-zone
/// database, which would add megabytes to the phone library for one zone.
pub fn brussels_local(at: DateTime<Utc>) -> chrono::NaiveDateTime {
    use chrono::{Datelike, Duration, NaiveDate, Weekday};
    let year = at.year();
    let last_sunday = |month: u32| -> Option<chrono::NaiveDateTime> {
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        }?;
        let mut d = first_next.pred_opt()?;
        while d.weekday() != Weekday::Sun {
            d = d.pred_opt()?;
        }
        d.and_hms_opt(1, 0, 0)
    };
    let naive = at.naive_utc();
    let summer = match (last_sunday(3), last_sunday(10)) {
        (Some(start), Some(end)) => naive >= start && naive < end,
        _ => false,
    };
    naive + Duration::hours(if summer { 2 } else { 1 })
}

/// Today's date in Belgium.
pub fn brussels_today(clock: &dyn Clock) -> chrono::NaiveDate {
    brussels_local(clock.now()).date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn belgian_time_follows_summer_time() {
        let at = |y, mo, d, h, mi| Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap();
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(
            brussels_local(at(2026, 1, 15, 12, 0)).to_string(),
            "2026-01-15 13:00:00"
        );
        assert_eq!(
            brussels_local(at(2026, 3, 29, 0, 59)).to_string(),
            "2026-03-29 01:59:00"
        );
        assert_eq!(
            brussels_local(at(2026, 3, 29, 1, 0)).to_string(),
            "2026-03-29 03:00:00"
        );
        assert_eq!(
            brussels_local(at(2026, 10, 25, 0, 59)).to_string(),
            "2026-10-25 02:59:00"
        );
        assert_eq!(
            brussels_local(at(2026, 10, 25, 1, 0)).to_string(),
            "2026-10-25 02:00:00"
        );
        // Late evening UTC is already tomorrow in Brussels.
        assert_eq!(
            brussels_today(&FixedClock::new(at(2026, 12, 31, 23, 30))).to_string(),
            "2027-01-01"
        );
    }
}
