//! Generates the parser from `grammar/python.lalrpop` at the workspace root
//! (linked into this crate as `grammar`, so the packaged crate carries it).
// A build script runs on the build host; the no-OS rule is for the library.
#[allow(clippy::disallowed_methods)]
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .emit_rerun_directives(true)
        .process()
        .expect("grammar/python.lalrpop must generate a parser");
}
