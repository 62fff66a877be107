//! `passage rules` and `passage deadline calc`: the deadline engine from
//! the command line.
//!
//! Errors name the field (`--from`, `--rule`, ...) and never repeat what
//! the user typed.

use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use passage_core::deadlines::{self, ComputeOptions, Period, Rule, Validity};
use passage_core::Error;

/// `passage rules [--json]`
#[derive(Debug, Clone, Args)]
pub struct RulesArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `passage deadline <command>`
#[derive(Debug, Clone, Args)]
pub struct DeadlineArgs {
    #[command(subcommand)]
    pub command: DeadlineCommand,
}

/// Subcommands of `passage deadline`.
#[derive(Debug, Clone, Subcommand)]
pub enum DeadlineCommand {
    /// Compute one deadline and explain it.
    Calc(CalcArgs),
}

/// `passage deadline calc --rule ID --from YYYY-MM-DD ...`
#[derive(Debug, Clone, Args)]
pub struct CalcArgs {
    /// Rule id (see `passage rules`).
    #[arg(long)]
    pub rule: String,
    /// Date of the event that starts the period (YYYY-MM-DD). For a
    /// registered letter: the posting date.
    #[arg(long)]
    pub from: String,
    /// The decision came by registered letter (counts as received on the
    /// 3rd working day after posting).
    #[arg(long)]
    pub registered_letter: bool,
    /// The deadline printed on your letter (YYYY-MM-DD). It always wins.
    #[arg(long)]
    pub official: Option<String>,
    /// Date of your application (YYYY-MM-DD), for rules that apply only to
    /// applications from a given period.
    #[arg(long)]
    pub application_date: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

fn io_error(e: std::io::Error) -> Error {
    crate::stdout::output_error(e)
}

fn json_error(e: serde_json::Error) -> Error {
    Error::Io {
        reason: format!("JSON output: {e}"),
    }
}

/// Parses a `YYYY-MM-DD` date; the error names `field`, not the value.
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate, Error> {
    let ok_shape = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !ok_shape {
        return Err(Error::invalid(field, "expected a date written YYYY-MM-DD"));
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, "this day does not exist in the calendar"))
}

fn period_text(p: &Period) -> String {
    match p {
        Period::WorkingDays { days } => format!("{days} working days"),
        Period::CalendarDays { days } => format!("{days} calendar days"),
        Period::Months { months } => format!("{months} months"),
        Period::BeforeEvent {
            opens_days_before,
            closes_days_before,
        } => format!("{opens_days_before} to {closes_days_before} days before"),
        Period::AsSoonAsPossible {
            unverified_days: Some(d),
        } => format!("as soon as possible ({d} days: unverified)"),
        Period::AsSoonAsPossible {
            unverified_days: None,
        } => "as soon as possible".to_string(),
    }
}

fn rule_line(r: &Rule) -> String {
    let mut flags = vec![r.confidence.id().to_string()];
    if !r.binding {
        flags.push("aim".into());
    }
    if r.unverified {
        flags.push("unverified".into());
    }
    format!(
        "{:<38} {:<26} after {:<28} {} [{}]",
        r.id,
        period_text(&r.period),
        r.trigger.id(),
        r.title,
        flags.join(", ")
    )
}

/// `passage rules [--json]`: list the shipped rules.
pub fn run_rules(args: &RulesArgs, out: &mut dyn Write) -> Result<(), Error> {
    let set = deadlines::rules()?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, set.all()).map_err(json_error)?;
        writeln!(out).map_err(io_error)?;
    } else {
        for r in set.all() {
            writeln!(out, "{}", rule_line(r)).map_err(io_error)?;
        }
    }
    Ok(())
}

/// `passage deadline ...`
pub fn run_deadline(args: &DeadlineArgs, out: &mut dyn Write) -> Result<(), Error> {
    match &args.command {
        DeadlineCommand::Calc(calc) => run_calc(calc, out),
    }
}

