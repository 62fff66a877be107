//! Deadline rules are data: `content/rules/deadlines.txt`, embedded at
//! build time and parsed once. The header of that file documents the
//! format; this module parses and validates it and reports errors as
//! `file:line: message`.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::DeadlineError;
use super::event_kind::{DecisionOutcome, EventKind};

/// The path of the shipped rules file, as named in error messages.
pub const RULES_FILE: &str = "content/rules/deadlines.txt";
const RULES_TEXT: &str = include_str!("../../../content/rules/deadlines.txt");

/// Who must do what by the computed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineKind {
    /// You must act by the date (apply, appeal, ask, report...).
    ActBy,
    /// An authority should decide or act by the date (binding or an aim).
    DecisionBy,
    /// A right starts after the period (for example the right to work).
    RightFrom,
    /// Something ends on the date (a validity, a stay).
    ValidUntil,
}

/// How sure the sources are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// The length of a rule's period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "unit")]
pub enum Period {
    /// N working days, counted from the day after the trigger.
    WorkingDays { days: u32 },
    /// N calendar days from the day after the trigger; a last day on a
    /// weekend or holiday rolls to the next working day (act-by rules).
    CalendarDays { days: u32 },
    /// N months, "from the Nth to the day before the Nth".
    Months { months: u32 },
    /// A window before the trigger date (for example: ask to renew a card
    /// between 45 and 30 days before it expires). No roll-over.
    BeforeEvent {
        opens_days_before: u32,
        closes_days_before: u32,
    },
    /// No fixed period: "as soon as possible". `unverified_days` is a
    /// figure some sources give that nobody has checked.
    AsSoonAsPossible { unverified_days: Option<u32> },
}

/// Detention condition attached to one outcome of an appeal rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Detention {
    /// Only for a person held in a closed centre.
    Detained,
    /// Only for a person who is not held.
    NotDetained,
}

impl Detention {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Detention::Detained => "detained",
            Detention::NotDetained => "not-detained",
        }
    }
}

/// One accepted outcome of the triggering decision, with an optional
/// detention condition. `outcome: None` means "the outcome was not
/// entered" (written `unknown` in the file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCondition {
    pub outcome: Option<DecisionOutcome>,
    pub detention: Option<Detention>,
}

/// One deadline rule (one row of the table in procedure-rules.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable id (`[id]` in the file).
    pub id: String,
    /// Short English title (also `deadline-rule-<id>` in deadlines.ftl).
    pub title: String,
    /// Row number in the table of procedure-rules.md.
    pub table_row: u32,
    /// The event kind that starts the period.
    pub trigger: EventKind,
    /// Outcomes of the triggering event that start this rule; empty = any.
    pub outcomes: Vec<OutcomeCondition>,
    /// The rule applies only if an event of this kind is in the journal.
    pub requires_event: Option<EventKind>,
    /// The rule applies only if an event of this kind happened on or
    /// before the trigger.
    pub requires_earlier_event: Option<EventKind>,
    pub kind: DeadlineKind,
    pub period: Period,
    /// Who it applies to, in plain English.
    pub applies_to: String,
    /// A later event of this kind satisfies the deadline.
    pub follow_up: Option<EventKind>,
    /// An event of this kind before the due date means the rule no longer
    /// applies (for example a CGRS decision before the 4 months).
    pub cancelled_by: Option<EventKind>,
    /// `seed:<file>` or `https://...`; at least one.
    pub sources: Vec<String>,
    pub confidence: Confidence,
    /// `false` for aims and targets.
    pub binding: bool,
    /// The table says UNVERIFIED for (part of) this rule.
    pub unverified: bool,
    /// The sources give different periods (the letter decides).
    pub sources_disagree: bool,
    /// First application date (inclusive) the rule applies to.
    pub applies_from: Option<NaiveDate>,
    /// Last application date (inclusive) the rule applies to.
    pub applies_until: Option<NaiveDate>,
    pub last_verified: NaiveDate,
    /// A short plain note.
    pub note: String,
}

/// All rules, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// All rules, in file order.
    pub fn all(&self) -> &[Rule] {
        &self.rules
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Result<&Rule, DeadlineError> {
        self.rules
            .iter()
            .find(|r| r.id == id)
            .ok_or(DeadlineError::UnknownRule)
    }
}

/// The shipped rules, parsed once. A parse error names the line; the test
/// `shipped_rules_parse_and_validate` keeps this from ever happening.
pub fn rules() -> Result<&'static RuleSet, DeadlineError> {
    static RULES: OnceLock<Result<RuleSet, DeadlineError>> = OnceLock::new();
    RULES
        .get_or_init(|| parse_rules(RULES_FILE, RULES_TEXT))
        .as_ref()
        .map_err(Clone::clone)
}

