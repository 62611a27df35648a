//! The `tideline` command as a user runs it: bad files are named and skipped,
//! exit codes follow the contract, and output is byte-identical across runs.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tideline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tideline")).args(args).output().expect("the tideline binary runs")
}

/// A fresh folder under the target dir with the given files.
fn corpus(name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    for (file, bytes) in files {
        std::fs::write(dir.join(file), bytes).expect("write fixture");
    }
    dir
}

const GOOD: &[u8] = b"Regulators fined the company on July 7, 2023.\n\nThe ministry issued new rules on March 3, 2022.\n";
const LATIN1: &[u8] = b"Le r\xe9gulateur a inflig\xe9 une amende le 7 juillet. The regulator fined the caf\xe9 chain on July 7, 2023.\n";
const BROKEN_FRONT_MATTER: &[u8] = b"---\ntitle: \"unterminated\ndate: [2023\n---\nThe agency opened a probe on May 2, 2023.\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\nIDATx\x9cc\0\x01\0\0\x05\0\x01\r\n-\xb4";

/// The mixed folder, in a folder of its own per test (tests run in parallel).
fn mixed_corpus(test: &str) -> PathBuf {
    corpus(test, &[("good.txt", GOOD), ("empty.txt", b""), ("image.png", PNG), ("latin1.txt", LATIN1), ("broken.md", BROKEN_FRONT_MATTER)])
}

fn diagnostics_for<'a>(json: &'a Value, file: &str) -> Vec<&'a Value> {
    json["diagnostics"].as_array().into_iter().flatten().filter(|d| d["file"] == file).collect()
}