/// `passage deadline calc ...`: compute and explain one deadline.
pub fn run_calc(args: &CalcArgs, out: &mut dyn Write) -> Result<(), Error> {
    let trigger = parse_date("--from", &args.from)?;
    let official = args
        .official
        .as_deref()
        .map(|v| parse_date("--official", v))
        .transpose()?;
    let application_date = args
        .application_date
        .as_deref()
        .map(|v| parse_date("--application-date", v))
        .transpose()?;
    // Look the rule up first so an unknown id names the `--rule` field.
    deadlines::rules()?.get(&args.rule).map_err(|_| {
        Error::invalid("--rule", "unknown rule id (list them with `passage rules`)")
    })?;
    let opts = ComputeOptions {
        registered_letter: args.registered_letter,
        official_date: official,
        application_date,
    };
    let c = deadlines::compute(&args.rule, trigger, opts)?;
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &c).map_err(json_error)?;
        writeln!(out).map_err(io_error)?;
        return Ok(());
    }
    let w = |out: &mut dyn Write, s: String| writeln!(out, "{s}").map_err(io_error);
    w(out, format!("{} ({})", c.title, c.rule))?;
    w(out, format!("Date: {}", c.effective_due.format("%Y-%m-%d")))?;
    if let Some(o) = c.official {
        w(
            out,
            format!(
                "Computed: {} (your letter: {})",
                c.due.format("%Y-%m-%d"),
                o.format("%Y-%m-%d")
            ),
        )?;
    }
    let mut flags = vec![format!("confidence {}", c.confidence.id())];
    if !c.binding {
        flags.push("not binding".into());
    }
    if c.unverified {
        flags.push("unverified".into());
    }
    match c.validity {
        Validity::Applies => {}
        Validity::Unknown => flags.push("check that it applies to your application date".into()),
        Validity::NotApplicable => flags.push("NOT for your application date".into()),
    }
    w(out, flags.join(", "))?;
    w(out, String::new())?;
    for line in c.explanation.english_lines() {
        w(out, format!("- {line}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calc(rule: &str, from: &str) -> CalcArgs {
        CalcArgs {
            rule: rule.into(),
            from: from.into(),
            registered_letter: false,
            official: None,
            application_date: None,
            json: true,
        }
    }

    fn run_json(args: &CalcArgs) -> serde_json::Value {
        let mut out = Vec::new();
        run_calc(args, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn calc_json_has_the_documented_fields() {
        // 30 days from Thu 5 Mar 2026 = Sat 4 Apr; Easter Monday -> Tue 7 Apr.
        let j = run_json(&calc("call-appeal", "2026-03-05"));
        assert_eq!(j["rule"], "call-appeal");
        assert_eq!(j["trigger"], "2026-03-05");
        assert_eq!(j["notified"], "2026-03-05");
        assert_eq!(j["due"], "2026-04-07");
        assert_eq!(j["confidence"], "high");
        assert_eq!(j["binding"], true);
        assert_eq!(j["unverified"], false);
        assert!(j["explanation"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Start:"));
        assert_eq!(j["explanation"][0]["id"], "deadline-step-trigger");
        assert_eq!(j["explanation"][0]["args"]["date"]["value"], "2026-03-05");
    }

    #[test]
    fn calc_with_letter_and_official_date() {
        let mut a = calc("call-appeal", "2026-12-23");
        a.registered_letter = true;
        a.official = Some("2027-01-29".into());
        let j = run_json(&a);
        assert_eq!(j["notified"], "2026-12-29");
        assert_eq!(j["due"], "2027-01-28");
        assert_eq!(j["effective_due"], "2027-01-29");
        assert_eq!(j["difference_days"], 1);
    }

    #[test]
    fn errors_name_the_field_not_the_value() {
        let mut out = Vec::new();
        let e = run_calc(&calc("call-appeal", "5/3/2026"), &mut out).unwrap_err();
        assert_eq!(
            e,
            Error::invalid("--from", "expected a date written YYYY-MM-DD")
        );
        let e = run_calc(&calc("call-appeal", "2026-02-30"), &mut out).unwrap_err();
        assert!(e.to_string().contains("--from"));
        let mut a = calc("call-appeal", "2026-02-03");
        a.official = Some("tomorrow".into());
        let e = run_calc(&a, &mut out).unwrap_err();
        assert!(e.to_string().contains("--official"));
        assert!(!e.to_string().contains("tomorrow"));
        let e = run_calc(&calc("secret-thing", "2026-02-03"), &mut out).unwrap_err();
        assert!(e.to_string().contains("--rule"));
        assert!(!e.to_string().contains("secret-thing"));
        assert_eq!(e.exit_code(), 5);
    }

    #[test]
    fn rules_text_and_json() {
        let mut out = Vec::new();
        run_rules(&RulesArgs { json: false }, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 26);
        assert!(text.contains("make-application"));
        let mut out = Vec::new();
        run_rules(&RulesArgs { json: true }, &mut out).unwrap();
        let j: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(j.as_array().unwrap().len(), 26);
    }
}
