//! Auto-lock after a time without use. The core keeps the time of the last
//! use (every read or write, and `touch` for activity that reads nothing);
//! the shells drive a timer that calls `lock_if_idle`, and call `lock`
//! themselves when the app goes to the background.

use super::Vault;
use crate::{Error, Result};
use chrono::Duration;

/// Default idle time before the vault locks itself: short, because phones
/// are shared and picked up.
pub const DEFAULT_IDLE_TIMEOUT_SECS: u64 = 120;
/// The longest idle time a person may choose (one hour).
pub const MAX_IDLE_TIMEOUT_SECS: u64 = 3600;

impl Vault {
    /// Sets the idle time before auto-lock (`None`: never; 10 s to 1 h).
    pub fn set_idle_timeout(&self, seconds: Option<u64>) -> Result<()> {
        if let Some(s) = seconds {
            if !(10..=MAX_IDLE_TIMEOUT_SECS).contains(&s) {
                return Err(Error::invalid(
                    "idle timeout",
                    format!("must be between 10 and {MAX_IDLE_TIMEOUT_SECS} seconds"),
                ));
            }
        }
        self.state().idle_timeout_secs = seconds;
        Ok(())
    }

    pub fn idle_timeout(&self) -> Option<u64> {
        self.state().idle_timeout_secs
    }

    /// Records user activity (a tap, a scroll) so the vault stays open.
    pub fn touch(&self) {
        let now = self.options.clock.now();
        if let Some(session) = self.state().session.as_mut() {
            session.last_activity = session.last_activity.max(now);
        }
    }

    /// Locks the vault if it has not been used for the idle time; returns
    /// true if it is locked now. A clock set backwards counts as no time
    /// passing, never as a reason to stay open longer than chosen.
    pub fn lock_if_idle(&self) -> bool {
        let now = self.options.clock.now();
        let mut state = self.state();
        let Some(timeout) = state.idle_timeout_secs else {
            return state.session.is_none();
        };
        let idle = match state.session.as_ref() {
            None => return true,
            Some(s) => now.signed_duration_since(s.last_activity),
        };
        let limit = Duration::seconds(i64::try_from(timeout).unwrap_or(i64::MAX));
        if idle >= limit {
            // Dropping the session closes the database and wipes the key.
            state.session = None;
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::vault::VaultOptions;
    use secrecy::SecretString;
    use std::sync::Arc;

    fn vault_with_clock() -> (tempfile::TempDir, Vault, Arc<FixedClock>) {
        let tmp = tempfile::tempdir().unwrap();
        let clock = Arc::new(FixedClock::new(chrono::Utc::now()));
        let options = VaultOptions {
            clock: clock.clone(),
            ..VaultOptions::insecure_fast_kdf()
        };
        let (vault, _) = Vault::create(
            &tmp.path().join("v"),
            &SecretString::from("passphrase 1"),
            options,
        )
        .unwrap();
        (tmp, vault, clock)
    }

    #[test]
    fn locks_after_the_idle_time_and_activity_keeps_it_open() {
        let (_tmp, vault, clock) = vault_with_clock();
        vault.set_idle_timeout(Some(60)).unwrap();
        clock.advance(Duration::seconds(50));
        assert!(!vault.lock_if_idle());
        vault.touch();
        clock.advance(Duration::seconds(50));
        assert!(!vault.lock_if_idle(), "a touch restarts the idle time");
        clock.advance(Duration::seconds(10));
        assert!(vault.lock_if_idle());
        assert!(!vault.is_unlocked());
    }

    #[test]
    fn a_clock_set_backwards_does_not_keep_it_open_longer() {
        let (_tmp, vault, clock) = vault_with_clock();
        vault.set_idle_timeout(Some(60)).unwrap();
        clock.advance(Duration::seconds(-3600));
        vault.touch(); // activity at an earlier time does not move the mark back
        clock.advance(Duration::seconds(3600 + 60));
        assert!(vault.lock_if_idle());
    }

    #[test]
    fn idle_timeout_bounds_and_never() {
        let (_tmp, vault, clock) = vault_with_clock();
        assert_eq!(vault.idle_timeout(), Some(DEFAULT_IDLE_TIMEOUT_SECS));
        assert!(vault.set_idle_timeout(Some(5)).is_err());
        assert!(vault
            .set_idle_timeout(Some(MAX_IDLE_TIMEOUT_SECS + 1))
            .is_err());
        vault.set_idle_timeout(None).unwrap();
        clock.advance(Duration::days(2));
        assert!(!vault.lock_if_idle());
    }
}
