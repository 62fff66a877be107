//! The ten Belgian legal public holidays (Royal Decree of 18 April 1974,
//! see procedure-rules.md "Counting" and source W12).
//!
//! - 1 January, Easter Monday, 1 May, Ascension (Easter + 39 days),
//!   Whit Monday (Easter + 50 days), 21 July, 15 August, 1 November,
//!   11 November, 25 December.
//! - A holiday that falls on a Saturday or Sunday is **not** moved: for
//!   counting deadlines it simply coincides with a weekend day.
//! - 26 December and the community holidays (27 September, 11 July,
//!   15 November...) are **not** legal public holidays.

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::easter::easter_sunday;

/// One of the ten Belgian legal public holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    NewYearsDay,
    EasterMonday,
    LabourDay,
    AscensionDay,
    WhitMonday,
    NationalDay,
    AssumptionDay,
    AllSaintsDay,
    ArmisticeDay,
    ChristmasDay,
}

impl Holiday {
    /// All ten holidays, in calendar order.
    pub fn all() -> [Holiday; 10] {
        [
            Holiday::NewYearsDay,
            Holiday::EasterMonday,
            Holiday::LabourDay,
            Holiday::AscensionDay,
            Holiday::WhitMonday,
            Holiday::NationalDay,
            Holiday::AssumptionDay,
            Holiday::AllSaintsDay,
            Holiday::ArmisticeDay,
            Holiday::ChristmasDay,
        ]
    }

    /// Stable kebab-case id (also the serde form).
    pub fn id(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "new-years-day",
            Holiday::EasterMonday => "easter-monday",
            Holiday::LabourDay => "labour-day",
            Holiday::AscensionDay => "ascension-day",
            Holiday::WhitMonday => "whit-monday",
            Holiday::NationalDay => "national-day",
            Holiday::AssumptionDay => "assumption-day",
            Holiday::AllSaintsDay => "all-saints-day",
            Holiday::ArmisticeDay => "armistice-day",
            Holiday::ChristmasDay => "christmas-day",
        }
    }

    /// The Fluent message id of the holiday's name (in `deadlines.ftl`).
    pub fn message_id(self) -> String {
        format!("holiday-{}", self.id())
    }

    /// English name.
    pub fn name(self) -> &'static str {
        match self {
            Holiday::NewYearsDay => "New Year's Day",
            Holiday::EasterMonday => "Easter Monday",
            Holiday::LabourDay => "Labour Day",
            Holiday::AscensionDay => "Ascension Day",
            Holiday::WhitMonday => "Whit Monday",
            Holiday::NationalDay => "Belgian National Day",
            Holiday::AssumptionDay => "Assumption Day",
            Holiday::AllSaintsDay => "All Saints' Day",
            Holiday::ArmisticeDay => "Armistice Day",
            Holiday::ChristmasDay => "Christmas Day",
        }
    }

    /// The date of this holiday in `year`, or `None` if the year is outside
    /// chrono's range.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
        let from_easter = |days: u64| easter_sunday(year)?.checked_add_days(Days::new(days));
        match self {
            Holiday::NewYearsDay => fixed(1, 1),
            Holiday::EasterMonday => from_easter(1),
            Holiday::LabourDay => fixed(5, 1),
            Holiday::AscensionDay => from_easter(39),
            Holiday::WhitMonday => from_easter(50),
            Holiday::NationalDay => fixed(7, 21),
            Holiday::AssumptionDay => fixed(8, 15),
            Holiday::AllSaintsDay => fixed(11, 1),
            Holiday::ArmisticeDay => fixed(11, 11),
            Holiday::ChristmasDay => fixed(12, 25),
        }
    }
}

/// The ten legal holidays of `year` with their dates, in calendar order.
pub fn holidays_in_year(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let mut v: Vec<(NaiveDate, Holiday)> = Holiday::all()
        .into_iter()
        .filter_map(|h| h.date_in(year).map(|d| (d, h)))
        .collect();
    v.sort();
    v
}

