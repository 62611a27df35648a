//! Where the widget's build finds its corpus: the `TIDELINE_CORPUS` setting
//! resolved against the repository root. Used by build.rs, which passes the
//! result to cargo in a `cargo:rerun-if-changed=` line, so a path that cargo
//! could misread (a newline would start a line of its own) is refused here.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The corpus folder used when `TIDELINE_CORPUS` is unset or empty.
pub const DEFAULT_CORPUS: &str = "seeds";

/// Why `TIDELINE_CORPUS` cannot be used.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CorpusPathError {
    /// Not valid UTF-8: cargo could not be told to watch it.
    #[error("TIDELINE_CORPUS is not valid UTF-8; rename the folder or point to it through a UTF-8 path")]
    NotUtf8,
    /// Holds a control character (a newline would reach cargo as a line of its own).
    #[error("TIDELINE_CORPUS {0} holds a control character; use a path without newlines or other control characters")]
    ControlCharacter(String),
}

/// The corpus folder: `setting` (the value of `TIDELINE_CORPUS`) relative to
/// `repository`, or as given when absolute; `seeds` when unset or empty.
///
/// Absolute paths and `..` are allowed on purpose: a blog usually keeps its
/// articles in its own repository, next to (not inside) this one, and the
/// variable is set by whoever runs the build, who can read those files anyway.
pub fn resolve_corpus_dir(repository: &Path, setting: Option<&OsStr>) -> Result<PathBuf, CorpusPathError> {
    let Some(setting) = setting.filter(|s| !s.is_empty()) else {
        return Ok(repository.join(DEFAULT_CORPUS));
    };
    let text = setting.to_str().ok_or(CorpusPathError::NotUtf8)?;
    if text.chars().any(char::is_control) {
        return Err(CorpusPathError::ControlCharacter(crate::diagnostic::escape_control(text).into_owned()));
    }
    Ok(repository.join(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_or_empty_means_the_seeds_folder() {
        let repo = Path::new("/repo");
        assert_eq!(resolve_corpus_dir(repo, None), Ok(PathBuf::from("/repo/seeds")));
        assert_eq!(resolve_corpus_dir(repo, Some(OsStr::new(""))), Ok(PathBuf::from("/repo/seeds")));
    }

    #[test]
    fn a_relative_path_is_under_the_repository_and_an_absolute_one_is_kept() {
        let repo = Path::new("/repo");
        assert_eq!(resolve_corpus_dir(repo, Some(OsStr::new("blog/articles"))), Ok(PathBuf::from("/repo/blog/articles")));
        assert_eq!(resolve_corpus_dir(repo, Some(OsStr::new("../blog"))), Ok(PathBuf::from("/repo/../blog")));
        assert_eq!(resolve_corpus_dir(repo, Some(OsStr::new("/srv/blog"))), Ok(PathBuf::from("/srv/blog")));
    }

    #[test]
    fn a_path_with_a_newline_is_refused_before_it_reaches_cargo() {
        let err = resolve_corpus_dir(Path::new("/repo"), Some(OsStr::new("seeds\ncargo:rustc-link-arg=-evil"))).unwrap_err();
        assert_eq!(err, CorpusPathError::ControlCharacter("seeds\\ncargo:rustc-link-arg=-evil".into()));
        assert!(!err.to_string().contains('\n'));
    }

    #[cfg(unix)]
    #[test]
    fn a_non_utf8_path_is_refused() {
        use std::os::unix::ffi::OsStrExt;
        let err = resolve_corpus_dir(Path::new("/repo"), Some(OsStr::from_bytes(b"a\xffb"))).unwrap_err();
        assert_eq!(err, CorpusPathError::NotUtf8);
    }
}
