//! Runs slow work (the scrypt KDF, platform keystore calls) on a thread of
//! its own and awaits its result.
//!
//! UniFFI has no executor of its own: the foreign side polls a Rust future
//! from whatever thread awaits it, so an `async fn` that simply did the
//! work would still block that thread. [`off_thread`] returns a future that
//! a worker thread wakes when done; the caller's coroutine/task is suspended
//! meanwhile, and the shell's main thread stays free.
//!
//! If the caller cancels (drops the future), the work still runs to its end
//! and its result is dropped.

use crate::PassageError;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

enum Outcome<T> {
    Running(Option<Waker>),
    Finished(Result<T, PassageError>),
    Taken,
}

struct Shared<T>(Mutex<Outcome<T>>);

impl<T> Shared<T> {
    fn lock(&self) -> MutexGuard<'_, Outcome<T>> {
        // Only this module touches the state, never while it can panic.
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn finish(&self, result: Result<T, PassageError>) {
        let previous = std::mem::replace(&mut *self.lock(), Outcome::Finished(result));
        if let Outcome::Running(Some(waker)) = previous {
            waker.wake();
        }
    }
}

struct Pending<T>(Arc<Shared<T>>);

impl<T> Future for Pending<T> {
    type Output = Result<T, PassageError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut state = self.0.lock();
        match std::mem::replace(&mut *state, Outcome::Taken) {
            Outcome::Finished(result) => Poll::Ready(result),
            Outcome::Running(_) => {
                *state = Outcome::Running(Some(cx.waker().clone()));
                Poll::Pending
            }
            Outcome::Taken => Poll::Ready(Err(internal())),
        }
    }
}

fn internal() -> PassageError {
    PassageError::Io {
        reason: "internal error in a background task".into(),
    }
}

/// Runs `work` on a new thread named `name`; resolves to its result. A panic
/// in `work` becomes [`PassageError::Io`] instead of crossing the FFI.
pub(crate) async fn off_thread<T, F>(name: &str, work: F) -> Result<T, PassageError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, PassageError> + Send + 'static,
{
    let shared = Arc::new(Shared(Mutex::new(Outcome::Running(None))));
    let for_worker = Arc::clone(&shared);
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            let result = catch_unwind(AssertUnwindSafe(work)).unwrap_or_else(|_| Err(internal()));
            for_worker.finish(result);
        })
        .map_err(|_| PassageError::Io {
            reason: "could not start a background thread".into(),
        })?;
    Pending(shared).await
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::task::Wake;
    use std::thread::Thread;

    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }

    /// A minimal executor for tests: polls on this thread, parks between polls.
    pub(crate) fn block_on<F: Future>(future: F) -> F::Output {
        let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
        let mut cx = Context::from_waker(&waker);
        let mut future = std::pin::pin!(future);
        loop {
            if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
                return out;
            }
            std::thread::park();
        }
    }

    #[test]
    fn work_runs_on_another_thread_and_returns() {
        let caller = std::thread::current().id();
        let worker = block_on(off_thread("t", || Ok(std::thread::current().id()))).unwrap();
        assert_ne!(worker, caller);
    }

    #[test]
    fn a_panic_becomes_an_error() {
        let r: Result<(), _> = block_on(off_thread("t", || {
            panic!("deliberate panic (this test expects it)")
        }));
        assert!(matches!(r, Err(PassageError::Io { .. })));
    }

    #[test]
    fn errors_pass_through() {
        let r: Result<(), _> = block_on(off_thread("t", || Err(PassageError::Locked)));
        assert_eq!(r, Err(PassageError::Locked));
    }
}
