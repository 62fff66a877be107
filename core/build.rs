//! Build script: checks everything under `content/` and compiles it into
//! `OUT_DIR/content.rs` (see `core/src/guide/content.rs`). Any problem fails
//! the build with `content/<file>:<line>: <message>`, all problems at once.

use std::path::{Path, PathBuf};

#[path = "build/content/mod.rs"]
#[allow(dead_code, unused_imports)]
mod content;

#[path = "build/codegen.rs"]
mod codegen;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let content_dir = manifest.join("..").join("content");
    let seeds_dir = manifest.join("..").join("..").join("shared").join("seeds");

    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build");
    println!("cargo:rerun-if-changed=src/guide/markdown.rs");
    for dir in ["", "guide", "glossary", "contacts", "i18n"] {
        println!("cargo:rerun-if-changed={}", content_dir.join(dir).display());
    }

    let mut notes = Vec::new();
    let seeds = if seeds_dir.is_dir() {
        println!("cargo:rerun-if-changed={}", seeds_dir.display());
        Some(seeds_dir.as_path())
    } else {
        let note =
            "shared/seeds/ not found next to the repository: `seed:` sources were not checked";
        println!("cargo:warning={note}");
        notes.push(note.to_string());
        None
    };

    let validated = content::validate(&content_dir, seeds);
    if !validated.report.is_ok() {
        let count = validated.report.errors.len();
        eprintln!("content check failed with {count} error(s):");
        for error in &validated.report.errors {
            eprintln!("{error}");
        }
        std::process::exit(1);
    }

    let code = codegen::generate(&validated.content, validated.report.files_read, &notes);
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if let Err(err) = write_if_changed(&out_dir.join("content.rs"), &code) {
        eprintln!("cannot write OUT_DIR/content.rs: {err}");
        std::process::exit(1);
    }
}

fn write_if_changed(path: &Path, code: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == code) {
        return Ok(());
    }
    std::fs::write(path, code)
}