/// The legal holiday falling on `date`, if any.
pub fn holiday_on(date: NaiveDate) -> Option<Holiday> {
    Holiday::all()
        .into_iter()
        .find(|h| h.date_in(date.year()) == Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Published Easter Sundays and, derived by hand from them,
    /// (Easter Monday, Ascension Thursday, Whit Monday).
    /// Ascension = Easter + 39, Whit Monday = Easter + 50.
    type Ymd = (i32, u32, u32);
    type Md = (u32, u32);
    const MOVABLE: [(Ymd, Md, Md, Md); 7] = [
        ((2024, 3, 31), (4, 1), (5, 9), (5, 20)),
        ((2025, 4, 20), (4, 21), (5, 29), (6, 9)),
        ((2026, 4, 5), (4, 6), (5, 14), (5, 25)),
        ((2027, 3, 28), (3, 29), (5, 6), (5, 17)),
        ((2028, 4, 16), (4, 17), (5, 25), (6, 5)),
        ((2029, 4, 1), (4, 2), (5, 10), (5, 21)),
        ((2030, 4, 21), (4, 22), (5, 30), (6, 10)),
    ];

    #[test]
    fn all_ten_holidays_2024_2030() {
        for ((y, em, ed), (mm, md), (am, ad), (wm, wd)) in MOVABLE {
            assert_eq!(easter_sunday(y), Some(d(y, em, ed)));
            let expected = vec![
                (d(y, 1, 1), Holiday::NewYearsDay),
                (d(y, mm, md), Holiday::EasterMonday),
                (d(y, 5, 1), Holiday::LabourDay),
                (d(y, am, ad), Holiday::AscensionDay),
                (d(y, wm, wd), Holiday::WhitMonday),
                (d(y, 7, 21), Holiday::NationalDay),
                (d(y, 8, 15), Holiday::AssumptionDay),
                (d(y, 11, 1), Holiday::AllSaintsDay),
                (d(y, 11, 11), Holiday::ArmisticeDay),
                (d(y, 12, 25), Holiday::ChristmasDay),
            ];
            let mut sorted = expected.clone();
            sorted.sort();
            assert_eq!(holidays_in_year(y), sorted, "holidays {y}");
            for (date, h) in expected {
                assert_eq!(holiday_on(date), Some(h), "{date}");
            }
        }
    }

    #[test]
    fn movable_holidays_fall_on_the_right_weekday() {
        use chrono::Weekday;
        for y in 2024..=2030 {
            assert_eq!(
                Holiday::EasterMonday.date_in(y).unwrap().weekday(),
                Weekday::Mon
            );
            assert_eq!(
                Holiday::AscensionDay.date_in(y).unwrap().weekday(),
                Weekday::Thu
            );
            assert_eq!(
                Holiday::WhitMonday.date_in(y).unwrap().weekday(),
                Weekday::Mon
            );
        }
    }

    #[test]
    fn boxing_day_and_community_holidays_are_not_legal_holidays() {
        for y in 2024..=2030 {
            assert_eq!(holiday_on(d(y, 12, 26)), None);
            assert_eq!(holiday_on(d(y, 9, 27)), None); // French Community
            assert_eq!(holiday_on(d(y, 7, 11)), None); // Flemish Community
            assert_eq!(holiday_on(d(y, 11, 15)), None); // German-speaking Community
            assert_eq!(holiday_on(d(y, 12, 24)), None);
            assert_eq!(holiday_on(d(y, 12, 31)), None);
        }
    }

    #[test]
    fn ten_per_year_with_english_names() {
        for y in 2024..=2030 {
            assert_eq!(holidays_in_year(y).len(), 10);
        }
        for h in Holiday::all() {
            assert!(!h.name().is_empty());
            assert!(h.message_id().starts_with("holiday-"));
        }
    }
}
