//! Media type from the first bytes of a file. The file name the user gave
//! is only a hint between close relatives (HEIF vs HEIC); it never makes an
//! unknown file look like a known type.

/// How many first bytes [`sniff`] looks at.
pub(crate) const SNIFF_LEN: usize = 32;

/// Returned for anything not recognised.
pub const OCTET_STREAM: &str = "application/octet-stream";

/// The media type of a file starting with `head`: JPEG, PNG, PDF, HEIC /
/// HEIF or WebP, else `application/octet-stream`.
pub fn sniff(head: &[u8], name_hint: Option<&str>) -> &'static str {
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return "image/jpeg";
    }
    if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return "image/png";
    }
    if head.starts_with(b"%PDF-") {
        return "application/pdf";
    }
    if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        return "image/webp";
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        let brand = &head[8..12];
        if [
            b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
        ]
        .iter()
        .any(|b| brand == *b)
        {
            return "image/heic";
        }
        if brand == b"mif1" || brand == b"msf1" {
            let says_heic = name_hint.is_some_and(|n| {
                let n = n.to_ascii_lowercase();
                n.ends_with(".heic") || n.ends_with(".hif")
            });
            return if says_heic {
                "image/heic"
            } else {
                "image/heif"
            };
        }
    }
    OCTET_STREAM
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_magic_bytes() {
        let ftyp = |brand: &[u8]| {
            let mut v = vec![0, 0, 0, 0x18];
            v.extend_from_slice(b"ftyp");
            v.extend_from_slice(brand);
            v.extend_from_slice(&[0; 8]);
            v
        };
        let cases: Vec<(Vec<u8>, Option<&str>, &str)> = vec![
            (vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], None, "image/jpeg"),
            (
                b"\x89PNG\r\n\x1a\n\0\0".to_vec(),
                Some("x.jpg"),
                "image/png",
            ),
            (b"%PDF-1.7\n".to_vec(), None, "application/pdf"),
            (b"RIFF\x10\0\0\0WEBPVP8 ".to_vec(), None, "image/webp"),
            (ftyp(b"heic"), None, "image/heic"),
            (ftyp(b"mif1"), Some("IMG_1.HEIC"), "image/heic"),
            (ftyp(b"mif1"), None, "image/heif"),
            (ftyp(b"isom"), Some("a.heic"), OCTET_STREAM),
            (b"hello".to_vec(), Some("photo.jpg"), OCTET_STREAM),
            (Vec::new(), Some("a.pdf"), OCTET_STREAM),
            (b"RIFF\0\0\0\0WAVE".to_vec(), None, OCTET_STREAM),
        ];
        for (head, hint, want) in cases {
            assert_eq!(sniff(&head, hint), want, "{head:?}");
        }
    }
}
