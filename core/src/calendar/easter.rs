//! Easter Sunday in the Gregorian calendar.
//!
//! Computed with the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher),
//! not looked up in a table. Three Belgian legal holidays depend on it:
//! Easter Monday (+1), Ascension (+39) and Whit Monday (+50).

use chrono::NaiveDate;

/// Easter Sunday of `year` (Gregorian calendar).
///
/// Returns `None` only when the year is outside the range
/// [`chrono::NaiveDate`] can represent.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // Anonymous Gregorian algorithm. All values are non-negative for
    // years >= 1; `rem_euclid` keeps it correct for any year chrono supports.
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Published Easter Sunday dates (Gregorian), written as data.
    const PUBLISHED: [(i32, u32, u32); 7] = [
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2028, 4, 16),
        (2029, 4, 1),
        (2030, 4, 21),
    ];

    #[test]
    fn matches_published_dates_2024_2030() {
        for (y, m, day) in PUBLISHED {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "Easter {y}");
        }
    }

    #[test]
    fn matches_other_well_known_dates() {
        // Extremes of the Easter range and a few historical years.
        assert_eq!(easter_sunday(1818), Some(d(1818, 3, 22))); // earliest possible
        assert_eq!(easter_sunday(2285), Some(d(2285, 3, 22)));
        assert_eq!(easter_sunday(1943), Some(d(1943, 4, 25))); // latest possible
        assert_eq!(easter_sunday(2038), Some(d(2038, 4, 25)));
        assert_eq!(easter_sunday(2000), Some(d(2000, 4, 23)));
        assert_eq!(easter_sunday(2019), Some(d(2019, 4, 21)));
    }

    #[test]
    fn always_a_sunday_between_22_march_and_25_april() {
        use chrono::{Datelike, Weekday};
        for y in 1900..=2200 {
            let e = easter_sunday(y).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{y}");
            assert!(e >= d(y, 3, 22) && e <= d(y, 4, 25), "{y}");
        }
    }
}
