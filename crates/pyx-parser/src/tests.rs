//! Unit tests of the public entry points and the error details that the
//! fixture tests do not show.

use crate::{parse_expression, parse_module, SyntaxErrorKind};
use pyx_ast::{dump_expr, dump_module, DumpOptions};

fn dump(source: &str) -> String {
    let module = parse_module(source).unwrap_or_else(|e| panic!("{source:?}: {e}"));
    dump_module(&module, &DumpOptions::plain(source))
}

#[test]
fn eval_input_parses_one_expression_list() {
    for (source, expected) in [
        ("1 + 2", "BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))"),
        ("  x", "Name(id='x', ctx=Load())"),
        ("a, b\n\n", "Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())"),
        ("lambda: 0", "Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))"),
    ] {
        let e = parse_expression(source).unwrap_or_else(|e| panic!("{source:?}: {e}"));
        assert_eq!(dump_expr(&e, &DumpOptions::plain(source)), expected, "{source:?}");
    }
    for bad in ["x = 1", "*a", "1 +", "if x: pass", "(a as b)"] {
        assert!(parse_expression(bad).is_err(), "{bad:?} must be refused");
    }
}

#[test]
fn eval_spans_count_the_skipped_indentation() {
    let e = parse_expression("   x").unwrap();
    assert_eq!((e.span.start, e.span.end), (3, 4));
}

#[test]
fn error_locations_are_cpython_attributes() {
    let source = "x = 1\nif x\n    pass\n";
    let e = parse_module(source).unwrap_err();
    assert_eq!(e.message, "expected ':'");
    let loc = e.location(source);
    assert_eq!((loc.lineno, loc.offset, loc.end_lineno, loc.end_offset), (2, 5, 2, 5));
    assert_eq!(loc.text, "if x");

    let source = "x = 'é' +\n";
    let loc = parse_module(source).unwrap_err().location(source);
    // Columns count characters, as `SyntaxError.offset` does.
    assert_eq!(loc.offset, 10);
}

#[test]
fn indentation_errors_have_their_kind() {
    let e = parse_module("x\n  y\n").unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (SyntaxErrorKind::IndentationError, "unexpected indent"));
    let e = parse_module("def f():\nreturn\n").unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.message, "expected an indented block after function definition on line 1");
}

#[test]
fn fstring_field_errors_are_prefixed() {
    let e = parse_module("f'{a b}'\n").unwrap_err();
    assert_eq!(e.message, "f-string: invalid syntax. Perhaps you forgot a comma?");
    let e = parse_module("f'{*a}'\n").unwrap_err();
    assert!(e.message.starts_with("f-string: "), "{}", e.message);
}

#[test]
fn soft_keywords_are_names_elsewhere() {
    assert_eq!(
        dump("match = case = _ = 1\n"),
        "Module(body=[Assign(targets=[Name(id='match', ctx=Store()), Name(id='case', ctx=Store()), \
         Name(id='_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
    );
}

#[test]
fn operator_precedence_builds_the_right_tree() {
    assert_eq!(
        dump("a | b ^ c & d << e + f * g ** h\n"),
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), \
         op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), \
         op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()), \
         op=Mult(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=Name(id='h', ctx=Load())))))))))], type_ignores=[])"
    );
    assert_eq!(
        dump("a - b - c\n"),
        "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), \
         op=Sub(), right=Name(id='c', ctx=Load())))], type_ignores=[])"
    );
    assert_eq!(
        dump("a or b and c or d\n"),
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), \
         values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[])"
    );
}

#[test]
fn with_items_in_parentheses() {
    assert!(dump("with (a as b, c as d): pass\n").contains("withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))"));
    assert!(parse_module("x = (a as b)\n").is_err());
    assert!(parse_module("with (a as b) + 1: pass\n").is_err());
}
