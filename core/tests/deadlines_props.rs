//! Property tests of the calendar and the engine.
#![allow(clippy::unwrap_used)] // test helpers

use chrono::{Days, NaiveDate};
use passage_core::calendar::{
    add_calendar_days, add_months, add_working_days, is_working_day, roll_to_working_day,
};
use passage_core::deadlines::{compute, rules, ComputeOptions, DeadlineKind, Period};
use proptest::prelude::*;

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    // 1 Jan 1990 + 0..40000 days (to about 2099).
    (0u64..40_000).prop_map(|n| {
        NaiveDate::from_ymd_opt(1990, 1, 1)
            .unwrap()
            .checked_add_days(Days::new(n))
            .unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn due_is_never_before_the_trigger(
        rule_index in 0usize..26,
        trigger in date_strategy(),
        letter in any::<bool>(),
    ) {
        let rule = &rules().unwrap().all()[rule_index];
        let opts = ComputeOptions { registered_letter: letter, ..Default::default() };
        let c = compute(&rule.id, trigger, opts).unwrap();
        match rule.period {
            // A window before an event ends before it, by design.
            Period::BeforeEvent { .. } => prop_assert!(c.due < c.notified),
            _ => {
                prop_assert!(c.due >= trigger);
                prop_assert!(c.due > c.notified);
            }
        }
        prop_assert!(c.notified >= trigger);
        prop_assert_eq!(c.effective_due, c.due);
    }

    #[test]
    fn working_day_deadlines_land_on_working_days(
        rule_index in 0usize..26,
        trigger in date_strategy(),
        letter in any::<bool>(),
    ) {
        let rule = &rules().unwrap().all()[rule_index];
        let opts = ComputeOptions { registered_letter: letter, ..Default::default() };
        let c = compute(&rule.id, trigger, opts).unwrap();
        match rule.period {
            Period::WorkingDays { .. } | Period::AsSoonAsPossible { .. } => {
                prop_assert!(is_working_day(c.due));
            }
            // Act-by calendar-day and month deadlines roll to a working day.
            Period::CalendarDays { .. } | Period::Months { .. } if rule.kind == DeadlineKind::ActBy => {
                prop_assert!(is_working_day(c.due));
            }
            _ => {}
        }
        if letter {
            prop_assert!(is_working_day(c.notified));
        }
    }

    #[test]
    fn calendar_day_count_then_roll_lands_on_a_working_day(
        trigger in date_strategy(),
        n in 1u32..400,
    ) {
        let last = add_calendar_days(trigger, n).unwrap();
        let (moved, roll) = roll_to_working_day(last).unwrap();
        prop_assert!(is_working_day(moved));
        prop_assert!(moved >= last);
        prop_assert_eq!(roll.is_none(), moved == last);
        // Never more than 4 days: a weekend plus at most two holidays
        // in a row (e.g. Sat, Sun, Easter Monday; Christmas on Fri...).
        prop_assert!((moved - last).num_days() <= 4);
    }

    #[test]
    fn working_day_counting(trigger in date_strategy(), n in 1u32..60) {
        let c = add_working_days(trigger, n).unwrap();
        prop_assert_eq!(c.counted.len(), n as usize);
        prop_assert!(c.counted.iter().all(|d| is_working_day(*d)));
        prop_assert!(c.counted.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(c.counted.last().copied(), Some(c.end));
        prop_assert!(c.counted[0] > trigger);
        // Every day strictly between trigger and end that was not counted
        // is not a working day.
        let mut d = trigger.succ_opt().unwrap();
        while d < c.end {
            prop_assert_eq!(c.counted.contains(&d), is_working_day(d));
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn month_periods_are_monotonic_and_end_in_the_right_month(
        a in date_strategy(),
        gap in 0u64..100,
        months in 1u32..61,
    ) {
        let b = a.checked_add_days(Days::new(gap)).unwrap();
        let ma = add_months(a, months).unwrap();
        let mb = add_months(b, months).unwrap();
        prop_assert!(ma.end <= mb.end);
        prop_assert!(ma.end > a);
        prop_assert_eq!(ma.start, a.succ_opt().unwrap());
        // The end is in the target month or is the day before its 1st.
        let start_month = ma.start.year_month_index();
        let end_month = ma.end.year_month_index();
        let target = start_month + i64::from(months);
        prop_assert!(end_month == target || end_month == target - 1);
    }
}

trait YearMonth {
    fn year_month_index(&self) -> i64;
}

impl YearMonth for NaiveDate {
    fn year_month_index(&self) -> i64 {
        use chrono::Datelike;
        i64::from(self.year()) * 12 + i64::from(self.month0())
    }
}
