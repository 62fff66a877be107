//! `passage guide | search | contacts | glossary | content`: the bundled
//! guidance on the command line.
//!
//! Every command takes `--lang CODE`; without it the language comes from
//! the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then English. An
//! unsupported code is `InvalidInput` (exit code 5) listing the supported
//! ones.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use passage_core::guide::validator;
use passage_core::guide::{
    ArticleView, Block, Coverage, GlossaryEntry, Guide, Link, SearchItem, Span,
};
use passage_core::i18n::{negotiate, Language, LanguageChain, MessageArg, Messages};
use passage_core::{Error, Result};

/// Text width for wrapped paragraphs.
const WIDTH: usize = 78;

/// `--lang`, shared by every command.
#[derive(Debug, Clone, Args)]
pub struct LangArg {
    /// Language code (nl, fr, en, es, ar, fa, ps, so, ti). Default: the
    /// system locale, then English.
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
}

/// `passage guide ...`
#[derive(Debug, Clone, Subcommand)]
pub enum GuideCmd {
    /// List the articles, by topic.
    List(LangArg),
    /// Show one article.
    Show {
        /// The article's slug, as `guide list` shows it.
        slug: String,
        #[command(flatten)]
        lang: LangArg,
    },
}

/// `passage search QUERY`
#[derive(Debug, Clone, Args)]
pub struct SearchArgs {
    /// Words to look for (the last one may be unfinished).
    pub query: String,
    #[command(flatten)]
    pub lang: LangArg,
    /// Print the hits as JSON.
    #[arg(long)]
    pub json: bool,
    /// At most this many hits.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
}

/// `passage contacts`
#[derive(Debug, Clone, Args)]
pub struct ContactsArgs {
    #[command(flatten)]
    pub lang: LangArg,
    /// Print the contacts as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `passage glossary [TERM]`
#[derive(Debug, Clone, Args)]
pub struct GlossaryArgs {
    /// A term id, or a term as written on a letter, in any language.
    pub term: Option<String>,
    #[command(flatten)]
    pub lang: LangArg,
}

/// `passage content ...`
#[derive(Debug, Clone, Subcommand)]
pub enum ContentCmd {
    /// Report the build's content check and the translation coverage; with
    /// --dir, check a content folder now (for writers).
    Check {
        /// A content folder to check instead of the embedded content.
        #[arg(long, value_name = "PATH")]
        dir: Option<PathBuf>,
        /// The seeds folder for `seed:` sources (default: DIR/../../shared/seeds if it exists).
        #[arg(long, value_name = "PATH")]
        seeds: Option<PathBuf>,
    },
}

/// The system's locales, most important first: the GNU `LANGUAGE` list,
/// then the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`.
pub fn system_locales(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut out: Vec<String> = var("LANGUAGE")
        .unwrap_or_default()
        .split(':')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.is_empty());
    out.extend(locale);
    out
}

/// The reader's language chain from `--lang` and the environment.
pub fn reader_chain(lang: &LangArg) -> Result<LanguageChain> {
    let system = system_locales(|name| std::env::var(name).ok());
    let chosen = match &lang.lang {
        Some(code) => vec![code.parse::<Language>()?],
        None => Vec::new(),
    };
    Ok(negotiate(&chosen, &system))
}

fn io(e: std::io::Error) -> Error {
    crate::stdout::output_error(e)
}

/// `passage guide list | show`.
pub fn run_guide(cmd: &GuideCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        GuideCmd::List(lang) => list(&reader_chain(lang)?, out),
        GuideCmd::Show { slug, lang } => {
            let chain = reader_chain(lang)?;
            let view = Guide::new().article(slug, &chain)?;
            show(&view, &chain, out)
        }
    }
}

fn list(chain: &LanguageChain, out: &mut dyn Write) -> Result<()> {
    let messages = Messages::embedded();
    let mut topic = None;
    for article in Guide::new().articles(chain) {
        if topic != Some(article.topic) {
            topic = Some(article.topic);
            let heading = messages.text(chain, &article.topic.message_id());
            writeln!(out, "\n{heading}").map_err(io)?;
        }
        let marker = language_marker(article.lang_shown, chain);
        writeln!(out, "  {:<24} {}{marker}", article.slug, article.title).map_err(io)?;
    }
    Ok(())
}

/// ` (en)` when the text is not in the reader's language.
fn language_marker(shown: Language, chain: &LanguageChain) -> String {
    if shown == chain.primary() {
        String::new()
    } else {
        format!(" ({shown})")
    }
}

