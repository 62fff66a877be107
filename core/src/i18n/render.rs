//! Renders a stored fixed text ([`deadlines::Message`]: a Fluent id with
//! typed arguments) in the reader's language. The one place that turns
//! deadline steps and statuses into text: the printable summary, the CLI
//! and the apps (through the FFI) all call [`render`].

use super::{Language, LanguageChain, Localized, MessageArg, Messages};
use crate::deadlines::{Arg, Message};

/// `message` in the first language of `chain` that has it. An argument
/// that names another message (an event kind, a holiday, a rule title) is
/// rendered in that same language first; dates are written out in it.
/// When no language has the id, the text is the id itself (in English), so
/// a missing string shows up instead of vanishing.
pub fn render(message: &Message, chain: &LanguageChain) -> Localized {
    let messages = Messages::embedded();
    let found_in = chain
        .languages()
        .iter()
        .copied()
        .find(|&l| messages.has_message(l, &message.id));
    let Some(language) = found_in else {
        return Localized {
            lang: Language::En,
            text: message.id.clone(),
        };
    };
    let inner = LanguageChain::from(language);
    let args: Vec<(&str, MessageArg)> = message
        .args
        .iter()
        .map(|(name, value)| {
            let v = match value {
                Arg::Text(t) => MessageArg::Text(t.clone()),
                Arg::Number(n) => MessageArg::Number(*n as f64),
                Arg::Date(d) => MessageArg::Date(*d),
                Arg::Message(id) => MessageArg::Text(messages.text(&inner, id)),
            };
            (name.as_str(), v)
        })
        .collect();
    messages
        .format(&inner, &message.id, &args)
        .unwrap_or_else(|_| Localized {
            lang: Language::En,
            text: message.id.clone(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadlines::{DeadlineStatus, EventKind, NotApplicableReason};
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_status_with_a_nested_message_and_a_date_in_arabic() {
        let status = DeadlineStatus::NotApplicable {
            reason: NotApplicableReason::CancelledBy {
                event: EventKind::CallAppealLodged,
                on: day(2026, 3, 3),
            },
        };
        let english = render(&status.message(), &LanguageChain::from(Language::En));
        let arabic = render(&status.message(), &LanguageChain::from(Language::Ar));
        assert_eq!(arabic.lang, Language::Ar);
        assert_ne!(arabic.text, english.text);
        let event_ar = Messages::embedded().text(
            &LanguageChain::from(Language::Ar),
            &EventKind::CallAppealLodged.message_id(),
        );
        assert!(arabic.text.contains(&event_ar), "{}", arabic.text);
        assert!(!arabic.text.contains("March"), "{}", arabic.text);
        assert!(english.text.contains("March 2026"), "{}", english.text);
    }

    #[test]
    fn an_unknown_id_shows_itself() {
        let shown = render(
            &Message::new("no-such-step"),
            &LanguageChain::from(Language::Fr),
        );
        assert_eq!(shown.text, "no-such-step");
    }
}
