//! Bad and extreme input: the parser returns a tree or a SyntaxError, and
//! never overflows the stack, panics or hangs. Each deep case runs on a
//! thread with a 2 MB stack, the default for spawned threads.

// Tests and tools read fixture files and spawn threads; the no-OS rule is
// for the library.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use pyx_parser::{parse_expression, parse_module, SyntaxError, MAX_DEPTH};

const LONG: usize = 100_000;

fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .expect("spawn test thread")
        .join()
        .expect("parser thread must not crash")
}

fn refused(source: String) -> SyntaxError {
    on_small_stack(move || match parse_module(&source) {
        Ok(module) => {
            drop(module);
            panic!("a {}-byte chain parsed; it must be refused", source.len())
        }
        Err(e) => e,
    })
}

fn assert_too_deep(source: String) {
    let e = refused(source);
    assert!(
        e.message.contains("too many nested") || e.message.contains("too many statically nested"),
        "unexpected error: {e}"
    );
}

#[test]
fn unary_chains_are_refused() {
    assert_too_deep(format!("{}x\n", "-".repeat(LONG)));
    assert_too_deep(format!("{}x\n", "- ".repeat(LONG)));
    assert_too_deep(format!("{}x\n", "~".repeat(LONG)));
    assert_too_deep(format!("{}x\n", "not ".repeat(LONG)));
}

#[test]
fn await_chains_are_refused() {
    // `await await x` is not Python; it must fail without crashing.
    refused(format!("async def f():\n    {}x\n", "await ".repeat(LONG)));
}

#[test]
fn lambda_chains_are_refused() {
    assert_too_deep(format!("{}0\n", "lambda: ".repeat(LONG)));
}

#[test]
fn trailer_chains_are_refused() {
    assert_too_deep(format!("a{}\n", ".b".repeat(LONG)));
    assert_too_deep(format!("f{}\n", "()".repeat(LONG)));
    assert_too_deep(format!("x{}\n", "[0]".repeat(LONG)));
}

#[test]
fn binary_chains_are_refused() {
    assert_too_deep(format!("1{}\n", "+1".repeat(LONG)));
    assert_too_deep(format!("2{}\n", "**2".repeat(LONG)));
    assert_too_deep(format!("a{}\n", " if b else a".repeat(LONG)));
}

#[test]
fn flat_chains_are_fine() {
    on_small_stack(|| {
        for source in [
            format!("x = a{}\n", " and a".repeat(LONG)),
            format!("x = a{}\n", " or a".repeat(LONG)),
            format!("x = a{}\n", " < a".repeat(LONG)),
            format!("x = [{}]\n", "1, ".repeat(LONG)),
            format!("x = {}\n", "'s' ".repeat(LONG)),
            format!("{}\n", "x = 1; ".repeat(LONG)),
        ] {
            parse_module(&source).expect("flat chains parse");
        }
    });
}

#[test]
fn chains_at_the_limit_parse() {
    on_small_stack(|| {
        let ok = format!("{}x\n", "-".repeat(MAX_DEPTH as usize - 10));
        let module = parse_module(&ok).expect("a chain under the limit parses");
        let dump = pyx_ast::dump_module(&module, &pyx_ast::DumpOptions::with_attributes(&ok));
        assert!(dump.starts_with("Module("));
        drop(module);
    });
}

#[test]
fn elif_chains_are_refused() {
    let mut source = String::from("if a:\n    pass\n");
    for _ in 0..LONG {
        source.push_str("elif a:\n    pass\n");
    }
    assert_too_deep(source);
}

#[test]
fn nested_brackets_are_refused() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let source = format!("x = {}1{}\n", open.repeat(LONG), close.repeat(LONG));
        refused(source);
    }
    // Brackets and unary chains mixed.
    let source = format!("x = {}\n", "(-".repeat(LONG));
    refused(source);
}

#[test]
fn deep_chains_in_error_paths_do_not_crash() {
    refused(format!("x = {}x +\n", "-".repeat(900)));
    refused(format!("x = {} $\n", "a.".repeat(LONG)));
    refused(format!("f'{{{}x}}'\n", "-".repeat(LONG)));
}

#[test]
fn deep_chains_in_fstrings_are_refused() {
    assert_too_deep(format!("f'{{a{}}}'\n", ".b".repeat(LONG)));
}

#[test]
fn eval_input_is_bounded_too() {
    on_small_stack(|| {
        let e = parse_expression(&format!("{}x", "-".repeat(LONG))).unwrap_err();
        assert!(e.message.contains("too many nested"));
    });
}

#[test]
fn odd_but_valid_files() {
    for source in ["", "\n", "# only a comment", "# c1\n# c2\n", "x = 1", "if x:\n    pass", "\n\n\nx\n\n", "  \n\t\n"] {
        parse_module(source).unwrap_or_else(|e| panic!("{source:?}: {e}"));
    }
}

#[test]
fn long_lines_parse() {
    on_small_stack(|| {
        let line = format!("x = [{}]\n", "a, ".repeat(1_000_000));
        parse_module(&line).expect("a long line parses");
        let line = format!("x = '{}'\n", "y".repeat(10_000_000));
        parse_module(&line).expect("a long string parses");
    });
}

#[test]
fn garbage_is_refused_cleanly() {
    for source in ["\0", "x = \0", "def", "(((", ")))", "if", "@", "lambda", "match x:\n", "case 1:\n", "x = yield = 1", "`"] {
        let _ = parse_module(source);
    }
}
