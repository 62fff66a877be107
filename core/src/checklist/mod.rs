//! The document checklist: which papers a person gathers, where each
//! original is, and why one is missing.
//!
//! - [`templates`]: the shipped template items (content data in
//!   `content/checklists/`), per [`Section`], [`Stage`] and [`Situation`].
//! - [`ChecklistItem`]: the user's own item (a vault record, all encrypted).
//! - [`Checklist`]: the operations, each one vault transaction; bad input is
//!   refused with [`crate::Error::InvalidInput`] and nothing is stored.
//! - [`progress`]: counts per section and percent done.

pub(crate) mod entries;
mod error;
mod item;
mod progress;
mod redact;
mod templates;
pub(crate) mod validate;

pub use item::{ChecklistItem, ItemEdit, ItemId, ItemStatus, Location, OriginalLocation};
pub use progress::{progress, ChecklistProgress, ProgressCounts, SectionProgress};
pub use templates::{template, templates, Section, Situation, Stage, Template};
pub use validate::{MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_YEAR, MIN_YEAR};

pub(crate) use redact::redacted_debug;
pub(crate) use templates::id_enum;

use crate::attachments::Attachment;
use crate::sensitive::UserText;
use crate::vault::{RecordId, Stored, Txn, Vault};
use crate::Result;
use chrono::NaiveDate;
use error::ChecklistError;

impl ChecklistItem {
    /// The title to show: the user's own title if set, else the template's
    /// title in `lang` (English fallback), else the template id.
    pub fn title<'a>(&'a self, lang: &str) -> &'a str {
        if let Some(t) = self.custom_title.as_ref().filter(|t| !t.is_blank()) {
            return t.as_str();
        }
        match self.template.as_deref() {
            Some(id) => template(id).map(|t| t.title_in(lang)).unwrap_or(id),
            None => "",
        }
    }
}

/// Checklist operations on an unlocked vault.
pub struct Checklist<'v> {
    vault: &'v Vault,
}

fn check_item(item: &ChecklistItem) -> Result<()> {
    if let Some(t) = &item.custom_title {
        validate::text("title", t, MAX_TITLE_CHARS)?;
    }
    if item.template.is_none() {
        let title = item.custom_title.clone().unwrap_or_default();
        validate::required_text("title", &title, MAX_TITLE_CHARS)?;
    }
    validate::text("note", &item.note, MAX_TEXT_CHARS)?;
    validate::text("why not available", &item.why_not_available, MAX_TEXT_CHARS)?;
    if let Some(loc) = &item.location {
        if let Some(since) = loc.since {
            validate::date("since", since)?;
        }
        validate::text("location detail", &loc.detail, MAX_TITLE_CHARS)?;
    }
    Ok(())
}

impl<'v> Checklist<'v> {
    pub fn new(vault: &'v Vault) -> Self {
        Checklist { vault }
    }

