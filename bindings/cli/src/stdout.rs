//! Standard output that tolerates a reader who stops reading.
//!
//! When the reader of a pipe has all it wants (`passage guide list | head`)
//! writing fails with "broken pipe". std's `println!` panics then; here the
//! program unwinds quietly instead (destructors run, so the demo's
//! temporary vault is still removed) and `main` ends with success.

use passage_core::Error;
use std::any::Any;
use std::fmt;
use std::io::{self, ErrorKind, Write};
use std::panic;

/// The unwind payload of a closed pipe.
struct ClosedPipe;

/// Writes to stdout (used by this crate's `println!` and `print!`).
pub fn write(args: fmt::Arguments<'_>) {
    if let Err(e) = io::stdout().lock().write_fmt(args) {
        stop_if_closed_pipe(&e);
        let error = output_error(e);
        eprintln!("passage: {error}");
        std::process::exit(error.exit_code());
    }
}

/// The error of a failed write of output; a closed pipe unwinds instead.
pub fn output_error(e: io::Error) -> Error {
    stop_if_closed_pipe(&e);
    Error::Io {
        reason: format!("writing the output: {}", e.kind()),
    }
}

fn stop_if_closed_pipe(e: &io::Error) {
    if e.kind() == ErrorKind::BrokenPipe {
        panic::resume_unwind(Box::new(ClosedPipe));
    }
}

/// True when `payload` is the unwind of a closed pipe.
pub fn is_closed_pipe(payload: &(dyn Any + Send)) -> bool {
    payload.is::<ClosedPipe>()
}
