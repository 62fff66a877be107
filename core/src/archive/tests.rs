use super::*;
use crate::Error;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use std::io::{Cursor, Read, Write};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Manifest {
    n: u32,
    label: String,
}

fn pass() -> SecretString {
    SecretString::from("backup passphrase")
}

fn protection() -> Protection {
    Protection::Passphrase {
        passphrase: pass(),
        log_n: 2,
    }
}

fn secret() -> Secret {
    Secret::Passphrase(pass())
}

fn data(seed: u8, len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

/// An archive with two JSON entries and three stream entries (one empty,
/// one of several age chunks).
fn sample(protection: &Protection) -> Vec<u8> {
    let mut w = ArchiveWriter::start(
        Vec::new(),
        protection,
        KIND_BACKUP,
        &Manifest {
            n: 7,
            label: "m".into(),
        },
    )
    .unwrap();
    w.add_json("one", &vec![1, 2, 3]).unwrap();
    w.add_stream("big", 200_000, Cursor::new(data(1, 200_000)))
        .unwrap();
    w.add_stream("empty", 0, Cursor::new(Vec::new())).unwrap();
    w.add_stream_with("pushed", 5, |out| {
        out.write_all(b"hello").map_err(|_| Error::corrupt("x"))
    })
    .unwrap();
    w.add_json("two", &"text").unwrap();
    assert_eq!(w.entries(), 6);
    w.finish().unwrap()
}

/// Reads a whole archive; returns (name, kind, body) of each entry.
fn read_all(
    bytes: &[u8],
    secret: &Secret,
    kind: &str,
) -> crate::Result<Vec<(String, EntryKind, Vec<u8>)>> {
    let mut r = ArchiveReader::open(Cursor::new(bytes), secret, kind)?;
    let mut out = Vec::new();
    while let Some(e) = r.next_entry()? {
        let (name, k) = (e.name().to_string(), e.kind());
        let mut body = Vec::new();
        e.copy_to(&mut body)?;
        out.push((name, k, body));
    }
    Ok(out)
}

/// Encrypts an arbitrary plaintext as an age file under the test passphrase.
fn age_file(plaintext: &[u8]) -> Vec<u8> {
    let mut r = age::scrypt::Recipient::new(pass());
    r.set_work_factor(2);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(plaintext).unwrap();
    w.finish().unwrap();
    out
}

fn plaintext_of(file: &[u8]) -> Vec<u8> {
    let d = age::Decryptor::new(file).unwrap();
    let id = age::scrypt::Identity::new(pass());
    let mut r = d
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .unwrap();
    let mut out = Vec::new();
    r.read_to_end(&mut out).unwrap();
    out
}

#[test]
fn round_trip_with_a_passphrase() {
    let file = sample(&protection());
    let mut r = ArchiveReader::open(Cursor::new(&file), &secret(), KIND_BACKUP).unwrap();
    assert_eq!(r.version(), FORMAT_VERSION);
    assert_eq!(r.kind(), KIND_BACKUP);
    assert_eq!(
        r.manifest::<Manifest>().unwrap(),
        Manifest {
            n: 7,
            label: "m".into()
        }
    );
    let one = r.next_entry().unwrap().unwrap();
    assert_eq!(
        (one.name(), one.kind(), one.len()),
        ("one", EntryKind::Json, 7)
    );
    assert_eq!(one.json::<Vec<i32>>().unwrap(), vec![1, 2, 3]);
    // Left unread: skipped by the next call.
    let big = r.next_entry().unwrap().unwrap();
    assert_eq!((big.name(), big.len()), ("big", 200_000));
    drop(big);
    let empty = r.next_entry().unwrap().unwrap();
    assert!(empty.is_empty());
    let mut pushed = r.next_entry().unwrap().unwrap();
    let mut s = String::new();
    pushed.read_to_string(&mut s).unwrap();
    assert_eq!(s, "hello");
    let two = r.next_entry().unwrap().unwrap();
    assert_eq!(two.json::<String>().unwrap(), "text");
    assert!(r.next_entry().unwrap().is_none());
    assert!(r.next_entry().unwrap().is_none());

    let all = read_all(&file, &secret(), KIND_BACKUP).unwrap();
    assert_eq!(all[1].2, data(1, 200_000));
}

#[test]
fn round_trip_with_recipients_and_wrong_secrets() {
    let alice = generate_identity();
    let bob = generate_identity();
    let file = sample(&Protection::Recipients(vec![
        alice.to_public(),
        bob.to_public(),
    ]));
    for who in [&alice, &bob] {
        let text = identity_file_text(who, chrono::Utc::now());
        let s = Secret::identity_text(&text).unwrap();
        assert_eq!(read_all(&file, &s, KIND_BACKUP).unwrap().len(), 5);
    }
    let eve = Secret::Identity(generate_identity());
    assert_eq!(
        read_all(&file, &eve, KIND_BACKUP).unwrap_err(),
        Error::WrongPassphrase
    );
    // A passphrase for a key-protected file, and the other way round.
    assert!(matches!(
        read_all(&file, &secret(), KIND_BACKUP),
        Err(Error::InvalidInput { ref field, .. }) if field == "secret"
    ));
    let pfile = sample(&protection());
    assert!(matches!(
        read_all(&pfile, &eve, KIND_BACKUP),
        Err(Error::InvalidInput { ref field, .. }) if field == "secret"
    ));
    let wrong = Secret::Passphrase(SecretString::from("not the passphrase"));
    assert_eq!(
        read_all(&pfile, &wrong, KIND_BACKUP).unwrap_err(),
        Error::WrongPassphrase
    );
}

#[test]
fn another_kind_a_newer_version_and_foreign_files_are_named() {
    let file = sample(&protection());
    let e = read_all(&file, &secret(), KIND_SHARE).unwrap_err();
    assert!(
        matches!(&e, Error::InvalidInput { reason, .. } if reason.contains("passage-backup")),
        "{e}"
    );

    let mut plain = plaintext_of(&file);
    plain[8..12].copy_from_slice(&2u32.to_be_bytes());
    assert_eq!(
        read_all(&age_file(&plain), &secret(), KIND_BACKUP).unwrap_err(),
        Error::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );

    let foreign = age_file(b"just some file someone encrypted with age");
    let e = read_all(&foreign, &secret(), KIND_BACKUP).unwrap_err();
    assert_eq!(
        e,
        Error::corrupt("backup file: an age file, but not one Passage wrote")
    );
    let e = read_all(b"PK\x03\x04 a zip file, not age", &secret(), KIND_BACKUP).unwrap_err();
    assert!(
        matches!(&e, Error::Corrupt { what } if what.starts_with("backup file")),
        "{e}"
    );
    let e = read_all(b"", &secret(), KIND_SHARE).unwrap_err();
    assert!(
        matches!(&e, Error::Corrupt { what } if what.starts_with("shared file")),
        "{e}"
    );
}

#[test]
fn every_truncation_and_every_byte_flip_is_refused() {
    let mut w = ArchiveWriter::start(Vec::new(), &protection(), KIND_BACKUP, &1).unwrap();
    w.add_json("a", &"x").unwrap();
    w.add_stream("b", 3, Cursor::new(b"abc")).unwrap();
    let file = w.finish().unwrap();
    assert!(read_all(&file, &secret(), KIND_BACKUP).is_ok());
    for cut in 0..file.len() {
        let e = read_all(&file[..cut], &secret(), KIND_BACKUP).unwrap_err();
        assert!(
            matches!(e, Error::Corrupt { .. } | Error::Io { .. }),
            "cut at {cut}: {e:?}"
        );
    }
    for pos in 0..file.len() {
        for mask in [0x01u8, 0x80] {
            let mut bad = file.clone();
            bad[pos] ^= mask;
            let e = read_all(&bad, &secret(), KIND_BACKUP).unwrap_err();
            assert!(
                matches!(
                    e,
                    Error::Corrupt { .. } | Error::WrongPassphrase | Error::InvalidInput { .. }
                ),
                "flip at {pos}: {e:?}"
            );
        }
    }
}

#[test]
fn a_clean_cut_between_entries_and_extra_data_are_refused() {
    let mut w = ArchiveWriter::start(Vec::new(), &protection(), KIND_BACKUP, &1).unwrap();
    w.add_json("a", &"x").unwrap();
    w.add_json("b", &"y").unwrap();
    let file = w.finish().unwrap();
    let plain = plaintext_of(&file);
    // Re-encrypted by someone who knows the passphrase, cut before the end
    // marker, before the last entry, or with the end marker but no entry.
    let end = plain.len() - 41;
    let entry_b = end - (1 + 2 + 1 + 8 + 3);
    let mut without_b = plain[..entry_b].to_vec();
    without_b.extend_from_slice(&plain[end..]);
    let mut extra = plain.clone();
    extra.push(0);
    for (what, p) in [
        ("no end marker", plain[..end].to_vec()),
        ("entry dropped", without_b),
        ("data after the end", extra),
    ] {
        let e = read_all(&age_file(&p), &secret(), KIND_BACKUP).unwrap_err();
        assert!(matches!(e, Error::Corrupt { .. }), "{what}: {e:?}");
    }
}

#[test]
fn hostile_lengths_are_refused_before_reading() {
    let mut plain = Vec::new();
    plain.extend_from_slice(frame::MAGIC);
    plain.extend_from_slice(&1u32.to_be_bytes());
    plain.push(KIND_BACKUP.len() as u8);
    plain.extend_from_slice(KIND_BACKUP.as_bytes());
    let mut huge_json = plain.clone();
    huge_json.extend_from_slice(&frame::entry_header(frame::TAG_JSON, "manifest", 1 << 40));
    let e = read_all(&age_file(&huge_json), &secret(), KIND_BACKUP).unwrap_err();
    assert_eq!(
        e,
        Error::corrupt("backup file: an entry is larger than allowed")
    );

    plain.extend_from_slice(&frame::entry_header(frame::TAG_JSON, "manifest", 1));
    plain.push(b'1');
    plain.extend_from_slice(&frame::entry_header(frame::TAG_STREAM, "s", u64::MAX));
    let mut r = ArchiveReader::open(Cursor::new(age_file(&plain)), &secret(), KIND_BACKUP).unwrap();
    r.set_max_stream_len(10);
    assert!(matches!(
        r.next_entry(),
        Err(Error::InvalidInput { ref field, .. }) if field == "file"
    ));
}

#[test]
fn a_stream_must_have_the_announced_length() {
    let mut w = ArchiveWriter::start(Vec::new(), &protection(), KIND_BACKUP, &1).unwrap();
    assert!(matches!(
        w.add_stream("s", 5, Cursor::new(b"abc")),
        Err(Error::InvalidInput { .. })
    ));
    // The writer is spent after an error.
    assert!(w.add_json("a", &1).is_err());
    let mut w = ArchiveWriter::start(Vec::new(), &protection(), KIND_BACKUP, &1).unwrap();
    assert!(matches!(
        w.add_stream("s", 2, Cursor::new(b"abc")),
        Err(Error::InvalidInput { .. })
    ));
    let mut w = ArchiveWriter::start(Vec::new(), &protection(), KIND_BACKUP, &1).unwrap();
    assert!(matches!(
        w.add_stream_with("s", 2, |out| {
            out.write_all(b"abc").map_err(|_| Error::corrupt("x"))
        }),
        Err(Error::InvalidInput { ref reason, .. }) if reason.contains("longer")
    ));
    assert!(w.finish().is_err());
}

#[test]
fn weak_passphrases_and_excessive_work_factors_are_refused() {
    let weak = Protection::passphrase(SecretString::from("short"));
    assert!(matches!(
        ArchiveWriter::start(Vec::new(), &weak, KIND_BACKUP, &1),
        Err(Error::InvalidInput { ref field, .. }) if field == "passphrase"
    ));
    let file = sample(&protection());
    let pos = file.windows(3).position(|w| w == b" 2\n").unwrap();
    let mut forged = file.clone();
    forged.splice(pos..pos + 3, b" 21\n".iter().copied());
    let e = read_all(&forged, &secret(), KIND_BACKUP).unwrap_err();
    assert!(
        matches!(&e, Error::Corrupt { what } if what.contains("work")),
        "{e}"
    );
}

#[test]
fn keys_are_parsed_with_precise_errors() {
    let id = generate_identity();
    let public = id.to_public().to_string();
    assert_eq!(
        parse_recipient(&format!("  {public}\n"))
            .unwrap()
            .to_string(),
        public
    );
    let reason = |r: crate::Result<age::x25519::Recipient>| match r {
        Err(Error::InvalidInput { reason, .. }) => reason,
        _ => panic!("expected InvalidInput"),
    };
    assert!(reason(parse_recipient("")).contains("no age public key"));
    assert!(reason(parse_recipient("ssh-ed25519 AAAA")).contains("must start with age1"));
    assert!(reason(parse_recipient(&public[..40])).contains("length"));
    let mut typo = public.clone().into_bytes();
    typo[20] = if typo[20] == b'q' { b'p' } else { b'q' };
    let typo = String::from_utf8(typo).unwrap();
    assert!(reason(parse_recipient(&typo)).contains("checksum"));

    let list = Protection::recipients_text(&format!("# lawyer\n{public}, {public}\n")).unwrap();
    assert!(matches!(list, Protection::Recipients(ref r) if r.len() == 2));
    assert!(Protection::recipients_text("# nothing\n").is_err());

    let text = identity_file_text(&id, chrono::Utc::now());
    assert!(text.contains(&public));
    let back = parse_identity(&text).unwrap();
    assert_eq!(back.to_public().to_string(), public);
    assert!(parse_identity("# only comments\n").is_err());
    assert!(parse_identity(&public).is_err());
    let secret_line = text.lines().last().unwrap().to_string();
    assert!(parse_identity(&format!("{secret_line}\n{secret_line}")).is_err());
    let mut bad = secret_line.into_bytes();
    let last = bad.len() - 1;
    bad[last] = if bad[last] == b'Q' { b'P' } else { b'Q' };
    let e = parse_identity(std::str::from_utf8(&bad).unwrap())
        .err()
        .unwrap();
    assert!(matches!(e, Error::InvalidInput { ref reason, .. } if reason.contains("checksum")));
    // Debug never shows a secret.
    let shown = format!("{:?} {:?}", Secret::Identity(back), protection());
    assert!(!shown.contains("AGE-SECRET") && !shown.contains("backup passphrase"));
}
