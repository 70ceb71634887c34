//! End-to-end rules of [`crate::tokenize`]: layout, soft keywords,
//! literals in context, and CPython's error messages (checked against
//! `compile()` of CPython 3.11).

use crate::{tokenize, tokenize_fstring_expression, FStringPart, LexError, SyntaxErrorKind, Tok};

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src).map(|t| t.expect("lexes").1).collect()
}

fn err(src: &str) -> LexError {
    let items: Vec<_> = tokenize(src).collect();
    let last = items.last().expect("some output").clone();
    // Nothing follows an error.
    assert_eq!(items.iter().filter(|t| t.is_err()).count(), 1, "{src:?}");
    last.expect_err(&format!("expected an error for {src:?}"))
}

fn name(s: &str) -> Tok {
    Tok::Name(s.into())
}

fn int(i: i64) -> Tok {
    Tok::Int(i.into())
}

use Tok::*;

#[test]
fn simple_line_gets_a_final_newline() {
    assert_eq!(toks("x = 1"), vec![name("x"), Equal, int(1), Newline]);
    assert_eq!(toks("x = 1\n"), vec![name("x"), Equal, int(1), Newline]);
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("\n\n# only a comment\n   \n"), vec![]);
}

#[test]
fn spans_are_byte_offsets() {
    let spans: Vec<_> = tokenize("é = 'ü'\n").map(|t| t.map(|(s, _, e)| (s, e)).unwrap()).collect();
    assert_eq!(spans, vec![(0, 2), (3, 4), (5, 9), (9, 10)]);
}

#[test]
fn indentation_blocks() {
    assert_eq!(
        toks("if x:\n    y\n    if z:\n        w\nv\n"),
        vec![
            If, name("x"), Colon, Newline, Indent, name("y"), Newline, If, name("z"), Colon, Newline,
            Indent, name("w"), Newline, Dedent, Dedent, name("v"), Newline
        ]
    );
    // Open blocks are closed at the end, after the final Newline.
    assert_eq!(
        toks("def f():\n  return 1"),
        vec![Def, name("f"), Lpar, Rpar, Colon, Newline, Indent, Return, int(1), Newline, Dedent]
    );
}

#[test]
fn blank_and_comment_lines_do_not_affect_indentation() {
    assert_eq!(
        toks("if x:\n    a\n  # c\n\n      \nb"),
        vec![If, name("x"), Colon, Newline, Indent, name("a"), Newline, Dedent, name("b"), Newline]
    );
    assert_eq!(toks("if x:\n    a\n   "), toks("if x:\n    a\n"));
}

