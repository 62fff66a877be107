//! Progress of the checklist, per section and overall.

use super::item::{ChecklistItem, ItemStatus};
use super::templates::Section;
use serde::Serialize;

/// Counts of items by status, and how many count as done.
///
/// Done = the user has the document (original or copy), handed it in or got
/// it back, or it is not available *and* the reason is written down (the
/// CGRS asks you to explain a missing document). `percent_done` is
/// `done * 100 / total`, rounded down; 0 when there are no items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ProgressCounts {
    pub total: usize,
    pub done: usize,
    pub percent_done: u8,
    pub needed: usize,
    pub have_original: usize,
    pub have_copy: usize,
    pub handed_in: usize,
    pub returned: usize,
    pub not_available: usize,
}

impl ProgressCounts {
    fn add(&mut self, item: &ChecklistItem) {
        self.total += 1;
        if item.is_done() {
            self.done += 1;
        }
        *match item.status {
            ItemStatus::Needed => &mut self.needed,
            ItemStatus::HaveOriginal => &mut self.have_original,
            ItemStatus::HaveCopy => &mut self.have_copy,
            ItemStatus::HandedIn => &mut self.handed_in,
            ItemStatus::Returned => &mut self.returned,
            ItemStatus::NotAvailable => &mut self.not_available,
        } += 1;
        self.percent_done = (self.done * 100 / self.total) as u8;
    }
}

/// One section's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionProgress {
    pub section: Section,
    #[serde(flatten)]
    pub counts: ProgressCounts,
}

/// Every section (in order, also the empty ones) and the overall counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistProgress {
    pub sections: Vec<SectionProgress>,
    pub overall: ProgressCounts,
}

/// Computes the progress of live items.
pub fn progress<'a>(items: impl IntoIterator<Item = &'a ChecklistItem>) -> ChecklistProgress {
    let mut sections: Vec<SectionProgress> = Section::ALL
        .iter()
        .map(|s| SectionProgress {
            section: *s,
            counts: ProgressCounts::default(),
        })
        .collect();
    let mut overall = ProgressCounts::default();
    for item in items {
        overall.add(item);
        if let Some(s) = sections.iter_mut().find(|s| s.section == item.section) {
            s.counts.add(item);
        }
    }
    ChecklistProgress { sections, overall }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sensitive::UserText;

    fn item(section: Section, status: ItemStatus, why: &str) -> ChecklistItem {
        let mut i = ChecklistItem::new(section, None, Some(UserText::new("x")));
        i.status = status;
        i.why_not_available = UserText::new(why);
        i
    }

    #[test]
    fn counts_and_percent() {
        let items = [
            item(Section::Identity, ItemStatus::HaveOriginal, ""),
            item(Section::Identity, ItemStatus::Needed, ""),
            item(Section::Identity, ItemStatus::NotAvailable, ""),
            item(
                Section::Identity,
                ItemStatus::NotAvailable,
                "burnt in the fire",
            ),
            item(Section::ProcedureLetters, ItemStatus::HandedIn, ""),
            item(Section::ProcedureLetters, ItemStatus::HaveCopy, ""),
            item(Section::ProcedureLetters, ItemStatus::Returned, ""),
        ];
        let p = progress(&items);
        let id = &p.sections[0];
        assert_eq!(id.section, Section::Identity);
        assert_eq!(
            (id.counts.total, id.counts.done, id.counts.percent_done),
            (4, 2, 50)
        );
        assert_eq!((id.counts.not_available, id.counts.needed), (2, 1));
        let letters = p
            .sections
            .iter()
            .find(|s| s.section == Section::ProcedureLetters)
            .unwrap();
        assert_eq!(letters.counts.percent_done, 100);
        assert_eq!(
            (p.overall.total, p.overall.done, p.overall.percent_done),
            (7, 5, 71)
        );
        let empty = p
            .sections
            .iter()
            .find(|s| s.section == Section::AfterRecognition)
            .unwrap();
        assert_eq!((empty.counts.total, empty.counts.percent_done), (0, 0));
        assert_eq!(progress(&[]).overall, ProgressCounts::default());
    }
}