/// Parse and validate a rules file. `file` is only used in error messages.
pub fn parse_rules(file: &str, text: &str) -> Result<RuleSet, DeadlineError> {
    let err = |line: usize, message: String| DeadlineError::RulesFile {
        file: file.to_string(),
        line,
        message,
    };
    let mut sections: Vec<Section> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let id = rest
                .strip_suffix(']')
                .ok_or_else(|| err(line_no, "a section header must end with `]`".into()))?;
            if !is_valid_id(id) {
                return Err(err(
                    line_no,
                    "a rule id uses only lowercase letters a-z, digits and `-`".into(),
                ));
            }
            if sections.iter().any(|s| s.id == id) {
                return Err(err(line_no, format!("duplicate rule id `{id}`")));
            }
            sections.push(Section {
                id: id.to_string(),
                line: line_no,
                entries: Vec::new(),
            });
            continue;
        }
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| err(line_no, "expected `key: value` or `[rule-id]`".into()))?;
        let section = sections.last_mut().ok_or_else(|| {
            err(
                line_no,
                "a `key: value` line before the first `[rule-id]`".into(),
            )
        })?;
        let key = key.trim();
        if !KNOWN_KEYS.contains(&key) {
            return Err(err(
                line_no,
                format!("unknown key `{key}`; known keys: {}", KNOWN_KEYS.join(", ")),
            ));
        }
        if key != "source" && section.entries.iter().any(|e| e.key == key) {
            return Err(err(line_no, format!("key `{key}` given twice")));
        }
        let value = value.trim();
        if value.is_empty() {
            return Err(err(line_no, format!("key `{key}` has no value")));
        }
        section.entries.push(Entry {
            key: key.to_string(),
            value: value.to_string(),
            line: line_no,
        });
    }
    if sections.is_empty() {
        return Err(err(1, "no rules in the file".into()));
    }
    let mut rules = Vec::with_capacity(sections.len());
    let mut rows = HashSet::new();
    for s in &sections {
        let rule = s.to_rule(&err)?;
        if !rows.insert(rule.table_row) {
            return Err(err(
                s.entry_line("table-row"),
                format!("table row {} is used by two rules", rule.table_row),
            ));
        }
        rules.push(rule);
    }
    Ok(RuleSet { rules })
}

const KNOWN_KEYS: &[&str] = &[
    "title",
    "table-row",
    "trigger",
    "outcomes",
    "requires-event",
    "requires-earlier-event",
    "kind",
    "duration",
    "unit",
    "window-opens",
    "unverified-figure",
    "applies-to",
    "follow-up",
    "cancelled-by",
    "source",
    "confidence",
    "binding",
    "unverified",
    "sources-disagree",
    "applies-from",
    "applies-until",
    "last-verified",
    "note",
];

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

struct Entry {
    key: String,
    value: String,
    line: usize,
}

struct Section {
    id: String,
    line: usize,
    entries: Vec<Entry>,
}

impl Section {
    fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    fn entry_line(&self, key: &str) -> usize {
        self.get(key).map_or(self.line, |e| e.line)
    }

