//! Problems found in the corpus, each naming the file and line.

use serde::Serialize;
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
        write!(f, "{}:{}: {}: {}", self.file, self.line.max(1), severity, self.message)
    }
}
