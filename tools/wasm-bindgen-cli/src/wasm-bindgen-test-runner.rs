//! `wasm-bindgen-test-runner`: runs `cargo test --target wasm32-unknown-unknown`
//! in a browser, as wasm-bindgen-cli's own binary does, over its library.

fn main() -> anyhow::Result<()> {
    env_logger::init();
    wasm_bindgen_cli::wasm_bindgen_test_runner::run_cli_with_args(std::env::args_os())?;
    Ok(())
}
