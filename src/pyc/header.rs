//! The 16-byte header at the start of every cache file.
//!
//! ```text
//! offset  size  field
//!      0     2  MAGIC_NUMBER, u16 little-endian
//!      2     2  b"\r\n" (catches text-mode newline translation, as in CPython)
//!      4     4  flags, u32 little-endian: bit 0 = hash-based, bit 1 = check_source;
//!               every other bit must be zero, and check_source needs hash-based
//!      8     4  timestamp pyc: source mtime in whole seconds, mod 2**32
//!     12     4  timestamp pyc: source size in bytes, mod 2**32
//!      8     8  hash-based pyc (instead): `source_hash` of the source bytes,
//!               u64 little-endian
//! ```
//!
//! This module only encodes and parses the header; whether a header matches
//! its source is decided in `cache`.

use super::hash::siphash13;
use std::fmt;

/// The cache format version. Bump it whenever the body layout, the opcode
/// numbering or an operand list changes (see the history in
/// docs/pyc-format.md); an old file then fails with `BadMagic` and is
/// recompiled.
pub const MAGIC_NUMBER: u16 = 5;

/// The first four bytes of every cache file.
pub const MAGIC: [u8; 4] = {
    let n = MAGIC_NUMBER.to_le_bytes();
    [n[0], n[1], b'\r', b'\n']
};

/// Size of the header; the marshalled code object follows it.
pub const HEADER_LEN: usize = 16;

/// Flag bit 0: the header holds a source hash instead of mtime and size.
pub const FLAG_HASH_BASED: u32 = 0b01;
/// Flag bit 1: a hash-based file is checked against its source when loaded.
pub const FLAG_CHECK_SOURCE: u32 = 0b10;

/// How a cache file is checked against its source (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Invalidation {
    /// Valid while the source's mtime and size match the header (the default).
    Timestamp,
    /// Valid while the hash of the source bytes matches the header.
    CheckedHash,
    /// Never checked against the source (unless `--check-hash-based-pycs always`).
    UncheckedHash,
}

/// A parsed header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    /// Source mtime (seconds) and size, both truncated to 32 bits.
    Timestamp { mtime: u32, size: u32 },
    /// A source hash; `check_source` is flag bit 1.
    Hash { check_source: bool, hash: u64 },
}

/// Why a header was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// Fewer than `HEADER_LEN` bytes; holds the number there were.
    Truncated(usize),
    /// The first four bytes are not `MAGIC`.
    BadMagic([u8; 4]),
    /// Unknown flag bits, or check_source without hash-based.
    BadFlags(u32),
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::Truncated(n) => {
                write!(f, "truncated header: {n} of {HEADER_LEN} bytes")
            }
            HeaderError::BadMagic(m) => write!(
                f,
                "bad magic number {:02x} {:02x} {:02x} {:02x} (expected {:02x} {:02x} {:02x} {:02x})",
                m[0], m[1], m[2], m[3], MAGIC[0], MAGIC[1], MAGIC[2], MAGIC[3]
            ),
            HeaderError::BadFlags(flags) => write!(f, "invalid flags {flags:#x}"),
        }
    }
}

impl std::error::Error for HeaderError {}

/// The hash stored in hash-based headers: SipHash-1-3 of the source bytes
/// with the key (k0, k1) = (the magic's four bytes as a little-endian u32, 0).
/// Keying with the magic is what CPython does (`_imp.source_hash` with
/// `_RAW_MAGIC_NUMBER`), so a format change also changes every hash.
pub fn source_hash(source: &[u8]) -> u64 {
    siphash13(u64::from(u32::from_le_bytes(MAGIC)), 0, source)
}

impl Header {
    /// The header for a new cache file of `source`, whose mtime (seconds since
    /// the epoch) and size are given; only the fields `inv` needs are used.
    pub fn for_source(inv: Invalidation, source: &[u8], mtime: u64, size: u64) -> Header {
        match inv {
            // `as u32` keeps the low 32 bits: CPython's `& 0xFFFFFFFF`.
            Invalidation::Timestamp => Header::Timestamp {
                mtime: mtime as u32,
                size: size as u32,
            },
            Invalidation::CheckedHash => Header::Hash {
                check_source: true,
                hash: source_hash(source),
            },
            Invalidation::UncheckedHash => Header::Hash {
                check_source: false,
                hash: source_hash(source),
            },
        }
    }

