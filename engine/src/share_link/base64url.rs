//! Base64url without padding (RFC 4648, section 5): the link's payload uses
//! only `A-Z a-z 0-9 - _`, which a URL fragment carries unescaped.
//!
//! Written here rather than taken from a crate: it is 60 lines, and every
//! dependency adds bytes to the page. Decoding is strict (canonical input only),
//! so a cut or altered link is more likely to be caught here than to decode
//! into something else.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why text is not base64url.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A character outside the alphabet, at a 1-based character position.
    BadCharacter {
        /// The character.
        character: char,
        /// Its position, counting from 1.
        position: usize,
    },
    /// The length leaves a lone character (4n + 1), which no byte string encodes to.
    BadLength,
    /// The last character carries bits no encoder writes: the text was altered or cut.
    NotCanonical,
}

/// `bytes` as base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    // `& 63` keeps the index inside the 64-symbol alphabet; `get` says so to the reader.
    let symbol =
        |index: u32| char::from(ALPHABET.get((index & 63) as usize).copied().unwrap_or(b'A'));
    for chunk in bytes.chunks(3) {
        let [a, b, c] = match *chunk {
            [a, b, c] => [a, b, c],
            [a, b] => [a, b, 0],
            [a] => [a, 0, 0],
            _ => continue,
        };
        let group = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
        // A chunk of n bytes needs n + 1 symbols.
        for (index, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(symbol(group >> shift));
            }
        }
    }
    out
}

/// The value of one symbol, or `None` outside the alphabet.
fn value_of(byte: u8) -> Option<u32> {
    let value = match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Decodes base64url without padding; refuses any other character, a length
/// of 4n + 1 and non-zero leftover bits.
pub fn decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    if let Some((position, character)) = text
        .chars()
        .enumerate()
        .find(|(_, character)| !character.is_ascii() || value_of(*character as u8).is_none())
    {
        return Err(DecodeError::BadCharacter {
            character,
            position: position + 1,
        });
    }
    if text.len() % 4 == 1 {
        return Err(DecodeError::BadLength);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0_u32;
        for (index, byte) in chunk.iter().enumerate() {
            group |= value_of(*byte).unwrap_or(0) << (18 - 6 * index);
        }
        let bytes = [(group >> 16) as u8, (group >> 8) as u8, group as u8];
        // n symbols carry n - 1 whole bytes; the rest of the bits must be zero.
        let whole = chunk.len() - 1;
        let leftover_bits = match whole {
            1 => group & 0xFFFF,
            2 => group & 0xFF,
            _ => 0,
        };
        if leftover_bits != 0 {
            return Err(DecodeError::NotCanonical);
        }
        out.extend_from_slice(bytes.get(..whole).unwrap_or(&bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_4648_test_vectors() {
        // RFC 4648 section 10, without padding.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded), Ok(plain.as_bytes().to_vec()));
        }
    }

    #[test]
    fn uses_the_url_safe_alphabet() {
        assert_eq!(encode(&[0xFB, 0xFF, 0xBF]), "-_-_");
        assert_eq!(decode("-_-_"), Ok(vec![0xFB, 0xFF, 0xBF]));
    }

    #[test]
    fn every_byte_string_round_trips() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..bytes.len() {
            let slice = &bytes[..length];
            assert_eq!(decode(&encode(slice)).as_deref(), Ok(slice));
        }
    }

    #[test]
    fn refuses_other_characters_bad_lengths_and_stray_bits() {
        assert_eq!(
            decode("Zm9v+g"),
            Err(DecodeError::BadCharacter {
                character: '+',
                position: 5
            })
        );
        assert_eq!(
            decode("Zm9vYg=="),
            Err(DecodeError::BadCharacter {
                character: '=',
                position: 7
            })
        );
        assert_eq!(
            decode("Zé"),
            Err(DecodeError::BadCharacter {
                character: 'é',
                position: 2
            })
        );
        assert_eq!(decode("Zm9vY"), Err(DecodeError::BadLength));
        assert_eq!(decode("Zh"), Err(DecodeError::NotCanonical));
        assert_eq!(decode("Zm9"), Err(DecodeError::NotCanonical));
    }
}
