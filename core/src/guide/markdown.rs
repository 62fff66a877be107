//! The Markdown subset of article bodies, parsed into a small tree that the
//! shells render natively.
//!
//! Allowed (see `docs/content-format.md`): paragraphs separated by a blank
//! line, `## ` headings, `- ` bullets, `**bold**`, links
//! `[text](slug:SLUG)` and `[text](https://...)`. Everything else that
//! Markdown would interpret (HTML, images, tables, other heading levels,
//! numbered lists, quotes, code, italics, entities, rules) is an error, so
//! that what a writer sees in a Markdown preview is what the apps show.
//!
//! This file only uses `std`: the build script includes it too (through
//! `#[path]`), so the build validates bodies with exactly this parser.

/// One block of an article body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A `## ` heading.
    Heading(Vec<Span>),
    /// A paragraph: consecutive lines joined with a space.
    Paragraph(Vec<Span>),
    /// Consecutive `- ` items.
    BulletList(Vec<Vec<Span>>),
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    pub link: Option<Link>,
}

/// Where a link points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Another article of the guide, by slug.
    Article(String),
    /// A web page (always `https://`).
    Web(String),
}

/// A body line that breaks the subset. `line` counts from 1 within the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownError {
    pub line: usize,
    pub message: String,
}

/// A link and the body line it is on (for resolving `slug:` links).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub line: usize,
    pub link: Link,
}

/// The parsed body with every link it contains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedBody {
    pub blocks: Vec<Block>,
    pub links: Vec<LinkRef>,
}

/// Parses a body into blocks; all errors of the body are returned together.
pub fn parse(body: &str) -> Result<Vec<Block>, Vec<MarkdownError>> {
    parse_with_links(body).map(|parsed| parsed.blocks)
}

/// Like [`parse`], also returning every link with its line.
pub fn parse_with_links(body: &str) -> Result<ParsedBody, Vec<MarkdownError>> {
    let (parsed, errors) = check(body);
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(errors)
    }
}

/// Parses as far as possible and returns the result together with every
/// error (for the validator, which also resolves the links of a body that
/// has other errors).
pub fn check(body: &str) -> (ParsedBody, Vec<MarkdownError>) {
    let mut parser = BlockParser::default();
    for (index, raw) in body.lines().enumerate() {
        parser.line(index + 1, raw);
    }
    parser.finish()
}

/// The text of the blocks without markup, one block per line.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(spans) | Block::Paragraph(spans) => push_line(&mut out, spans),
            Block::BulletList(items) => {
                for item in items {
                    push_line(&mut out, item);
                }
            }
        }
    }
    out
}

/// The text of a run of spans without markup.
pub fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(|span| span.text.as_str()).collect()
}

fn push_line(out: &mut String, spans: &[Span]) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&spans_text(spans));
}

/// Text of one block being collected, with the body line of each piece.
#[derive(Default)]
struct PendingText {
    text: String,
    /// (offset in `text`, body line) for each joined line.
    lines: Vec<(usize, usize)>,
}

impl PendingText {
    fn new(line: usize, text: &str) -> Self {
        let mut pending = PendingText::default();
        pending.push(line, text);
        pending
    }

    fn push(&mut self, line: usize, text: &str) {
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.lines.push((self.text.len(), line));
        self.text.push_str(text.trim());
    }

    fn line_at(&self, offset: usize) -> usize {
        self.lines
            .iter()
            .take_while(|(start, _)| *start <= offset)
            .last()
            .map_or(0, |(_, line)| *line)
    }
}

enum Open {
    None,
    Heading(PendingText),
    Paragraph(PendingText),
    List(Vec<PendingText>),
}

struct BlockParser {
    open: Open,
    blocks: Vec<Block>,
    links: Vec<LinkRef>,
    errors: Vec<MarkdownError>,
}

impl Default for BlockParser {
    fn default() -> Self {
        BlockParser {
            open: Open::None,
            blocks: Vec::new(),
            links: Vec::new(),
            errors: Vec::new(),
        }
    }
}

