//! `passage age keygen --qr`: a lawyer shows the public key as a QR code on
//! the laptop screen and the person's phone scans it into the Share screen.
//! The test reads the printed code back into pixels and decodes it with a
//! real QR decoder: it must give exactly the public key printed above it.

#![allow(clippy::unwrap_used)]

use std::process::Command;

/// Pixels per module, so the decoder sees a clean image.
const SCALE: usize = 4;

/// The printed code as modules: `true` = dark. The code is drawn for a dark
/// terminal, so a painted half block is a LIGHT module.
fn modules(lines: &[&str]) -> Vec<Vec<bool>> {
    let mut rows = Vec::new();
    for line in lines {
        let (mut upper, mut lower) = (Vec::new(), Vec::new());
        for c in line.chars() {
            let (up_painted, low_painted) = match c {
                '█' => (true, true),
                '▀' => (true, false),
                '▄' => (false, true),
                ' ' => (false, false),
                other => panic!("unexpected character {other:?} in the QR code"),
            };
            upper.push(!up_painted);
            lower.push(!low_painted);
        }
        rows.push(upper);
        rows.push(lower);
    }
    rows
}

fn decode(modules: &[Vec<bool>]) -> String {
    let height = modules.len() * SCALE;
    let width = modules.iter().map(Vec::len).max().unwrap() * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| {
        let dark = modules[y / SCALE].get(x / SCALE).copied().unwrap_or(false);
        if dark {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the screen");
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_of_keygen_decodes_to_the_printed_public_key() {
    let tmp = tempfile::tempdir().unwrap();
    let key = tmp.path().join("lawyer.key");
    let out = Command::new(env!("CARGO_BIN_EXE_passage"))
        .args(["age", "keygen", "--out", key.to_str().unwrap(), "--qr"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let public = lines.next().unwrap();
    assert!(public.starts_with("age1"), "{public}");
    let code: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    assert!(code.len() > 10, "{text}");
    assert_eq!(decode(&modules(&code)), public);
    // Without --qr the output stays one line, for scripts.
    let plain = Command::new(env!("CARGO_BIN_EXE_passage"))
        .args([
            "age",
            "keygen",
            "--out",
            tmp.path().join("k2").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(plain.stdout).unwrap().lines().count(), 1);
}