#[test]
fn a_mixed_folder_compiles_the_good_files_and_names_each_bad_one() {
    let dir = mixed_corpus("mixed-compile");
    let out = tideline(&["compile", dir.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let files: Vec<&str> = json["documents"].as_array().unwrap().iter().filter_map(|d| d["file"].as_str()).collect();
    assert!(files.contains(&"good.txt") && files.contains(&"latin1.txt") && files.contains(&"broken.md"), "{files:?}");
    assert!(!files.contains(&"empty.txt") && !files.contains(&"image.png"));

    let empty = diagnostics_for(&json, "empty.txt");
    assert!(empty.iter().any(|d| d["severity"] == "error" && d["message"].as_str().unwrap().contains("empty")), "{empty:?}");
    let binary = diagnostics_for(&json, "image.png");
    assert!(binary.iter().any(|d| d["severity"] == "error" && d["message"].as_str().unwrap().contains("binary")), "{binary:?}");
    let latin1 = diagnostics_for(&json, "latin1.txt");
    assert!(
        latin1.iter().any(|d| d["severity"] == "warning" && d["message"].as_str().unwrap().to_lowercase().contains("windows-1252")),
        "{latin1:?}"
    );
    let broken = diagnostics_for(&json, "broken.md");
    assert!(broken.iter().any(|d| d["line"].as_u64().unwrap_or(0) >= 1), "front matter problems name a line: {broken:?}");

    // The good files' events are all there, the Latin-1 text decoded.
    let evidence: Vec<&str> =
        json["events"].as_array().unwrap().iter().flat_map(|e| e["sources"].as_array().unwrap()).filter_map(|s| s["evidence"].as_str()).collect();
    assert!(evidence.iter().any(|e| e.contains("café chain")), "{evidence:?}");
    assert!(evidence.iter().any(|e| e.contains("opened a probe")), "{evidence:?}");
    assert!(evidence.iter().any(|e| e.contains("issued new rules")), "{evidence:?}");
    // Human diagnostics on stderr name file and line.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("empty.txt:1: error"), "{stderr}");
}

#[test]
fn strict_mode_fails_when_any_file_was_skipped() {
    let dir = mixed_corpus("mixed-strict");
    assert_eq!(tideline(&["compile", dir.to_str().unwrap(), "--json", "--strict"]).status.code(), Some(1));
    let clean = corpus("clean", &[("good.txt", GOOD)]);
    assert_eq!(tideline(&["compile", clean.to_str().unwrap(), "--json", "--strict"]).status.code(), Some(0));
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(tideline(&["compile"]).status.code(), Some(2));
    assert_eq!(tideline(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(tideline(&["compile", "/no/such/folder"]).status.code(), Some(2));
}

#[test]
fn check_prints_every_diagnostic_and_a_summary() {
    let dir = mixed_corpus("mixed-check");
    let out = tideline(&["check", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for file in ["empty.txt", "image.png", "latin1.txt", "broken.md"] {
        assert!(stderr.contains(file), "{file} missing from: {stderr}");
    }
    assert!(stderr.contains("3 documents"), "{stderr}");
}

#[test]
fn two_compiles_give_byte_identical_json() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let first = tideline(&["compile", seeds.to_str().unwrap(), "--json"]);
    let second = tideline(&["compile", seeds.to_str().unwrap(), "--json"]);
    assert!(!first.stdout.is_empty());
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn a_closed_stdout_ends_the_command_without_a_panic() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tideline"))
        .args(["compile", seeds.to_str().unwrap(), "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the tideline binary runs");
    // `| head` having read nothing and gone: the pipe is closed before any output.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("it ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn diagnostics_name_files_by_the_path_as_given_on_one_line_each() {
    let dir = corpus("as-given", &[("good.txt", GOOD), ("empty.txt", b""), ("evil\ncargo::error=owned.txt", b"")]);
    let out = tideline(&["check", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{}:1: error", dir.join("empty.txt").display())), "{stderr}");
    assert!(stderr.contains("evil\\ncargo::error=owned.txt"), "{stderr}");
    assert!(stderr.lines().all(|l| !l.starts_with("cargo:")), "{stderr}");
}

/// Every file under `dir`, relative, `/`-separated, non-UTF-8 bytes as `\xNN`,
/// and the folders `read_dir` refuses (listed by name).
#[cfg(unix)]
fn every_entry(dir: &Path) -> Vec<String> {
    use std::os::unix::ffi::OsStrExt;
    fn name(rel: &Path) -> String {
        rel.components()
            .map(|c| {
                let mut out = String::new();
                for chunk in c.as_os_str().as_bytes().utf8_chunks() {
                    out.push_str(chunk.valid());
                    chunk.invalid().iter().for_each(|b| out.push_str(&format!("\\x{b:02X}")));
                }
                out
            })
            .collect::<Vec<_>>()
            .join("/")
    }
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            found.push(name(folder.strip_prefix(dir).unwrap()));
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                pending.push(path);
            } else {
                found.push(name(path.strip_prefix(dir).unwrap()));
            }
        }
    }
    found
}

#[cfg(unix)]
#[test]
fn every_input_file_is_in_the_output_or_named_in_an_error() {
    use std::os::unix::ffi::OsStrExt;
    let dir = corpus(
        "every-file",
        &[
            ("good.txt", GOOD),
            ("empty.txt", b""),
            ("image.png", PNG),
            ("broken.md", BROKEN_FRONT_MATTER),
            ("rule.txt", b"---\nRegulators met on June 1, 2023. They agreed.\n\n---\nThe regulator fined the firm on July 7, 2023.\n"),
            ("fence.md", b"Intro on July 1, 2023.\n\n```\nThe regulator fined the firm on July 7, 2023.\n"),
            (
                "page.html",
                b"<!DOCTYPE html><html><body class=\"no-sidebar has-ads\"><p>The regulator fined the firm on July 7, 2023.</p></body></html>",
            ),
        ],
    );
    // Two names that a lossy conversion would make the same.
    for byte in [0xFFu8, 0xFE] {
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(&[b'n', byte, b'.', b't', b'x', b't'])), GOOD).unwrap();
    }
    std::os::unix::fs::symlink(dir.join("good.txt"), dir.join("link.txt")).unwrap();
    std::fs::write(dir.join("huge.txt"), vec![b'a'; 8 * 1024 * 1024 + 1]).unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(dir.join("sub/inner.txt"), GOOD).unwrap();
    // A folder whose path is longer than PATH_MAX: even root cannot list it.
    let segment = "d".repeat(250);
    let status = Command::new("bash")
        .current_dir(&dir)
        .arg("-c")
        .arg(format!("for i in $(seq 20); do mkdir {segment} && cd -P {segment} || exit 1; done; echo x > deep.txt"))
        .status()
        .unwrap();
    assert!(status.success());

    let out = tideline(&["compile", dir.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let documents: Vec<&str> = json["documents"].as_array().unwrap().iter().filter_map(|d| d["file"].as_str()).collect();
    let errors: Vec<&str> =
        json["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").filter_map(|d| d["file"].as_str()).collect();
    let entries = every_entry(&dir);
    assert!(entries.len() >= 13, "{entries:?}");
    for entry in &entries {
        let named = documents.contains(&entry.as_str()) || errors.iter().any(|e| entry.starts_with(e));
        assert!(named, "{entry} is neither a document nor named in an error: {documents:?} {errors:?}");
    }
    for kept in ["good.txt", "rule.txt", "fence.md", "page.html", "n\\xFF.txt", "n\\xFE.txt", "sub/inner.txt", "broken.md"] {
        assert!(documents.contains(&kept), "{kept} missing from {documents:?}");
    }
    for skipped in ["link.txt", "huge.txt", "empty.txt", "image.png"] {
        assert!(errors.contains(&skipped), "{skipped} not named in {errors:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