#[test]
fn newlines_inside_brackets_are_ignored() {
    assert_eq!(
        toks("x = (1,\n  2,\n# c\n    3)\ny"),
        vec![name("x"), Equal, Lpar, int(1), Comma, int(2), Comma, int(3), Rpar, Newline, name("y"), Newline]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(toks("x = 1 + \\\n    2\n"), vec![name("x"), Equal, int(1), Plus, int(2), Newline]);
    assert_eq!(toks("x = 1 + \\\r\n2"), vec![name("x"), Equal, int(1), Plus, int(2), Newline]);
    assert_eq!(toks("\\\nx"), vec![name("x"), Newline]);
    assert_eq!(toks("if 1:\n\\\n  x"), vec![If, int(1), Colon, Newline, Indent, name("x"), Newline, Dedent]);
}

#[test]
fn crlf_and_cr_newlines() {
    assert_eq!(toks("a\r\nb\rc"), vec![name("a"), Newline, name("b"), Newline, name("c"), Newline]);
    assert_eq!(toks("'''a\r\nb\rc'''"), vec![Str("a\nb\nc".into()), Newline]);
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(toks("x = 1\x0c\ny=2"), vec![name("x"), Equal, int(1), Newline, name("y"), Equal, int(2), Newline]);
    assert_eq!(toks("\x0c  x"), vec![Indent, name("x"), Newline, Dedent]);
}

#[test]
fn tabs_count_to_multiples_of_eight() {
    assert_eq!(
        toks("if x:\n\ta\n\tb\n"),
        vec![If, name("x"), Colon, Newline, Indent, name("a"), Newline, name("b"), Newline, Dedent]
    );
    // 8 spaces then a tab is 16 columns, consistently.
    assert_eq!(toks("if x:\n        \ta\n        \tb"), toks("if x:\n a\n b"));
}

#[test]
fn keywords_and_operators() {
    assert_eq!(
        toks("async def f(*a, **k) -> None: return await x"),
        vec![
            Async, Def, name("f"), Lpar, Star, name("a"), Comma, DoubleStar, name("k"), Rpar, Rarrow,
            None, Colon, Return, Await, name("x"), Newline
        ]
    );
    assert_eq!(
        toks("a //= b ** c @ d != e ... :="),
        vec![name("a"), DoubleSlashEqual, name("b"), DoubleStar, name("c"), At, name("d"), NotEqual, name("e"), Ellipsis, ColonEqual, Newline]
    );
    assert_eq!(toks("ifx _if if_"), vec![name("ifx"), name("_if"), name("if_"), Newline]);
    assert_eq!(toks("1 <> 2"), vec![int(1), Less, Greater, int(2), Newline]);
}

#[test]
fn unicode_identifiers_are_nfkc_normalised() {
    assert_eq!(toks("ﬁ = café"), vec![name("fi"), Equal, name("café"), Newline]);
    assert_eq!(toks("aé if"), vec![name("aé"), If, Newline]);
    assert_eq!(toks("ifé"), vec![name("ifé"), Newline]);
}

#[test]
fn string_prefixes() {
    assert_eq!(
        toks(r#"r'\n' u'\n' b'\n' Rb'\n' bR"x" f'' rf'{x}'"#)[..6],
        [Str("\\n".into()), Str("\n".into()), Bytes(b"\n".to_vec()), Bytes(b"\\n".to_vec()), Bytes(b"x".to_vec()), FString(vec![])]
    );
    // Not a prefix: a name followed by a string.
    assert_eq!(toks("ur'x'"), vec![name("ur"), Str("x".into()), Newline]);
}

#[test]
fn triple_quoted_strings_span_lines() {
    assert_eq!(toks("x = '''a\nb'''\ny"), vec![name("x"), Equal, Str("a\nb".into()), Newline, name("y"), Newline]);
    assert_eq!(toks("'a\\\nb'"), vec![Str("ab".into()), Newline]);
}

#[test]
fn soft_keywords() {
    assert_eq!(toks("match = 1")[0], name("match"));
    assert_eq!(toks("match(x)")[0], name("match"));
    assert_eq!(toks("match[x]: int = 1")[0], name("match"));
    assert_eq!(toks("match.x = 1")[0], name("match"));
    assert_eq!(toks("print(match, case)"), vec![name("print"), Lpar, name("match"), Comma, name("case"), Rpar, Newline]);
    assert_eq!(toks("case = 1")[0], name("case"));
    let src = "match (x):\n case [a, b]: pass\n case _:\n  case = 1\n  match -x:\n   case 1: pass\nmatch x\n";
    let t = toks(src);
    assert_eq!(t[0], Match);
    let cases: Vec<_> = t.iter().filter(|t| **t == Case || **t == name("case")).collect();
    assert_eq!(cases, vec![&Case, &Case, &name("case"), &Case]);
    assert_eq!(t.iter().filter(|t| **t == Match).count(), 2);
    assert_eq!(t[t.len() - 3], name("match"));
    // After the match block closes, `case` is a name again.
    assert_eq!(toks("match x:\n case 1: pass\ncase = 2")[11], name("case"));
}

#[test]
fn fstring_expression_mode() {
    let t: Vec<_> = tokenize_fstring_expression("a +\n b", 10).map(|t| t.unwrap()).collect();
    assert_eq!(t, vec![(10, name("a"), 11), (12, Plus, 13), (15, name("b"), 16)]);
    let t: Vec<_> = tokenize_fstring_expression("match", 0).map(|t| t.unwrap().1).collect();
    assert_eq!(t, vec![name("match")]);
}

#[test]
fn fstring_parts_point_into_the_file() {
    let src = "x = f'a{b!r:>{w}}'";
    let t = toks(src);
    let FString(parts) = &t[2] else { panic!("{t:?}") };
    let FStringPart::Field(field) = &parts[1] else { panic!() };
    assert_eq!(&src[field.expression_span.range()], "b");
    let inner: Vec<_> = tokenize_fstring_expression(&field.expression, field.expression_span.start)
        .map(|t| t.unwrap())
        .collect();
    assert_eq!(inner, vec![(8, name("b"), 9)]);
    // Nested f-strings inside an expression are shifted too.
    let src = "f\"{f'{x}'}\"";
    let t = toks(src);
    let FString(parts) = &t[0] else { panic!() };
    let FStringPart::Field(outer) = &parts[0] else { panic!() };
    let inner: Vec<_> = tokenize_fstring_expression(&outer.expression, outer.expression_span.start)
        .map(|t| t.unwrap().1)
        .collect();
    let FString(inner_parts) = &inner[0] else { panic!() };
    let FStringPart::Field(x) = &inner_parts[0] else { panic!() };
    assert_eq!(&src[x.expression_span.range()], "x");
}

fn check_error(src: &str, kind: SyntaxErrorKind, message: &str) {
    let e = err(src);
    assert_eq!((e.kind, e.message.as_str()), (kind, message), "{src:?}");
}

#[test]
fn syntax_errors_match_cpython() {
    use SyntaxErrorKind::SyntaxError as S;
    for (src, msg) in [
        ("$", "invalid syntax"),
        ("a $ b", "invalid syntax"),
        ("?", "invalid syntax"),
        ("!", "invalid syntax"),
        ("`", "invalid syntax"),
        ("€", "invalid character '€' (U+20AC)"),
        ("a€", "invalid character '€' (U+20AC)"),
        ("5€", "invalid character '€' (U+20AC)"),
        ("0x1€", "invalid character '€' (U+20AC)"),
        ("x\u{a0}= 1", "invalid non-printable character U+00A0"),
        ("a = \u{200b}", "invalid non-printable character U+200B"),
        ("a\x01b", "invalid non-printable character U+0001"),
        ("a\x7fb", "invalid non-printable character U+007F"),
        ("x\x00", "source code cannot contain null bytes"),
        ("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("1_", "invalid decimal literal"),
        ("0o8", "invalid digit '8' in octal literal"),
        ("1jx", "invalid imaginary literal"),
        ("'abc", "unterminated string literal (detected at line 1)"),
        ("x = 'a\nb'", "unterminated string literal (detected at line 1)"),
        ("'abc\\\ndef", "unterminated string literal (detected at line 2)"),
        ("\"\"\"abc", "unterminated triple-quoted string literal (detected at line 1)"),
        ("'''a\nb", "unterminated triple-quoted string literal (detected at line 2)"),
        ("'''a\n", "unterminated triple-quoted string literal (detected at line 1)"),
        ("'''a\n\n", "unterminated triple-quoted string literal (detected at line 2)"),
        ("b'é'", "bytes can only contain ASCII literal characters"),
        ("'\\N{foo}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"),
        ("b'\\xz'", "(value error) invalid \\x escape at position 0"),
        ("f'{'", "f-string: expecting '}'"),
        ("f'}'", "f-string: single '}' is not allowed"),
        ("f'{}'", "f-string: empty expression not allowed"),
        ("f'{a!x}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("f'{a\\n}'", "f-string expression part cannot include a backslash"),
        ("f'{a#}'", "f-string expression part cannot include '#'"),
        ("f'{a:{b:{c}}}'", "f-string: expressions nested too deeply"),
        ("(", "'(' was never closed"),
        ("x = (1,\n", "'(' was never closed"),
        ("((", "'(' was never closed"),
        (")", "unmatched ')'"),
        ("(]", "closing parenthesis ']' does not match opening parenthesis '('"),
        ("([)", "closing parenthesis ')' does not match opening parenthesis '['"),
        ("(\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1"),
        ("[1,\n2)", "closing parenthesis ')' does not match opening parenthesis '[' on line 1"),
        ("x = \\ y", "unexpected character after line continuation character"),
        ("x = 1 +\\ # c\n", "unexpected character after line continuation character"),
        ("x = \\", "unexpected EOF while parsing"),
        ("x = \\\n", "unexpected EOF while parsing"),
        ("a\\", "unexpected EOF while parsing"),
        ("\\", "unexpected EOF while parsing"),
    ] {
        check_error(src, S, msg);
    }
}

#[test]
fn indentation_errors_match_cpython() {
    use SyntaxErrorKind::*;
    check_error("if x:\n  a\n b\n", IndentationError, "unindent does not match any outer indentation level");
    check_error("if x:\n\ta\n        b\n", TabError, "inconsistent use of tabs and spaces in indentation");
    check_error("if x:\n        a\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation");
    let mut deep = String::new();
    for i in 0..100 {
        deep += &format!("{}if x:\n", " ".repeat(i));
    }
    deep += &format!("{}pass\n", " ".repeat(100));
    check_error(&deep, IndentationError, "too many levels of indentation");
}

#[test]
fn error_positions() {
    let e = err("x = (1,\n");
    assert_eq!(e.span.start, 4);
    let e = err("a€");
    assert_eq!(e.span.start, 1);
    let e = err("x = 'abc");
    assert_eq!(e.span.start, 4);
}

#[test]
fn bracket_nesting_limit() {
    let ok = format!("{}{}", "(".repeat(200), ")".repeat(200));
    assert!(tokenize(&ok).all(|t| t.is_ok()));
    let deep = format!("{}{}", "(".repeat(201), ")".repeat(201));
    check_error(&deep, SyntaxErrorKind::SyntaxError, "too many nested parentheses");
}

#[test]
fn nothing_after_an_error() {
    let items: Vec<_> = tokenize("a\n)\nb c d\n").collect();
    assert!(items.last().unwrap().is_err());
    assert_eq!(items.len(), 3);
}

#[test]
fn error_inside_a_match_line_lookahead_is_reported_in_order() {
    let items: Vec<_> = tokenize("match x $ y:\n").collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().1, name("match"));
    assert_eq!(items[2].as_ref().unwrap_err().message, "invalid syntax");
}
