//! `content/guide/<slug>/`: `_meta.txt` and one `<lang>.md` per language.

use super::diagnostics::Checker;
use super::fields::{self, Field};
use super::markdown::{self, is_slug, Link};
use super::model::{Article, ArticleText};
use super::script::{check_bidi, check_script, check_text};
use super::{LANGUAGES, TOPICS};

const META_KEYS: [&str; 5] = ["topic", "order", "related", "source", "last-verified"];
const HEADER_KEYS: [&str; 3] = ["title", "summary", "status"];

/// A `slug:` reference to resolve once every slug is known.
struct SlugRef {
    file: String,
    line: usize,
    slug: String,
    what: &'static str,
}

/// Reads and checks every article.
pub fn read_all(ctx: &mut Checker) -> Vec<Article> {
    let Some(entries) = ctx.list("guide") else {
        ctx.error("guide", 1, "missing folder content/guide/");
        return Vec::new();
    };
    let mut articles = Vec::new();
    let mut refs = Vec::new();
    for (name, is_dir) in entries {
        if !is_dir {
            ctx.error(
                &format!("guide/{name}"),
                1,
                "unexpected file: an article is a folder guide/<slug>/",
            );
            continue;
        }
        if !is_slug(&name) {
            ctx.error(
                &format!("guide/{name}"),
                1,
                "article folder name must be a slug: lowercase a-z, 0-9 and `-`",
            );
            continue;
        }
        if let Some(article) = read_article(ctx, &name, &mut refs) {
            articles.push(article);
        }
    }
    for r in refs {
        if !articles.iter().any(|a| a.slug == r.slug) {
            ctx.error(
                &r.file,
                r.line,
                format!("{} `{}` is not an article", r.what, r.slug),
            );
        }
    }
    articles.sort_by(|a, b| {
        let topic = |x: &Article| TOPICS.iter().position(|t| *t == x.topic);
        (topic(a), a.order, &a.slug).cmp(&(topic(b), b.order, &b.slug))
    });
    articles
}

fn read_article(ctx: &mut Checker, slug: &str, refs: &mut Vec<SlugRef>) -> Option<Article> {
    let dir = format!("guide/{slug}");
    let meta_file = format!("{dir}/_meta.txt");
    let files = ctx.list(&dir).unwrap_or_default();
    let mut langs = Vec::new();
    for (name, _) in &files {
        if name == "_meta.txt" {
            continue;
        }
        match name.strip_suffix(".md") {
            Some(lang) if LANGUAGES.contains(&lang) => langs.push(lang.to_string()),
            _ => ctx.error(
                &format!("{dir}/{name}"),
                1,
                format!(
                    "unexpected file (expected _meta.txt or <lang>.md, lang one of: {})",
                    LANGUAGES.join(", ")
                ),
            ),
        }
    }
    if !files.iter().any(|(n, _)| n == "_meta.txt") {
        ctx.error(&meta_file, 1, "missing _meta.txt");
        return None;
    }
    let mut article = read_meta(ctx, slug, &meta_file, refs)?;
    if !langs.iter().any(|l| l == "en") {
        ctx.error(
            &meta_file,
            1,
            "missing en.md: every article must exist in English",
        );
    }
    let english = read_text(ctx, &dir, "en", refs);
    for lang in LANGUAGES {
        if !langs.iter().any(|l| l == lang) {
            continue;
        }
        let text = if lang == "en" {
            english.clone()
        } else {
            read_text(ctx, &dir, lang, refs)
        };
        let Some(read) = text else { continue };
        if let Some(en) = english.as_ref().filter(|_| lang != "en") {
            let file = format!("{dir}/{lang}.md");
            if !read.text.summary.is_empty() && read.text.summary == en.text.summary {
                let message = "summary is the English one: translate it or remove the file";
                ctx.error(&file, read.summary_line, message);
            }
            if !read.text.body.is_empty() && read.text.body == en.text.body {
                ctx.error(
                    &file,
                    1,
                    "body is the English one: translate it or remove the file",
                );
            }
        }
        article.texts.push(read.text);
    }
    Some(article)
}