    /// The flags word of this header.
    pub fn flags(&self) -> u32 {
        match *self {
            Header::Timestamp { .. } => 0,
            Header::Hash { check_source, .. } => {
                FLAG_HASH_BASED | if check_source { FLAG_CHECK_SOURCE } else { 0 }
            }
        }
    }

    /// The 16 header bytes.
    pub fn encode(&self) -> [u8; HEADER_LEN] {
        let mut out = [0u8; HEADER_LEN];
        out[0..4].copy_from_slice(&MAGIC);
        out[4..8].copy_from_slice(&self.flags().to_le_bytes());
        match *self {
            Header::Timestamp { mtime, size } => {
                out[8..12].copy_from_slice(&mtime.to_le_bytes());
                out[12..16].copy_from_slice(&size.to_le_bytes());
            }
            Header::Hash { hash, .. } => out[8..16].copy_from_slice(&hash.to_le_bytes()),
        }
        out
    }

    /// Parses the header at the start of `file`. Checks, in this order (the
    /// order CPython's `_classify_pyc` uses): the magic, the length, the flags.
    /// A file shorter than four bytes is `Truncated`.
    pub fn parse(file: &[u8]) -> Result<Header, HeaderError> {
        let Some(magic) = file.first_chunk::<4>() else {
            return Err(HeaderError::Truncated(file.len()));
        };
        if *magic != MAGIC {
            return Err(HeaderError::BadMagic(*magic));
        }
        let Some(h) = file.first_chunk::<HEADER_LEN>() else {
            return Err(HeaderError::Truncated(file.len()));
        };
        let word = |i: usize| {
            h.get(i..i + 4)
                .and_then(|w| <[u8; 4]>::try_from(w).ok())
                .map_or(0, u32::from_le_bytes)
        };
        let flags = word(4);
        if flags & !(FLAG_HASH_BASED | FLAG_CHECK_SOURCE) != 0 || flags == FLAG_CHECK_SOURCE {
            return Err(HeaderError::BadFlags(flags));
        }
        if flags & FLAG_HASH_BASED == 0 {
            Ok(Header::Timestamp {
                mtime: word(8),
                size: word(12),
            })
        } else {
            Ok(Header::Hash {
                check_source: flags & FLAG_CHECK_SOURCE != 0,
                hash: u64::from(word(8)) | (u64::from(word(12)) << 32),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_layout() {
        assert_eq!(MAGIC, [5, 0, b'\r', b'\n']);
    }

    #[test]
    fn headers_round_trip() {
        let src = b"x = 1\n";
        for inv in [
            Invalidation::Timestamp,
            Invalidation::CheckedHash,
            Invalidation::UncheckedHash,
        ] {
            let h = Header::for_source(inv, src, 0x1_2345_6789, 0x1_0000_0006);
            assert_eq!(Header::parse(&h.encode()), Ok(h));
        }
        let h = Header::for_source(Invalidation::Timestamp, src, 0x1_2345_6789, 0x1_0000_0006);
        assert_eq!(
            h,
            Header::Timestamp {
                mtime: 0x2345_6789,
                size: 6
            }
        );
    }

    #[test]
    fn rejects_bad_headers() {
        let good = Header::Timestamp { mtime: 1, size: 2 }.encode();
        for n in 0..HEADER_LEN {
            assert_eq!(Header::parse(&good[..n]), Err(HeaderError::Truncated(n)));
        }
        let mut bad = good;
        bad[2] = b'\n';
        assert!(matches!(Header::parse(&bad), Err(HeaderError::BadMagic(_))));
        for flags in [2u32, 4, 0x100, u32::MAX] {
            let mut bad = good;
            bad[4..8].copy_from_slice(&flags.to_le_bytes());
            assert_eq!(Header::parse(&bad), Err(HeaderError::BadFlags(flags)));
        }
    }
}