    fn to_rule(&self, err: &dyn Fn(usize, String) -> DeadlineError) -> Result<Rule, DeadlineError> {
        let required = |key: &str| {
            self.get(key).ok_or_else(|| {
                err(
                    self.line,
                    format!("rule `{}` is missing the required key `{key}`", self.id),
                )
            })
        };
        let kind_of = |e: &Entry| {
            e.value
                .parse::<EventKind>()
                .map_err(|x| err(e.line, x.to_string()))
        };
        let optional_kind = |key: &str| self.get(key).map(kind_of).transpose();
        let yes_no = |key: &str, default: bool| match self.get(key) {
            None => Ok(default),
            Some(e) => match e.value.as_str() {
                "yes" => Ok(true),
                "no" => Ok(false),
                _ => Err(err(e.line, format!("`{key}` must be `yes` or `no`"))),
            },
        };
        let date = |e: &Entry| {
            NaiveDate::parse_from_str(&e.value, "%Y-%m-%d")
                .map_err(|_| err(e.line, format!("`{}` must be a date YYYY-MM-DD", e.key)))
        };
        let optional_date = |key: &str| self.get(key).map(date).transpose();
        let int = |e: &Entry| {
            e.value
                .parse::<i64>()
                .map_err(|_| err(e.line, format!("`{}` must be a whole number", e.key)))
        };

        let title = required("title")?.value.clone();
        let row_entry = required("table-row")?;
        let table_row = u32::try_from(int(row_entry)?)
            .ok()
            .filter(|r| *r >= 1)
            .ok_or_else(|| err(row_entry.line, "`table-row` must be 1 or more".into()))?;
        let trigger = kind_of(required("trigger")?)?;
        let outcomes = match self.get("outcomes") {
            None => Vec::new(),
            Some(e) => {
                if !matches!(trigger, EventKind::CgrsDecision | EventKind::Recognition) {
                    return Err(err(
                        e.line,
                        "`outcomes` needs trigger `cgrs-decision` or `recognition`".into(),
                    ));
                }
                parse_outcomes(&e.value).map_err(|m| err(e.line, m))?
            }
        };
        let kind_entry = required("kind")?;
        let kind = match kind_entry.value.as_str() {
            "act-by" => DeadlineKind::ActBy,
            "decision-by" => DeadlineKind::DecisionBy,
            "right-from" => DeadlineKind::RightFrom,
            "valid-until" => DeadlineKind::ValidUntil,
            _ => {
                return Err(err(
                    kind_entry.line,
                    "`kind` must be act-by, decision-by, right-from or valid-until".into(),
                ))
            }
        };
        let period = self.period(kind, err, &int)?;
        let confidence_entry = required("confidence")?;
        let confidence = match confidence_entry.value.as_str() {
            "high" => Confidence::High,
            "medium" => Confidence::Medium,
            "low" => Confidence::Low,
            _ => {
                return Err(err(
                    confidence_entry.line,
                    "`confidence` must be high, medium or low".into(),
                ))
            }
        };
        let mut sources = Vec::new();
        for e in self.entries.iter().filter(|e| e.key == "source") {
            if !is_valid_source(&e.value) {
                return Err(err(
                    e.line,
                    "`source` must be `seed:NNN_<hex>.txt` or start with `https://`".into(),
                ));
            }
            sources.push(e.value.clone());
        }
        if sources.is_empty() {
            return Err(err(
                self.line,
                format!("rule `{}` needs at least one `source`", self.id),
            ));
        }
        let applies_from = optional_date("applies-from")?;
        let applies_until = optional_date("applies-until")?;
        if let (Some(f), Some(u)) = (applies_from, applies_until) {
            if f > u {
                return Err(err(
                    self.entry_line("applies-until"),
                    "`applies-until` is before `applies-from`".into(),
                ));
            }
        }
        Ok(Rule {
            id: self.id.clone(),
            title,
            table_row,
            trigger,
            outcomes,
            requires_event: optional_kind("requires-event")?,
            requires_earlier_event: optional_kind("requires-earlier-event")?,
            kind,
            period,
            applies_to: required("applies-to")?.value.clone(),
            follow_up: optional_kind("follow-up")?,
            cancelled_by: optional_kind("cancelled-by")?,
            sources,
            confidence,
            binding: yes_no("binding", true)?,
            unverified: yes_no("unverified", false)?,
            sources_disagree: yes_no("sources-disagree", false)?,
            applies_from,
            applies_until,
            last_verified: date(required("last-verified")?)?,
            note: self
                .get("note")
                .map(|e| e.value.clone())
                .unwrap_or_default(),
        })
    }

