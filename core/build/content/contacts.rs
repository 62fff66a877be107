//! `content/contacts/`: `_contacts.txt` and one `<lang>.txt` per language.

use super::diagnostics::Checker;
use super::fields::{self, Field};
use super::model::{Contact, ContactText};
use super::script::check_text;
use super::{CONTACT_KINDS, LANGUAGES};

const CONTACT_KEYS: [&str; 10] = [
    "kind",
    "name",
    "address",
    "phone",
    "email",
    "hours",
    "web",
    "languages",
    "source",
    "last-verified",
];
const TEXT_KEYS: [&str; 1] = ["text"];

/// Reads and checks the contacts; a missing folder means no contacts.
pub fn read_all(ctx: &mut Checker) -> Vec<Contact> {
    let Some(entries) = ctx.list("contacts") else {
        return Vec::new();
    };
    let facts_file = "contacts/_contacts.txt";
    let mut contacts = match ctx.read(facts_file) {
        Some(text) => read_facts(ctx, facts_file, &text),
        None => Vec::new(),
    };
    let langs = fields::language_files(ctx, "contacts", "_contacts.txt", &entries);
    if !contacts.is_empty() && !langs.iter().any(|l| l == "en") {
        ctx.error(
            "contacts/en.txt",
            1,
            "missing: contacts must have an English text",
        );
    }
    for lang in LANGUAGES {
        if langs.iter().any(|l| l == lang) {
            read_language(ctx, lang, &mut contacts);
        }
    }
    contacts
}

fn read_facts(ctx: &mut Checker, file: &str, text: &str) -> Vec<Contact> {
    let (preamble, sections) = fields::parse_sections(ctx, file, text, true);
    for field in preamble {
        ctx.error(file, field.line, "field before the first `[id]`");
    }
    let mut contacts = Vec::new();
    for section in sections {
        let f = &section.fields;
        fields::check_keys(ctx, file, f, &CONTACT_KEYS, &["source"]);
        let mut contact = Contact {
            id: section.id.clone(),
            ..Contact::default()
        };
        if let Some(kind) = fields::required(ctx, file, section.line, f, "kind") {
            if CONTACT_KINDS.contains(&kind.value.as_str()) {
                contact.kind = kind.value.clone();
            } else {
                ctx.error(
                    file,
                    kind.line,
                    format!("kind must be one of: {}", CONTACT_KINDS.join(", ")),
                );
            }
        }
        if let Some(name) = fields::required(ctx, file, section.line, f, "name") {
            contact.name = name.value.clone();
        }
        contact.address = fields::optional(ctx, file, f, "address");
        contact.hours = fields::optional(ctx, file, f, "hours");
        contact.phone = checked(
            ctx,
            file,
            f,
            "phone",
            is_phone,
            "phone may only hold digits, spaces and + ( ) / . -",
        );
        contact.email = checked(
            ctx,
            file,
            f,
            "email",
            is_email,
            "email must look like name@domain",
        );
        contact.web = checked(
            ctx,
            file,
            f,
            "web",
            is_https,
            "web must be an https:// address",
        );
        if let Some(field) = f.iter().find(|x| x.key == "languages") {
            contact.languages = fields::split_list(&field.value);
            let bad = contact.languages.iter().any(|code| {
                !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase())
            });
            if bad {
                ctx.error(
                    file,
                    field.line,
                    "languages must be language codes like `nl, fr, en`",
                );
            }
        }
        contact.sources = fields::sources(ctx, file, section.line, f);
        contact.last_verified = fields::last_verified(ctx, file, section.line, f);
        contacts.push(contact);
    }
    contacts
}

fn checked(
    ctx: &mut Checker,
    file: &str,
    fields: &[Field],
    key: &str,
    valid: fn(&str) -> bool,
    message: &str,
) -> Option<String> {
    let value = fields::optional(ctx, file, fields, key)?;
    if valid(&value) {
        return Some(value);
    }
    if let Some(field) = fields.iter().find(|f| f.key == key) {
        ctx.error(file, field.line, message);
    }
    None
}

fn is_phone(value: &str) -> bool {
    value.chars().filter(char::is_ascii_digit).count() >= 3
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +()/.-".contains(c))
}

fn is_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty() && domain.contains('.') && !value.contains(char::is_whitespace)
        }
        None => false,
    }
}

fn is_https(value: &str) -> bool {
    value
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

fn read_language(ctx: &mut Checker, lang: &str, contacts: &mut [Contact]) {
    let file = format!("contacts/{lang}.txt");
    let Some(text) = ctx.read(&file) else { return };
    let (preamble, sections) = fields::parse_sections(ctx, &file, &text, false);
    let status = fields::status(ctx, &file, preamble.iter().find(|f| f.key == "status"));
    for field in preamble.iter().filter(|f| f.key != "status") {
        ctx.error(
            &file,
            field.line,
            "only `status:` may come before the first `[id]`",
        );
    }
    for section in &sections {
        let Some(contact) = contacts.iter_mut().find(|c| c.id == section.id) else {
            ctx.error(
                &file,
                section.line,
                format!("`[{}]` is not in contacts/_contacts.txt", section.id),
            );
            continue;
        };
        fields::check_keys(ctx, &file, &section.fields, &TEXT_KEYS, &[]);
        if let Some(text) = fields::required(ctx, &file, section.line, &section.fields, "text") {
            check_text(ctx, &file, text.line, lang, "text", &text.value);
            contact.texts.push(ContactText {
                lang: lang.to_string(),
                status: status.clone(),
                text: text.value.clone(),
            });
        }
    }
    if lang == "en" {
        for contact in contacts.iter() {
            if !sections.iter().any(|s| s.id == contact.id) {
                ctx.error(
                    &file,
                    1,
                    format!("contact `{}` has no English text", contact.id),
                );
            }
        }
    }
}
