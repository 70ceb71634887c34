//! Bad and huge inputs: the lexer must answer with tokens or an error —
//! never panic, hang, or use stack or time out of proportion to the input.

use pyx_lexer::{decode_source, dump_tokens, tokenize, tokenize_fstring_expression, LexError};

/// Runs the lexer to the end; returns the token count and the error, if any.
fn run(src: &str) -> (usize, Option<LexError>) {
    let mut count = 0;
    let mut error = None;
    for item in tokenize(src) {
        match item {
            Ok(_) => count += 1,
            Err(e) => {
                assert!(error.is_none(), "a second error after {error:?}");
                error = Some(e);
            }
        }
    }
    (count, error)
}

fn error_message(src: &str) -> String {
    run(src).1.map(|e| e.message).unwrap_or_else(|| "no error".into())
}

/// A small deterministic generator (no randomness from the host).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SAMPLE: &str = r#"
import os
class Point:
    """A point."""
    def __init__(self, x, y=0):
        self.x, self.y = x, y  # coordinates
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
match p:
    case Point(x=0, y=0): print(f"origin {p!r:>{w}}")
    case [a, *rest]: pass
data = {'k': [1, 2.5, 3j, 0xff, 0o7, 0b1], "s": b'\x00' rb'\d' r'''raw'''}
if data and \
   not None:
	pass
"#;

#[test]
fn ten_megabyte_file() {
    let src = SAMPLE.repeat(10_000_000 / SAMPLE.len() + 1);
    // The tab-indented `pass` is consistent within each copy.
    let (count, error) = run(&src);
    assert!(error.is_none(), "{error:?}");
    assert!(count > 1_000_000);
}

#[test]
fn one_megabyte_lines() {
    let line = format!("x = {}1\n", "1 + ".repeat(250_000));
    assert!(run(&line).1.is_none());
    let string = format!("x = '{}'\n", "a".repeat(1_000_000));
    assert_eq!(run(&string).0, 4);
    let comment = format!("# {}\nx\n", "c".repeat(1_000_000));
    assert_eq!(run(&comment).0, 2);
    let name = format!("{} = 1\n", "n".repeat(1_000_000));
    assert_eq!(run(&name).0, 4);
    let docstring = format!("'''{}'''\n", "line\n".repeat(200_000));
    assert_eq!(run(&docstring).0, 2);
    let continued = format!("x = 1{}\n", " + \\\n 1".repeat(100_000));
    assert!(run(&continued).1.is_none());
    let matching = format!("match {}x:\n    case 1: pass\n", "x + ".repeat(100_000));
    assert!(run(&matching).1.is_none());
    let many_matches = "match = 1\nmatch(x)\n".repeat(100_000);
    assert!(run(&many_matches).1.is_none());
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let open = "(".repeat(100_000);
    assert_eq!(error_message(&open), "too many nested parentheses");
    let both = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(error_message(&both), "too many nested parentheses");
    assert_eq!(error_message(&")".repeat(100_000)), "unmatched ')'");
    let mut indented = String::new();
    for depth in 0..100_000usize {
        indented.push_str(&" ".repeat(depth % 300));
        indented.push_str("if x:\n");
    }
    assert!(error_message(&indented).contains("indent"));
    let fstring = format!("f'{{{}}}'", "(".repeat(100_000));
    assert_eq!(error_message(&fstring), "f-string: too many nested parenthesis");
    let fstring_fields = format!("f'{}'", "{x:{y}}".repeat(100_000));
    assert!(run(&fstring_fields).1.is_none());
}

#[test]
fn null_bytes_and_bad_encodings() {
    for src in ["\0", "x = 1\0", "'\0'", "# \0\n", "'''\n\0"] {
        assert_eq!(error_message(src), "source code cannot contain null bytes", "{src:?}");
    }
    assert!(decode_source(b"\xff\xfe\x00").is_err());
    assert!(decode_source(b"x = '\xc3'").is_err());
    assert!(decode_source(b"\xed\xa0\x80").is_err());
    let lossy = String::from_utf8_lossy(b"x = \xff\xfe + 1");
    assert!(run(&lossy).1.is_some());
}

#[test]
fn every_truncation_of_a_sample() {
    for end in 0..=SAMPLE.len() {
        if let Some(prefix) = SAMPLE.get(..end) {
            run(prefix);
            dump_tokens(prefix);
        }
    }
}

#[test]
fn random_bytes() {
    let mut rng = Lcg(0x5eed);
    for _ in 0..3_000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.below(256) as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        run(&text);
        let _ = decode_source(&bytes);
        tokenize_fstring_expression(&text, 7).for_each(drop);
    }
}

#[test]
fn random_python_fragments() {
    const PIECES: &[&str] = &[
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "f'", "f\"", "rb'", "\\", "\\\n", "\n", "\r",
        "\r\n", " ", "    ", "\t", "\x0c", "#", ":", "=", "!", "!r", "{x}", "{{", "}}", "0", "0x", "1_",
        "1e", ".", "j", "é", "€", "\u{a0}", "\\N{", "\\x", "\\u12", "match", "case", "if", "x", "_",
        "lambda", "async", "=", "->", "**", "...",
    ];
    let mut rng = Lcg(42);
    for _ in 0..5_000 {
        let n = rng.below(40);
        let src: String = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        run(&src);
        tokenize_fstring_expression(&src, 0).for_each(drop);
        // F-string bodies built from the same pieces exercise the splitter.
        run(&format!("f'''{src}'''"));
        run(&format!("f\"{src}\""));
    }
}