impl BlockParser {
    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(MarkdownError {
            line,
            message: message.into(),
        });
    }

    fn line(&mut self, line: usize, raw: &str) {
        let text = raw.trim_end();
        if text.trim().is_empty() {
            self.close();
            return;
        }
        let indent = text.len() - text.trim_start().len();
        let trimmed = text.trim_start();
        let continues = matches!(self.open, Open::Paragraph(_) | Open::List(_));
        if indent >= 4 && !continues {
            self.error(
                line,
                "indented code blocks are not allowed; remove the leading spaces",
            );
            return;
        }
        if let Some(rest) = trimmed.strip_prefix("## ") {
            self.close();
            if rest.trim().is_empty() || rest.trim().chars().all(|c| c == '#') {
                self.error(line, "empty heading");
            } else {
                self.open = Open::Heading(PendingText::new(line, rest));
                self.close();
            }
            return;
        }
        if let Some(message) = forbidden_line_start(trimmed) {
            self.error(line, message);
            return;
        }
        if let Some(rest) = trimmed.strip_prefix("- ") {
            if rest.trim().is_empty() {
                self.error(line, "empty bullet");
                return;
            }
            match &mut self.open {
                Open::List(items) => items.push(PendingText::new(line, rest)),
                _ => {
                    self.close();
                    self.open = Open::List(vec![PendingText::new(line, rest)]);
                }
            }
            return;
        }
        if trimmed == "-" {
            self.error(line, "empty bullet");
            return;
        }
        match &mut self.open {
            // A line right after a bullet continues that bullet (as in
            // CommonMark's lazy continuation).
            Open::List(items) => {
                if let Some(last) = items.last_mut() {
                    last.push(line, trimmed);
                }
            }
            Open::Paragraph(pending) => pending.push(line, trimmed),
            _ => {
                self.close();
                self.open = Open::Paragraph(PendingText::new(line, trimmed));
            }
        }
    }

    fn close(&mut self) {
        match std::mem::replace(&mut self.open, Open::None) {
            Open::None => {}
            Open::Heading(pending) => {
                let spans = self.inline(&pending);
                self.blocks.push(Block::Heading(spans));
            }
            Open::Paragraph(pending) => {
                let spans = self.inline(&pending);
                self.blocks.push(Block::Paragraph(spans));
            }
            Open::List(items) => {
                let items = items.iter().map(|item| self.inline(item)).collect();
                self.blocks.push(Block::BulletList(items));
            }
        }
    }

    fn inline(&mut self, pending: &PendingText) -> Vec<Span> {
        let mut inline = InlineParser::new(&pending.text);
        inline.run();
        for (offset, message) in inline.errors {
            let line = pending.line_at(offset);
            self.error(line, message);
        }
        for (offset, link) in inline.links {
            let line = pending.line_at(offset);
            self.links.push(LinkRef { line, link });
        }
        inline.spans
    }

    fn finish(mut self) -> (ParsedBody, Vec<MarkdownError>) {
        self.close();
        self.errors.sort_by_key(|error| error.line);
        let parsed = ParsedBody {
            blocks: self.blocks,
            links: self.links,
        };
        (parsed, self.errors)
    }
}

/// Block-level Markdown that the subset does not allow.
fn forbidden_line_start(line: &str) -> Option<&'static str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    if (1..=6).contains(&hashes) {
        let after = &line[hashes..];
        if after.is_empty() || after.starts_with(' ') {
            return Some("only `## ` headings are allowed");
        }
    }
    if line.starts_with("* ") || line.starts_with("+ ") {
        return Some("bullets must start with `- `");
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") ")) {
        return Some("numbered lists are not allowed; use `- ` bullets");
    }
    if line.starts_with('>') {
        return Some("block quotes are not allowed");
    }
    if line.starts_with('|') {
        return Some("tables are not allowed");
    }
    if line.starts_with("```") || line.starts_with("~~~") {
        return Some("code blocks are not allowed");
    }
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() >= 3 {
        for rule in ['-', '*', '_', '='] {
            if compact.chars().all(|c| c == rule) {
                return Some("horizontal rules and underlined headings are not allowed");
            }
        }
    }
    None
}