fn show(view: &ArticleView, chain: &LanguageChain, out: &mut dyn Write) -> Result<()> {
    let messages = Messages::embedded();
    let mut text = String::new();
    text.push_str(&view.title);
    text.push('\n');
    text.push_str(&"=".repeat(view.title.chars().count().min(WIDTH)));
    text.push_str("\n\n");
    for notice in [&view.fallback_notice, &view.needs_review_notice]
        .into_iter()
        .flatten()
    {
        text.push_str(&wrap(&format!("! {notice}"), WIDTH));
        text.push('\n');
    }
    if view.fallback_notice.is_some() || view.needs_review_notice.is_some() {
        text.push('\n');
    }
    text.push_str(&wrap(&view.summary, WIDTH));
    text.push_str("\n\n");
    text.push_str(&render_blocks(&view.blocks));
    if !view.related.is_empty() {
        text.push_str(&format!("\n{}:\n", messages.text(chain, "guide-related")));
        for related in &view.related {
            text.push_str(&format!("  - {} ({})\n", related.title, related.slug));
        }
    }
    text.push_str(&format!("\n{}:\n", messages.text(chain, "guide-sources")));
    for source in &view.sources {
        text.push_str(&format!("  - {source}\n"));
    }
    text.push_str(&format!("\n{}\n", view.last_verified_text));
    out.write_all(text.as_bytes()).map_err(io)
}

/// The article body as plain terminal text.
pub fn render_blocks(blocks: &[Block]) -> String {
    let mut text = String::new();
    for block in blocks {
        match block {
            Block::Heading(spans) => {
                let heading = spans_text(spans);
                text.push_str(&format!(
                    "{heading}\n{}\n\n",
                    "-".repeat(heading.chars().count().min(WIDTH))
                ));
            }
            Block::Paragraph(spans) => {
                text.push_str(&wrap(&spans_text(spans), WIDTH));
                text.push_str("\n\n");
            }
            Block::BulletList(items) => {
                for item in items {
                    let wrapped = wrap(&spans_text(item), WIDTH - 4);
                    for (i, line) in wrapped.lines().enumerate() {
                        let lead = if i == 0 { "  • " } else { "    " };
                        text.push_str(&format!("{lead}{line}\n"));
                    }
                }
                text.push('\n');
            }
        }
    }
    text
}

fn spans_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match &span.link {
            Some(Link::Article(slug)) => format!("{} (→ {slug})", span.text),
            Some(Link::Web(url)) => format!("{} <{url}>", span.text),
            None => span.text.clone(),
        })
        .collect()
}

/// Wraps at `width` characters on spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

/// `passage search QUERY`.
pub fn run_search(args: &SearchArgs, out: &mut dyn Write) -> Result<()> {
    let chain = reader_chain(&args.lang)?;
    let hits = Guide::new().search(&args.query, &chain, args.limit);
    if args.json {
        let json = serde_json::to_string_pretty(&hits).map_err(|e| Error::invalid("json", e))?;
        return writeln!(out, "{json}").map_err(io);
    }
    let messages = Messages::embedded();
    if hits.is_empty() {
        return writeln!(out, "{}", messages.text(&chain, "search-no-results")).map_err(io);
    }
    let count = messages
        .format(
            &chain,
            "search-result-count",
            &[("count", MessageArg::from(hits.len()))],
        )
        .map(|l| l.text)
        .unwrap_or_default();
    writeln!(out, "{count}").map_err(io)?;
    for (i, hit) in hits.iter().enumerate() {
        let (kind, id) = match &hit.item {
            SearchItem::Article { slug } => ("guide", slug),
            SearchItem::Glossary { id } => ("glossary", id),
            SearchItem::Contact { id } => ("contact", id),
        };
        let marker = language_marker(hit.lang, &chain);
        writeln!(
            out,
            "{:>2}. {}{marker}  [{kind}: {id}]",
            i + 1,
            hit.title.marked()
        )
        .map_err(io)?;
        writeln!(out, "    {}", hit.snippet.marked()).map_err(io)?;
    }
    Ok(())
}

/// `passage contacts`.
pub fn run_contacts(args: &ContactsArgs, out: &mut dyn Write) -> Result<()> {
    let chain = reader_chain(&args.lang)?;
    let contacts = Guide::new().contacts(&chain);
    if args.json {
        let json =
            serde_json::to_string_pretty(&contacts).map_err(|e| Error::invalid("json", e))?;
        return writeln!(out, "{json}").map_err(io);
    }
    let messages = Messages::embedded();
    writeln!(out, "{}\n", messages.text(&chain, "contacts-heading")).map_err(io)?;
    for contact in contacts {
        let marker = language_marker(contact.lang_shown, &chain);
        writeln!(out, "{} [{}]", contact.name, contact.id).map_err(io)?;
        writeln!(out, "  {}{marker}", contact.text).map_err(io)?;
        let fields = [
            ("contact-address", &contact.address),
            ("contact-phone", &contact.phone),
            ("contact-hours", &contact.hours),
            ("contact-website", &contact.web),
        ];
        for (id, value) in fields {
            if let Some(value) = value {
                writeln!(out, "  {}: {value}", messages.text(&chain, id)).map_err(io)?;
            }
        }
        if let Some(email) = &contact.email {
            writeln!(out, "  email: {email}").map_err(io)?;
        }
        writeln!(out).map_err(io)?;
    }
    Ok(())
}