    /// Loads, changes and stores one live item in one transaction, after
    /// checking the changed item.
    fn modify(
        &self,
        id: &ItemId,
        f: impl FnOnce(&mut Txn<'_>, &mut ChecklistItem) -> Result<()>,
    ) -> Result<()> {
        self.vault.write(|tx| {
            let mut item = tx.get(id)?.value;
            f(tx, &mut item)?;
            check_item(&item)?;
            tx.update(id, &item)
        })
    }

    /// Adds the template item `template_id` with status `needed`. Refused
    /// when the id is unknown or a live item from it exists already.
    pub fn add_from_template(&self, template_id: &str) -> Result<ItemId> {
        let t = template(template_id)?;
        self.vault.write(|tx| {
            let exists = tx
                .list::<ChecklistItem>()?
                .iter()
                .any(|s| s.value.template.as_deref() == Some(t.id));
            if exists {
                return Err(ChecklistError::AlreadyAdded.into());
            }
            tx.insert(&ChecklistItem::new(t.section, Some(t.id.to_string()), None))
        })
    }

    /// Adds an item of the user's own, with status `needed`.
    pub fn add_custom(&self, section: Section, title: UserText) -> Result<ItemId> {
        let item = ChecklistItem::new(section, None, Some(title));
        check_item(&item)?;
        self.vault.insert(&item)
    }

    pub fn get(&self, id: &ItemId) -> Result<Stored<ChecklistItem>> {
        self.vault.get(id)
    }

    /// Live items, oldest first.
    pub fn list(&self) -> Result<Vec<Stored<ChecklistItem>>> {
        self.vault.list()
    }

    pub fn list_trash(&self) -> Result<Vec<Stored<ChecklistItem>>> {
        self.vault.list_trash()
    }

    pub fn set_status(&self, id: &ItemId, status: ItemStatus) -> Result<()> {
        self.modify(id, |_, item| {
            item.status = status;
            Ok(())
        })
    }

    /// Records where the original is now, since when (optional, 1990-2100)
    /// and a short detail (for `other`).
    pub fn set_location(
        &self,
        id: &ItemId,
        place: Location,
        since: Option<NaiveDate>,
        detail: Option<UserText>,
    ) -> Result<()> {
        self.modify(id, |_, item| {
            item.location = Some(OriginalLocation {
                place,
                since,
                detail: detail.unwrap_or_default(),
            });
            Ok(())
        })
    }

    pub fn clear_location(&self, id: &ItemId) -> Result<()> {
        self.modify(id, |_, item| {
            item.location = None;
            Ok(())
        })
    }

    /// Applies every change in `edit` at once; if one is refused, none is
    /// stored.
    pub fn edit(&self, id: &ItemId, edit: ItemEdit) -> Result<()> {
        self.modify(id, |_, item| {
            if let Some(s) = edit.status {
                item.status = s;
            }
            if let Some(l) = edit.location {
                item.location = Some(l);
            }
            if let Some(t) = edit.custom_title {
                item.custom_title = if t.is_blank() && item.template.is_some() {
                    None
                } else {
                    Some(t)
                };
            }
            if let Some(n) = edit.note {
                item.note = n;
            }
            if let Some(w) = edit.why_not_available {
                item.why_not_available = w;
            }
            if let Some(s) = edit.section {
                item.section = s;
            }
            Ok(())
        })
    }

    /// Links a live attachment. An attachment not yet linked to any item
    /// also records this item as its own.
    pub fn link_attachment(&self, id: &ItemId, attachment_id: &str) -> Result<()> {
        let link = validate::link_id("attachment", attachment_id)?;
        let item_hex = id.to_string();
        self.modify(id, |tx, item| {
            let rid: RecordId<Attachment> = link.parse()?;
            let mut att = tx
                .get(&rid)
                .map_err(|_| ChecklistError::LinkNotFound("attachment"))?
                .value;
            if att.item.is_none() {
                att.item = Some(item_hex);
                tx.update(&rid, &att)?;
            }
            if !item.attachments.contains(&link) {
                item.attachments.push(link);
            }
            Ok(())
        })
    }

    /// Removes the link (the attachment itself stays).
    pub fn unlink_attachment(&self, id: &ItemId, attachment_id: &str) -> Result<()> {
        let link = validate::link_id("attachment", attachment_id)?;
        let item_hex = id.to_string();
        self.modify(id, |tx, item| {
            let rid: RecordId<Attachment> = link.parse()?;
            if let Ok(stored) = tx.get(&rid) {
                let mut att = stored.value;
                if att.item.as_deref() == Some(item_hex.as_str()) {
                    att.item = None;
                    tx.update(&rid, &att)?;
                }
            }
            item.attachments.retain(|a| *a != link);
            Ok(())
        })
    }

    /// Links a journal event by id (the journal owns those records; only
    /// the id's form is checked here).
    pub fn link_journal_event(&self, id: &ItemId, event_id: &str) -> Result<()> {
        let link = validate::link_id("journal event", event_id)?;
        self.modify(id, |_, item| {
            if !item.journal_events.contains(&link) {
                item.journal_events.push(link);
            }
            Ok(())
        })
    }

    pub fn unlink_journal_event(&self, id: &ItemId, event_id: &str) -> Result<()> {
        let link = validate::link_id("journal event", event_id)?;
        self.modify(id, |_, item| {
            item.journal_events.retain(|a| *a != link);
            Ok(())
        })
    }

    pub fn trash(&self, id: &ItemId) -> Result<()> {
        self.vault.trash(id)
    }

    pub fn restore(&self, id: &ItemId) -> Result<()> {
        self.vault.restore(id)
    }

    /// Progress of the live items.
    pub fn progress(&self) -> Result<ChecklistProgress> {
        let items = self.list()?;
        Ok(progress(items.iter().map(|s| &s.value)))
    }

    /// Template items for `stage` (those for everyone) not yet added.
    pub fn suggested_items(&self, stage: Stage) -> Result<Vec<&'static Template>> {
        self.suggested_items_for(stage, &[])
    }

    /// Template items for `stage` and the user's `situations` not yet added
    /// (an item in the trash counts as not added).
    pub fn suggested_items_for(
        &self,
        stage: Stage,
        situations: &[Situation],
    ) -> Result<Vec<&'static Template>> {
        let added: Vec<String> = self
            .list()?
            .into_iter()
            .filter_map(|s| s.value.template.clone())
            .collect();
        Ok(templates()?
            .iter()
            .filter(|t| t.applies(stage, situations) && !added.iter().any(|a| a == t.id))
            .collect())
    }
}