    fn period(
        &self,
        kind: DeadlineKind,
        err: &dyn Fn(usize, String) -> DeadlineError,
        int: &dyn Fn(&Entry) -> Result<i64, DeadlineError>,
    ) -> Result<Period, DeadlineError> {
        let unit = self.get("unit").ok_or_else(|| {
            err(
                self.line,
                format!("rule `{}` is missing the required key `unit`", self.id),
            )
        })?;
        let window = self.get("window-opens");
        let figure = self.get("unverified-figure");
        if unit.value == "none" {
            if let Some(e) = self.get("duration").or(window) {
                return Err(err(
                    e.line,
                    format!("`{}` is not allowed with `unit: none`", e.key),
                ));
            }
            if kind != DeadlineKind::ActBy {
                return Err(err(unit.line, "`unit: none` needs `kind: act-by`".into()));
            }
            let unverified_days = figure
                .map(|e| {
                    int(e).and_then(|n| {
                        u32::try_from(n).ok().filter(|n| *n > 0).ok_or_else(|| {
                            err(e.line, "`unverified-figure` must be 1 or more days".into())
                        })
                    })
                })
                .transpose()?;
            return Ok(Period::AsSoonAsPossible { unverified_days });
        }
        if let Some(e) = figure {
            return Err(err(e.line, "`unverified-figure` needs `unit: none`".into()));
        }
        let duration_entry = self.get("duration").ok_or_else(|| {
            err(
                self.line,
                format!("rule `{}` is missing the required key `duration`", self.id),
            )
        })?;
        let duration = int(duration_entry)?;
        let positive = |n: i64, e: &Entry| {
            u32::try_from(n)
                .ok()
                .filter(|n| *n > 0 && *n <= 100_000)
                .ok_or_else(|| err(e.line, format!("`{}` must be between 1 and 100000", e.key)))
        };
        if duration < 0 {
            // A window before the trigger date.
            if unit.value != "calendar-days" {
                return Err(err(
                    duration_entry.line,
                    "a negative `duration` needs `unit: calendar-days`".into(),
                ));
            }
            let closes = positive(-duration, duration_entry)?;
            let opens = match window {
                None => closes,
                Some(e) => {
                    let w = int(e)?;
                    if w > duration {
                        return Err(err(
                            e.line,
                            "`window-opens` must be as far or further before the event than `duration`"
                                .into(),
                        ));
                    }
                    positive(-w, e)?
                }
            };
            return Ok(Period::BeforeEvent {
                opens_days_before: opens,
                closes_days_before: closes,
            });
        }
        if let Some(e) = window {
            return Err(err(
                e.line,
                "`window-opens` needs a negative `duration`".into(),
            ));
        }
        let n = positive(duration, duration_entry)?;
        match unit.value.as_str() {
            "working-days" => Ok(Period::WorkingDays { days: n }),
            "calendar-days" => Ok(Period::CalendarDays { days: n }),
            "months" => Ok(Period::Months { months: n }),
            _ => Err(err(
                unit.line,
                "`unit` must be working-days, calendar-days, months or none".into(),
            )),
        }
    }
}

fn parse_outcomes(value: &str) -> Result<Vec<OutcomeCondition>, String> {
    let mut out = Vec::new();
    for item in value.split(',') {
        let item = item.trim();
        let (name, detention) = match item.split_once('(') {
            None => (item, None),
            Some((name, rest)) => {
                let q = rest
                    .strip_suffix(')')
                    .ok_or("an outcome condition must end with `)`")?
                    .trim();
                let d = match q {
                    "detained" => Detention::Detained,
                    "not-detained" => Detention::NotDetained,
                    _ => {
                        return Err(
                            "an outcome condition is `(detained)` or `(not-detained)`".into()
                        )
                    }
                };
                (name.trim(), Some(d))
            }
        };
        let outcome = if name == "unknown" {
            None
        } else {
            Some(name.parse::<DecisionOutcome>().map_err(|e| e.to_string())?)
        };
        let cond = OutcomeCondition { outcome, detention };
        if out.contains(&cond) {
            return Err("an outcome is listed twice".into());
        }
        out.push(cond);
    }
    Ok(out)
}

fn is_valid_source(s: &str) -> bool {
    if let Some(url) = s.strip_prefix("https://") {
        return !url.is_empty() && !url.contains(char::is_whitespace);
    }
    // seed:NNN_<16 hex>.txt, as in shared/seeds/.
    let Some(name) = s.strip_prefix("seed:").and_then(|n| n.strip_suffix(".txt")) else {
        return false;
    };
    let Some((num, hash)) = name.split_once('_') else {
        return false;
    };
    num.len() == 3
        && num.bytes().all(|b| b.is_ascii_digit())
        && hash.len() == 16
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_rules_parse_and_validate() {
        let set = rules().unwrap();
        assert_eq!(set.all().len(), 26);
    }

    #[test]
    fn outcome_list_parses_conditions() {
        let v = parse_outcomes("refusal, inadmissible (not-detained), unknown").unwrap();
        assert_eq!(v.len(), 3);
        assert_eq!(v[1].detention, Some(Detention::NotDetained));
        assert_eq!(v[2].outcome, None);
        assert!(parse_outcomes("refusal (locked)").is_err());
        assert!(parse_outcomes("refusal, refusal").is_err());
    }

    #[test]
    fn source_format() {
        assert!(is_valid_source("seed:001_b60f278828da0ab3.txt"));
        assert!(is_valid_source("https://www.cgrs.be/en"));
        assert!(!is_valid_source("seed:001.txt"));
        assert!(!is_valid_source("http://www.cgrs.be"));
        assert!(!is_valid_source("cgrs.be"));
    }
}
