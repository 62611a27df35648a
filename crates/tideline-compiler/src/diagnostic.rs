//! Problems found in the corpus, each naming the file and line.
//!
//! A diagnostic quotes the corpus (file names, URLs, text), and build.rs
//! prints it as a `cargo:warning=` line: its display escapes every control
//! character, so corpus text can never start a line of its own there.

use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was read in a degraded way (e.g. a legacy encoding) or guessed.
    Warning,
    /// Something was skipped.
    Error,
}

/// A problem in one file of the corpus.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Diagnostic {
    /// File name relative to the corpus folder.
    pub file: String,
    /// 1-based line, or 0 when the problem concerns the whole file.
    pub line: u32,
    /// Warning or error.
    pub severity: Severity,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Diagnostic {
    /// An error in `file` at `line`.
    pub fn error(file: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic { file: file.to_owned(), line, severity: Severity::Error, message: message.into() }
    }
    /// A warning in `file` at `line`.
    pub fn warning(file: &str, line: u32, message: impl Into<String>) -> Self {
        Diagnostic { file: file.to_owned(), line, severity: Severity::Warning, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line: severity: message`, the form compilers and editors understand.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{}:{}: {}: {}", escape_control(&self.file), self.line.max(1), severity, escape_control(&self.message))
    }
}

/// True for characters that must not reach a terminal or a line-based
/// protocol raw: control characters (newlines, escapes, C1), line and
/// paragraph separators, and the bidirectional overrides that make text
/// display in another order than it reads.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character written as an escape (`\n`, `\r`,
/// `\t`, `\u{1b}`…), on one line. Backslashes are left alone, so escaping
/// twice changes nothing. Use it on anything from the corpus before printing.
pub fn escape_control(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            c if needs_escape(c) => escaped.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_prints_on_one_line_whatever_its_text_holds() {
        let diagnostic =
            Diagnostic::warning("a\nb.html", 3, "URL `javascript:void(0)\ncargo::error=owned\r\ncargo:rustc-link-arg=-x` ignored \u{1b}[31m\u{202e}");
        let shown = diagnostic.to_string();
        assert!(!shown.contains(['\n', '\r', '\u{1b}', '\u{202e}']), "{shown}");
        assert_eq!(shown.lines().count(), 1);
        assert!(shown.starts_with("a\\nb.html:3: warning: URL `javascript:void(0)\\ncargo::error=owned\\r\\ncargo:"), "{shown}");
        assert!(shown.ends_with("\\u{1b}[31m\\u{202e}"), "{shown}");
    }

    #[test]
    fn escaping_is_idempotent_and_leaves_ordinary_text_borrowed() {
        assert!(matches!(escape_control("Fined 罚款 on 7 July"), Cow::Borrowed(_)));
        let once = escape_control("a\tb\u{7f}").into_owned();
        assert_eq!(once, "a\\tb\\u{7f}");
        assert_eq!(escape_control(&once), once);
    }
}
