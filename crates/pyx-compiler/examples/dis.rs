//! `cargo run --example dis -- FILE`: print the disassembly of a Python file.
//! (A development aid; reads the file named on the command line.)
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let source = std::fs::read_to_string(&path).unwrap_or_default();
    match pyx_parser::parse_module(&source) {
        Ok(m) => match pyx_compiler::compile_module(&m, &source, "<file>") {
            Ok(code) => print!("{}", pyx_compiler::disassemble(&code)),
            Err(e) => println!("{e}"),
        },
        Err(e) => println!("parse error: {e:?}"),
    }
}
