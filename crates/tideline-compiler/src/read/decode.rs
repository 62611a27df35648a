//! Bytes → text. UTF-8 is taken as is (BOM stripped); anything else is
//! detected with chardetng and decoded with encoding_rs, with a warning naming
//! the encoding. Empty, binary and undecodable files are errors: a file is
//! never read as silent mojibake.

use crate::diagnostic::Diagnostic;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

/// How many leading bytes are inspected for control characters.
const BINARY_SAMPLE: usize = 64 * 1024;

/// Decodes a corpus file's bytes into text, adding a warning to `diagnostics`
/// when a legacy encoding had to be guessed.
pub fn decode_text(file: &str, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Result<String, Diagnostic> {
    let text = match bom_encoding(bytes) {
        Some((encoding, bom_len)) => decode_strictly(file, encoding, &bytes[bom_len..])?,
        None => {
            if looks_binary(bytes) {
                return Err(Diagnostic::error(file, 0, "binary file, not a document; remove it from the corpus"));
            }
            match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(_) => {
                    let encoding = guess_encoding(bytes);
                    let text = decode_strictly(file, encoding, bytes)?;
                    diagnostics.push(Diagnostic::warning(
                        file,
                        0,
                        format!("not UTF-8; decoded as {}; save the file as UTF-8 to be sure", encoding.name()),
                    ));
                    text
                }
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Diagnostic::error(file, 0, "empty file"));
    }
    Ok(normalise_line_breaks(text))
}

/// The encoding a byte-order mark announces, and the mark's length. Checked
/// before the binary test because UTF-16 text is full of NUL bytes.
fn bom_encoding(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

/// True for NUL bytes or a high share of control characters (images,
/// archives, executables).
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(BINARY_SAMPLE)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    // Text files have essentially none; 2% tolerates a few stray escapes.
    controls * 50 > sample.len()
}

/// chardetng's guess for bytes that are not UTF-8.
fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, Utf8Detection::Allow)
}

/// Decodes without replacement characters: malformed input is an error.
fn decode_strictly(file: &str, encoding: &'static Encoding, bytes: &[u8]) -> Result<String, Diagnostic> {
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
        .ok_or_else(|| Diagnostic::error(file, 0, format!("not UTF-8 and not valid {} either; save the file as UTF-8", encoding.name())))
}

/// Old Mac files break lines with a lone `\r`; make them `\n` so lines count.
fn normalise_line_breaks(text: String) -> String {
    if text.contains('\r') && !text.contains('\n') {
        text.replace('\r', "\n")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> (Result<String, Diagnostic>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        (decode_text("f.txt", bytes, &mut diags), diags)
    }

    #[test]
    fn utf8_is_read_as_is_without_warnings() {
        let (text, diags) = decode("Café “quoted”".as_bytes());
        assert_eq!(text.unwrap(), "Café “quoted”");
        assert!(diags.is_empty());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (text, _) = decode(b"\xEF\xBB\xBFHello");
        assert_eq!(text.unwrap(), "Hello");
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning_naming_it() {
        let bytes = b"Caf\xe9 au lait co\xfbte cher \x93cette ann\xe9e\x94 \xe0 Paris, d\xe9j\xe0.";
        let (text, diags) = decode(bytes);
        let text = text.unwrap();
        assert!(text.contains("Café"), "{text}");
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("not UTF-8; decoded as windows-1252"), "{}", diags[0].message);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hi there".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).0.unwrap(), "Hi there");
    }

    #[test]
    fn empty_and_whitespace_files_are_errors() {
        assert!(decode(b"").0.unwrap_err().message.contains("empty file"));
        assert!(decode(b"  \n\t\n").0.unwrap_err().message.contains("empty file"));
    }

    #[test]
    fn png_is_a_binary_file() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        assert!(decode(png).0.unwrap_err().message.contains("binary file"));
    }

    #[test]
    fn control_characters_mark_a_binary_file() {
        let bytes: Vec<u8> = (0..200u8).map(|i| if i % 5 == 0 { 0x01 } else { b'a' }).collect();
        assert!(decode(&bytes).0.unwrap_err().message.contains("binary file"));
    }

    #[test]
    fn lone_carriage_returns_become_line_breaks() {
        assert_eq!(decode(b"a\rb").0.unwrap(), "a\nb");
    }
}
