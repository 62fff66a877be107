//! Progress reports for long operations (attachment import/export, backups),
//! implemented by the shells. Defined now so the shells can build against
//! it; the operations that take one are added with their modules.

/// Receives progress of a long operation. Called from a background thread;
/// must return quickly and must not throw.
#[uniffi::export(with_foreign)]
pub trait ProgressListener: Send + Sync {
    /// `done` of `total` units (bytes, items) are finished. Return `false`
    /// to cancel the operation, which then fails without leaving partial
    /// data behind.
    fn on_progress(&self, done: u64, total: u64) -> bool;
}
