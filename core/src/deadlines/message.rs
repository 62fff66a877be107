//! Translatable messages: a stable Fluent message id plus named arguments.
//!
//! The English texts live in `content/i18n/en/deadlines.ftl` and
//! `content/i18n/en/reminders.ftl`; this module only carries ids and
//! arguments and has a small built-in English formatter for dates. The
//! i18n layer resolves the ids in the reader's language:
//! - [`Arg::Date`] is a calendar day; format it for the reader's language
//!   (English here: "Thursday 3 April 2025").
//! - [`Arg::Message`] is the id of another message (an event kind,
//!   holiday, weekday or rule title); format that message first and pass
//!   the result as the argument.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

/// One named argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Plain text that is not translated (source URLs, file names).
    Text(String),
    /// A whole number (Fluent plural rules apply).
    Number(i64),
    /// A calendar day.
    Date(NaiveDate),
    /// The id of another message to format and insert.
    Message(String),
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Arg", 2)?;
        match self {
            Arg::Text(t) => {
                st.serialize_field("type", "text")?;
                st.serialize_field("value", t)?;
            }
            Arg::Number(n) => {
                st.serialize_field("type", "number")?;
                st.serialize_field("value", n)?;
            }
            Arg::Date(d) => {
                st.serialize_field("type", "date")?;
                st.serialize_field("value", &d.format("%Y-%m-%d").to_string())?;
            }
            Arg::Message(id) => {
                st.serialize_field("type", "message")?;
                st.serialize_field("value", id)?;
            }
        }
        st.end()
    }
}

/// A message id with its named arguments, ready for translation.
/// In JSON the arguments are an object: `{"date": {"type": "date", ...}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub id: String,
    #[serde(serialize_with = "args_as_map")]
    pub args: Vec<(String, Arg)>,
}

/// Serializes named arguments as a JSON object, in order.
pub(crate) fn args_as_map<S: Serializer>(args: &[(String, Arg)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(args.len()))?;
    for (k, v) in args {
        m.serialize_entry(k, v)?;
    }
    m.end()
}

impl Message {
    /// A message without arguments.
    pub fn new(id: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &str, value: Arg) -> Self {
        self.args.push((name.to_string(), value));
        self
    }
}

/// English date: "Thursday 3 April 2025".
pub fn english_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// English "1 day" / "3 days" style plural.
pub(crate) fn plural(n: i64, one: &str, other: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {other}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_dates() {
        let d = NaiveDate::from_ymd_opt(2025, 4, 3).unwrap();
        assert_eq!(english_date(d), "Thursday 3 April 2025");
        assert_eq!(plural(1, "day", "days"), "1 day");
        assert_eq!(plural(0, "day", "days"), "0 days");
    }

    #[test]
    fn args_serialize_with_type() {
        let m = Message::new("x").arg(
            "date",
            Arg::Date(NaiveDate::from_ymd_opt(2025, 4, 3).unwrap()),
        );
        let j = serde_json::to_value(&m).unwrap();
        assert_eq!(j["args"]["date"]["value"], "2025-04-03");
        assert_eq!(j["args"]["date"]["type"], "date");
    }
}
