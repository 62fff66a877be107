//! Shared helpers for Passage's end-to-end tests. The tests themselves are in
//! `tests/tests/`; helper binaries that tests run as child processes are in
//! `tests/src/bin/`.
