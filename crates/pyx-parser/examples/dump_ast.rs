//! Prints pyx's `ast.dump` of a file, for comparing with CPython's:
//!
//!     cargo run -p pyx-parser --example dump_ast -- FILE [--attributes]
//!     python3 -c "import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), include_attributes=True))" FILE

// Tests and tools read fixture files and spawn threads; the no-OS rule is
// for the library.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: dump_ast FILE [--attributes]");
        std::process::exit(2);
    };
    let attributes = args.iter().any(|a| a == "--attributes");
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let source = match pyx_lexer::decode_source(&bytes) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", pyx_parser::SyntaxError::from(e).render(path, &String::from_utf8_lossy(&bytes)));
            std::process::exit(1);
        }
    };
    match pyx_parser::parse_module(&source) {
        Ok(module) => {
            let options = if attributes {
                pyx_ast::DumpOptions::with_attributes(&source)
            } else {
                pyx_ast::DumpOptions::plain(&source)
            };
            println!("{}", pyx_ast::dump_module(&module, &options));
        }
        Err(e) => {
            eprint!("{}", e.render(path, &source));
            std::process::exit(1);
        }
    }
}
