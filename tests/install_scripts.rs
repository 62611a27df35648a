//! The scripts install only what was tested: every `cargo install` in
//! `scripts/` is `--locked`, so a fresh machine builds its tools from the
//! committed dependency versions, never from a new resolution (setup once
//! fell back to an unlocked `cargo install --force`, issue 15).

use std::path::Path;

/// The `cargo install` commands of a shell script, each as its words.
fn cargo_installs(script: &str) -> Vec<Vec<&str>> {
    script
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(|line| line.split(['|', '&', ';']))
        .map(|command| command.split_whitespace().collect::<Vec<_>>())
        .filter(|words| {
            let mut after_cargo = words.iter().skip_while(|w| **w != "cargo").skip(1).skip_while(|w| w.starts_with('+'));
            after_cargo.next() == Some(&"install")
        })
        .collect()
}

#[test]
fn every_cargo_install_in_the_scripts_is_locked() {
    let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts");
    let mut installs = 0;
    for entry in std::fs::read_dir(&scripts).expect("scripts/ lists") {
        let path = entry.expect("a scripts/ entry").path();
        if path.extension().is_none_or(|ext| ext != "sh") {
            continue;
        }
        // A command continued with a backslash is one command.
        let script = std::fs::read_to_string(&path).expect("a script reads").replace("\\\n", " ");
        for words in cargo_installs(&script) {
            assert!(words.contains(&"--locked"), "{}: `{}` is not --locked", path.display(), words.join(" "));
            installs += 1;
        }
    }
    assert!(installs >= 3, "setup.sh installs wasm-bindgen-cli and trunk, fuzz.sh cargo-fuzz: found {installs}");
}

#[test]
fn an_unlocked_fallback_is_found() {
    let old_setup = "cargo install --locked wasm-bindgen-cli --version \"=0.2.1\" \\\n    || cargo install --force wasm-bindgen-cli\n";
    let old_setup = old_setup.replace("\\\n", " ");
    let installs = cargo_installs(&old_setup);
    assert_eq!(installs.len(), 2);
    assert!(!installs[1].contains(&"--locked"));
    assert_eq!(cargo_installs("# cargo install x\ncargo +nightly install y\ncargo fetch --locked\n").len(), 1);
}
