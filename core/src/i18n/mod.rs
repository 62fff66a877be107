//! Languages, language negotiation, Fluent UI strings and dates.
//!
//! - [`Language`]: the nine languages, their native names and direction.
//! - [`negotiate`]: the fallback chain from the user's and the system's
//!   preferences, always ending in English.
//! - [`Messages`]: the embedded Fluent UI strings, formatted with
//!   per-message fallback along a chain.
//! - [`format_date`]: "3 March 2026" in each language.
//! - [`render`]: a stored deadline step or status in the reader's language.

mod dates;
mod language;
mod messages;
mod negotiate;
mod render;

pub use dates::format_date;
pub use language::{Direction, Language, UnknownLanguage};
pub use messages::{Localized, MessageArg, Messages};
pub use negotiate::{negotiate, LanguageChain};
pub use render::render;