/// `passage glossary [TERM]`.
pub fn run_glossary(args: &GlossaryArgs, out: &mut dyn Write) -> Result<()> {
    let chain = reader_chain(&args.lang)?;
    let guide = Guide::new();
    let Some(term) = &args.term else {
        let messages = Messages::embedded();
        writeln!(out, "{}\n", messages.text(&chain, "glossary-heading")).map_err(io)?;
        for entry in guide.glossary(&chain) {
            print_entry(&entry, &chain, out)?;
        }
        return Ok(());
    };
    match guide.glossary_entry(term, &chain) {
        Ok(entry) => print_entry(&entry, &chain, out),
        Err(Error::NotFound { .. }) => {
            let ids: Vec<String> = guide
                .search(term, &chain, 20)
                .into_iter()
                .filter_map(|hit| match hit.item {
                    SearchItem::Glossary { id } => Some(id),
                    _ => None,
                })
                .collect();
            if ids.is_empty() {
                return Err(Error::not_found("glossary term"));
            }
            for id in ids {
                print_entry(&guide.glossary_entry(&id, &chain)?, &chain, out)?;
            }
            Ok(())
        }
        Err(err) => Err(err),
    }
}

fn print_entry(entry: &GlossaryEntry, chain: &LanguageChain, out: &mut dyn Write) -> Result<()> {
    let marker = language_marker(entry.lang_shown, chain);
    writeln!(out, "{}{marker} [{}]", entry.term, entry.id).map_err(io)?;
    writeln!(out, "  nl: {}", entry.official_nl).map_err(io)?;
    writeln!(out, "  fr: {}", entry.official_fr).map_err(io)?;
    let text = wrap(&entry.text, WIDTH - 2).replace('\n', "\n  ");
    writeln!(out, "  {text}\n").map_err(io)
}

/// `passage content check`.
pub fn run_content(cmd: &ContentCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ContentCmd::Check { dir: None, .. } => {
            let coverage = Guide::new().coverage();
            writeln!(
                out,
                "Embedded content: {} files checked at build time, no errors.",
                coverage.files_checked
            )
            .map_err(io)?;
            for note in &coverage.build_notes {
                writeln!(out, "note: {note}").map_err(io)?;
            }
            writeln!(out).map_err(io)?;
            write_coverage(&coverage, out)
        }
        ContentCmd::Check {
            dir: Some(dir),
            seeds,
        } => {
            let default_seeds = dir.join("../../shared/seeds");
            let seeds = seeds
                .clone()
                .or_else(|| default_seeds.is_dir().then_some(default_seeds));
            if seeds.is_none() {
                writeln!(out, "note: no seeds folder: `seed:` sources not checked").map_err(io)?;
            }
            let validated = validator::validate(dir, seeds.as_deref());
            for error in &validated.report.errors {
                writeln!(out, "{error}").map_err(io)?;
            }
            let count = validated.report.errors.len();
            writeln!(
                out,
                "{} files read, {count} error(s).",
                validated.report.files_read
            )
            .map_err(io)?;
            if count > 0 {
                return Err(Error::invalid("content", format_args!("{count} error(s)")));
            }
            Ok(())
        }
    }
}

/// The articles x languages table: O original, R reviewed, M
/// machine-drafted, - missing.
pub fn write_coverage(coverage: &Coverage, out: &mut dyn Write) -> Result<()> {
    let label = |kind: &dyn std::fmt::Display, id: &str| format!("{kind} {id}");
    let width = coverage
        .rows
        .iter()
        .map(|r| label(&r.kind, &r.id).chars().count() + 1)
        .max()
        .unwrap_or(0);
    let mut header = format!("{:<width$}", "");
    for language in Language::ALL {
        header.push_str(&format!("{:>4}", language.code()));
    }
    writeln!(out, "{header}").map_err(io)?;
    for row in &coverage.rows {
        let mut line = format!("{:<width$}", label(&row.kind, &row.id));
        for (_, status) in &row.statuses {
            let mark = match status.map(|s| s.code()) {
                Some("original") => "O",
                Some("reviewed") => "R",
                Some(_) => "M",
                None => "-",
            };
            line.push_str(&format!("{mark:>4}"));
        }
        writeln!(out, "{line}").map_err(io)?;
    }
    writeln!(
        out,
        "\nO original, R reviewed, M machine-drafted, - missing (English is shown)."
    )
    .map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_locales_follow_posix_precedence() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            system_locales(env(&[("LANG", "nl_BE.UTF-8")])),
            ["nl_BE.UTF-8"]
        );
        assert_eq!(
            system_locales(env(&[("LANG", "nl_BE.UTF-8"), ("LC_ALL", "fr_BE.UTF-8")])),
            ["fr_BE.UTF-8"]
        );
        assert_eq!(
            system_locales(env(&[
                ("LANGUAGE", "ps:fa"),
                ("LC_MESSAGES", "en_US"),
                ("LANG", "nl")
            ])),
            ["ps", "fa", "en_US"]
        );
        assert!(system_locales(env(&[])).is_empty());
    }

    #[test]
    fn wraps_on_spaces() {
        assert_eq!(wrap("aa bb cc dd", 5), "aa bb\ncc dd");
    }
}