struct InlineParser<'a> {
    text: &'a str,
    spans: Vec<Span>,
    links: Vec<(usize, Link)>,
    errors: Vec<(usize, String)>,
    bold_since: Option<usize>,
    current: String,
}

impl<'a> InlineParser<'a> {
    fn new(text: &'a str) -> Self {
        InlineParser {
            text,
            spans: Vec::new(),
            links: Vec::new(),
            errors: Vec::new(),
            bold_since: None,
            current: String::new(),
        }
    }

    fn flush(&mut self) {
        if !self.current.is_empty() {
            let text = std::mem::take(&mut self.current);
            self.push_span(text, None);
        }
    }

    fn push_span(&mut self, text: String, link: Option<Link>) {
        let bold = self.bold_since.is_some();
        if link.is_none() {
            if let Some(last) = self.spans.last_mut() {
                if last.bold == bold && last.link.is_none() {
                    last.text.push_str(&text);
                    return;
                }
            }
        }
        self.spans.push(Span { text, bold, link });
    }

    fn run(&mut self) {
        let text = self.text;
        let mut pos = 0;
        while pos < text.len() {
            let rest = &text[pos..];
            let Some(c) = rest.chars().next() else { break };
            if rest.starts_with("**") {
                self.flush();
                self.bold_since = match self.bold_since {
                    Some(_) => None,
                    None => Some(pos),
                };
                pos += 2;
                continue;
            }
            if rest.starts_with("![") {
                self.errors.push((pos, "images are not allowed".into()));
                pos += 2;
                continue;
            }
            if c == '[' {
                if let Some(consumed) = self.link(pos) {
                    pos += consumed;
                    continue;
                }
            }
            if c == '<' && looks_like_tag(rest) {
                self.errors.push((pos, "raw HTML is not allowed".into()));
            }
            if c == '`' {
                self.errors.push((pos, "code (`) is not allowed".into()));
            }
            if c == '&' && looks_like_entity(rest) {
                self.errors.push((
                    pos,
                    "HTML entities are not allowed; type the character".into(),
                ));
            }
            if c == '*' && rest[1..].chars().next().is_some_and(|n| !n.is_whitespace()) {
                self.errors.push((
                    pos,
                    "italics (single `*`) are not allowed; use **bold**".into(),
                ));
            }
            self.current.push(c);
            pos += c.len_utf8();
        }
        self.flush();
        if let Some(start) = self.bold_since {
            self.errors.push((start, "`**` is not closed".into()));
        }
    }

    /// Parses `[text](target)` at `start`; returns the bytes consumed, or
    /// `None` when the bracket is plain text.
    fn link(&mut self, start: usize) -> Option<usize> {
        let rest = &self.text[start..];
        let close = rest.find("](")?;
        let label = &rest[1..close];
        if label.contains('[') {
            return None;
        }
        let after = &rest[close + 2..];
        let end = after.find(')')?;
        let target = after[..end].trim();
        let consumed = close + 2 + end + 1;
        let label = label.trim();
        if label.is_empty() {
            self.errors.push((start, "empty link text".into()));
        }
        if label.contains("**") {
            self.errors
                .push((start, "bold inside link text is not allowed".into()));
        }
        match link_target(target) {
            Ok(link) => {
                self.flush();
                self.links.push((start, link.clone()));
                self.push_span(label.to_string(), Some(link));
            }
            Err(message) => self.errors.push((start, message)),
        }
        Some(consumed)
    }
}

fn link_target(target: &str) -> Result<Link, String> {
    if let Some(slug) = target.strip_prefix("slug:") {
        if is_slug(slug) {
            return Ok(Link::Article(slug.to_string()));
        }
        return Err("link `slug:` must be followed by a slug (a-z, 0-9, -)".into());
    }
    if let Some(rest) = target.strip_prefix("https://") {
        if !rest.is_empty() && !rest.contains(char::is_whitespace) {
            return Ok(Link::Web(target.to_string()));
        }
        return Err("link address is empty or has spaces".into());
    }
    if target.starts_with("http://") {
        return Err("links must use https://".into());
    }
    Err("link target must be `slug:SLUG` or `https://...`".into())
}

