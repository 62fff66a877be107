//! The Belgian legal calendar: Easter, the ten legal public holidays,
//! working days and the counting helpers the deadline engine uses.
//!
//! Everything here is pure: no clock reads, no I/O. Dates are
//! [`chrono::NaiveDate`] (a calendar day in Belgium, no time zone).
//!
//! Source of truth: `shared/domain/procedure-rules.md`, section "Counting".

pub mod counting;
pub mod easter;
pub mod holidays;
pub mod working_days;

pub use counting::{
    add_calendar_days, add_months, roll_to_working_day, sub_calendar_days, MonthCount, RollOver,
};
pub use easter::easter_sunday;
pub use holidays::{holiday_on, holidays_in_year, Holiday};
pub use working_days::{
    add_working_days, is_weekend, is_working_day, next_working_day, non_working_reason,
    NonWorkingReason, WorkingDayCount,
};