fn read_meta(
    ctx: &mut Checker,
    slug: &str,
    file: &str,
    refs: &mut Vec<SlugRef>,
) -> Option<Article> {
    let text = ctx.read(file)?;
    let fields = fields::parse_fields(ctx, file, &text, true);
    fields::check_keys(ctx, file, &fields, &META_KEYS, &["source"]);
    let mut article = Article {
        slug: slug.to_string(),
        ..Article::default()
    };
    if let Some(topic) = fields::required(ctx, file, 1, &fields, "topic") {
        if TOPICS.contains(&topic.value.as_str()) {
            article.topic = topic.value.clone();
        } else {
            ctx.error(
                file,
                topic.line,
                format!("topic must be one of: {}", TOPICS.join(", ")),
            );
        }
    }
    if let Some(order) = fields.iter().find(|f| f.key == "order") {
        match order.value.parse::<i32>() {
            Ok(n) => article.order = n,
            Err(_) => ctx.error(file, order.line, "order must be a whole number"),
        }
    }
    if let Some(related) = fields.iter().find(|f| f.key == "related") {
        article.related = related_slugs(ctx, file, slug, related, refs);
    }
    article.sources = fields::sources(ctx, file, 1, &fields);
    article.last_verified = fields::last_verified(ctx, file, 1, &fields);
    Some(article)
}

fn related_slugs(
    ctx: &mut Checker,
    file: &str,
    slug: &str,
    field: &Field,
    refs: &mut Vec<SlugRef>,
) -> Vec<String> {
    let list = fields::split_list(&field.value);
    for item in &list {
        if item == slug {
            ctx.error(file, field.line, "related lists the article itself");
        } else {
            refs.push(SlugRef {
                file: file.to_string(),
                line: field.line,
                slug: item.clone(),
                what: "related article",
            });
        }
    }
    list
}

/// A language file and the line of its summary (for messages).
#[derive(Clone)]
struct ReadText {
    text: ArticleText,
    summary_line: usize,
}

fn read_text(
    ctx: &mut Checker,
    dir: &str,
    lang: &str,
    refs: &mut Vec<SlugRef>,
) -> Option<ReadText> {
    let file = format!("{dir}/{lang}.md");
    if !ctx.root.join(&file).is_file() {
        return None;
    }
    let source = ctx.read(&file)?;
    let lines: Vec<&str> = source.lines().collect();
    let Some(separator) = lines.iter().position(|l| l.trim_end() == "---") else {
        ctx.error(
            &file,
            1,
            "missing `---` line between the header and the body",
        );
        return None;
    };
    let header = lines[..separator].join("\n");
    let fields = fields::parse_fields(ctx, &file, &header, false);
    fields::check_keys(ctx, &file, &fields, &HEADER_KEYS, &[]);
    let title = fields::required(ctx, &file, 1, &fields, "title").cloned();
    let summary = fields::required(ctx, &file, 1, &fields, "summary").cloned();
    let status = fields::status(ctx, &file, fields.iter().find(|f| f.key == "status"));
    let body_start = separator + 2;
    let body = lines[separator + 1..].join("\n").trim().to_string();
    if body.is_empty() {
        ctx.error(&file, separator + 1, "empty body");
    }
    let leading_blank = lines[separator + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty())
        .count();
    let body_first_line = body_start + leading_blank;
    let (parsed, errors) = markdown::check(&body);
    for error in &errors {
        ctx.error(
            &file,
            body_first_line + error.line - 1,
            error.message.clone(),
        );
    }
    for link in parsed.links {
        if let Link::Article(slug) = link.link {
            refs.push(SlugRef {
                file: file.clone(),
                line: body_first_line + link.line - 1,
                slug,
                what: "link to article",
            });
        }
    }
    check_bidi(ctx, &file, body_first_line, "body", &body);
    if errors.is_empty() {
        let plain = markdown::plain_text(&parsed.blocks);
        check_script(ctx, &file, body_first_line, lang, "body", &plain);
    }
    if let Some(title) = &title {
        check_text(ctx, &file, title.line, lang, "title", &title.value);
    }
    if let Some(summary) = &summary {
        check_text(ctx, &file, summary.line, lang, "summary", &summary.value);
    }
    let summary_line = summary.as_ref().map_or(1, |f| f.line);
    Some(ReadText {
        text: ArticleText {
            lang: lang.to_string(),
            status,
            title: title.map(|f| f.value).unwrap_or_default(),
            summary: summary.map(|f| f.value).unwrap_or_default(),
            body,
        },
        summary_line,
    })
}