/// A slug: lowercase ASCII letters, digits and single inner `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn looks_like_tag(rest: &str) -> bool {
    let mut chars = rest.chars().skip(1);
    let first = chars.next();
    let tag_start =
        matches!(first, Some(c) if c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?');
    tag_start && rest.contains('>')
}

fn looks_like_entity(rest: &str) -> bool {
    let Some(end) = rest.find(';') else {
        return false;
    };
    let name = &rest[1..end];
    if name.is_empty() || name.len() > 32 {
        return false;
    }
    if let Some(number) = name.strip_prefix('#') {
        let digits = number.strip_prefix(['x', 'X']).unwrap_or(number);
        return !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit());
    }
    name.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Span {
        Span {
            text: s.into(),
            bold: false,
            link: None,
        }
    }

    fn messages(body: &str) -> Vec<(usize, String)> {
        match parse(body) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| (e.line, e.message)).collect(),
        }
    }

    #[test]
    fn parses_every_allowed_construct() {
        let body = "First line\nsame paragraph.\n\n## A heading\n\n- one **bold**\n- two [x](slug:legal-aid)\n  continued\n\nSee [site](https://www.cgrs.be).";
        let parsed = parse_with_links(body).unwrap();
        assert_eq!(
            parsed.blocks[0],
            Block::Paragraph(vec![text("First line same paragraph.")])
        );
        assert_eq!(parsed.blocks[1], Block::Heading(vec![text("A heading")]));
        let Block::BulletList(items) = &parsed.blocks[2] else {
            panic!("expected a list")
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[0][1].text, "bold");
        assert!(items[0][1].bold);
        assert_eq!(items[1][1].link, Some(Link::Article("legal-aid".into())));
        assert_eq!(items[1][2].text, " continued");
        assert_eq!(parsed.links.len(), 2);
        assert_eq!(parsed.links[0].line, 7);
        assert_eq!(parsed.links[1].line, 10);
        assert_eq!(
            plain_text(&parsed.blocks),
            "First line same paragraph.\nA heading\none bold\ntwo x continued\nSee site."
        );
    }

    #[test]
    fn rejects_constructs_outside_the_subset() {
        let cases = [
            ("a <b>bold</b>", "raw HTML is not allowed"),
            ("![pic](https://x.org/a.png)", "images are not allowed"),
            ("| a | b |", "tables are not allowed"),
            ("# Title", "only `## ` headings are allowed"),
            ("### Small", "only `## ` headings are allowed"),
            (
                "1. first",
                "numbered lists are not allowed; use `- ` bullets",
            ),
            ("* item", "bullets must start with `- `"),
            ("> quote", "block quotes are not allowed"),
            ("**open", "`**` is not closed"),
            ("[x](http://a.be)", "links must use https://"),
            (
                "[x](mailto:a@b.be)",
                "link target must be `slug:SLUG` or `https://...`",
            ),
            (
                "a &amp; b",
                "HTML entities are not allowed; type the character",
            ),
            (
                "---",
                "horizontal rules and underlined headings are not allowed",
            ),
            (
                "*italic*",
                "italics (single `*`) are not allowed; use **bold**",
            ),
        ];
        for (body, expected) in cases {
            let found = messages(body);
            assert!(
                found.iter().any(|(_, m)| m == expected),
                "{body:?}: {found:?}"
            );
        }
    }

    #[test]
    fn reports_the_line_inside_a_multi_line_paragraph() {
        let found = messages("line one\nline two <br>\nline three");
        assert_eq!(found, vec![(2, "raw HTML is not allowed".to_string())]);
    }

    #[test]
    fn plain_less_than_and_brackets_are_text() {
        let blocks = parse("5 < 6 and [sic] and 3 * 4").unwrap();
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![text("5 < 6 and [sic] and 3 * 4")])]
        );
    }
}
