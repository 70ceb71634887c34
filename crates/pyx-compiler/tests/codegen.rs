//! Code generation checks that are easier to state than to snapshot:
//! everything here must compile and pass the bytecode verifier.

mod common;

use common::{compile, try_compile};
use pyx_compiler::{CodeFlags, Constant, Instruction};

#[test]
fn tricky_programs_compile_and_verify() {
    let programs = [
        "for x in y:\n    try:\n        continue\n    finally:\n        break\n",
        "def f():\n    with a as b, c as d:\n        for x in y:\n            try:\n                return x\n            except E as e:\n                return e\n            finally:\n                pass\n",
        "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
        "while True:\n    pass\n",
        "while True:\n    break\nelse:\n    x = 1\n",
        "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n            break\n    return [await z async for z in q]\n",
        "def g():\n    x = yield\n    y = yield from x\n    return (yield x)\n",
        "f = lambda: (yield)\n",
        "x = [[y for y in z if y] for z in w]\n",
        "a[b:c] = d\ndel a[::2]\na.b.c += 1\na[i][j] **= 2\n",
        "x = f(*a, *b, c=1, **d, e=2, **f)\n",
        "x = f(**d)\n",
        "x = o.m(*args)\n",
        "class A(*bases, **kw):\n    pass\n",
        "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
        "def f(x):\n    def g():\n        return x\n    x = 2\n    return g\n",
        "def f(a, b):\n    return lambda: a + b\n",
        "print(f'{a:{b}{c}}', f'{x!a}', f'{1+2=}')\n",
        "match x:\n    case {**rest}:\n        pass\n    case []:\n        pass\n    case [*_]:\n        pass\n    case C():\n        pass\n",
        "import a.b.c as d\nfrom . import *\n",
        "x = not not y\nif not (a and b or c):\n    pass\n",
        "x = (yield)\n" /* rejected below */,
    ];
    for src in &programs[..programs.len() - 1] {
        compile(src);
    }
    assert!(try_compile(programs[programs.len() - 1]).unwrap_err().contains("'yield' outside function"));
}

#[test]
fn big_literals_build_incrementally() {
    let items: Vec<String> = (0..1000).map(|i| format!("x{i}")).collect();
    let code = compile(&format!("a = [{}]\nb = {{{}}}\nf({})\n", items.join(", "), items.iter().map(|i| format!("{i}: {i}")).collect::<Vec<_>>().join(", "), items.join(", ")));
    assert!(code.max_stack_depth < 40, "stack depth {}", code.max_stack_depth);
}

#[test]
fn constants_are_folded_safely() {
    let code = compile("a = 2 ** 10\nb = 'ab' * 3\nc = -(5)\nd = 2 ** 100000\ne = 'a' * 10 ** 9\nf = 1 / 0\ng = (1, 2, (3, 4))\n");
    let has = |c: &Constant| code.constants.iter().any(|x| pyx_compiler_constant_eq(x, c));
    assert!(has(&Constant::Int(1024)));
    assert!(has(&Constant::Str("ababab".into())));
    assert!(has(&Constant::Int(-5)));
    assert!(has(&Constant::Int(100000)), "2 ** 100000 left to run time");
    assert!(has(&Constant::Int(1_000_000_000)), "10 ** 9 folded, the repetition not");
    assert!(code.instructions.iter().filter(|i| matches!(i, Instruction::BinaryOp { .. })).count() >= 3);
}

fn pyx_compiler_constant_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        _ => false,
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Built by hand (the parser bounds depth itself): 5000 nested unary minus.
    use pyx_ast::*;
    let span = Span::default();
    let mut e = Expr::new(ExprKind::Name { id: "x".into(), ctx: ExprContext::Load }, span);
    for _ in 0..5000 {
        e = Expr::new(ExprKind::UnaryOp { op: UnaryOperator::USub, operand: Box::new(e) }, span);
    }
    let stmt = Stmt::new(StmtKind::Expr { value: e }, span);
    let module = Module { body: vec![stmt], span };
    let result = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || pyx_compiler::compile_module(&module, "", "<deep>").map(|_| ()))
        .expect("thread")
        .join()
        .expect("no panic");
    let err = result.expect_err("too deep");
    assert_eq!(err.kind, pyx_compiler::CompileErrorKind::RecursionError);
}

#[test]
fn code_flags_and_names() {
    let code = compile("async def f():\n    yield 1\ndef g(*a, **k):\n    yield\nclass C:\n    def m(self):\n        return __class__\n");
    let f = code.nested_code().find(|c| &*c.name == "f").expect("f");
    assert!(f.flags.contains(CodeFlags::ASYNC_GENERATOR));
    let g = code.nested_code().find(|c| &*c.name == "g").expect("g");
    assert!(g.flags.contains(CodeFlags::GENERATOR.union(CodeFlags::VARARGS).union(CodeFlags::VARKEYWORDS)));
    let c = code.nested_code().find(|c| &*c.name == "C").expect("C");
    assert!(c.flags.contains(CodeFlags::HAS_CLASS_CELL));
    let m = c.nested_code().find(|c| &*c.name == "m").expect("m");
    assert_eq!(&*m.qualname, "C.m");
    assert_eq!(m.freevars.len(), 1);
}

#[test]
fn interactive_mode_prints_expression_statements() {
    let source = "1 + x\nfor i in y:\n    i\n";
    let module = pyx_parser::parse_module(source).expect("parses");
    let code = pyx_compiler::compile_interactive(&module, source, "<stdin>").expect("compiles");
    let prints = code.instructions.iter().filter(|i| matches!(i, Instruction::PrintExpr)).count();
    assert_eq!(prints, 2);
}

#[test]
fn eval_mode_returns_the_value() {
    let expr = pyx_parser::parse_expression("a + 1").expect("parses");
    let code = pyx_compiler::compile_expression(&expr, "a + 1", "<string>").expect("compiles");
    pyx_compiler::verify(&code).expect("verifies");
    assert!(matches!(code.instructions.last(), Some(Instruction::ReturnValue)));
    assert!(matches!(code.instructions[0], Instruction::LoadName(_)));
}

#[test]
fn line_table_maps_instructions_to_lines() {
    let code = compile("a = 1\n\nb = 2\n");
    let lines: Vec<u32> = (0..code.instructions.len() as u32).map(|i| code.line_for(i)).collect();
    assert_eq!(lines[0], 1);
    assert!(lines.contains(&3));
}

#[test]
fn nesting_just_under_the_limit_fits_a_default_thread_stack() {
    use pyx_ast::*;
    let span = Span::default();
    // Mixed expression kinds: calls, subscripts, binary ops, lambdas.
    let mut e = Expr::new(ExprKind::Name { id: "x".into(), ctx: ExprContext::Load }, span);
    for i in 0..990 {
        e = match i % 4 {
            0 => Expr::new(ExprKind::Call { func: Box::new(Expr::new(ExprKind::Name { id: "f".into(), ctx: ExprContext::Load }, span)), args: vec![e], keywords: vec![] }, span),
            1 => Expr::new(ExprKind::BinOp { left: Box::new(e), op: Operator::Add, right: Box::new(Expr::new(ExprKind::Name { id: "y".into(), ctx: ExprContext::Load }, span)) }, span),
            3 if i < 300 => Expr::new(ExprKind::Lambda { parameters: Box::new(Parameters::default()), body: Box::new(e) }, span),
            _ => Expr::new(ExprKind::UnaryOp { op: UnaryOperator::Not, operand: Box::new(e) }, span),
        };
    }
    let module = Module { body: vec![Stmt::new(StmtKind::Expr { value: e }, span)], span };
    let result = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || pyx_compiler::compile_module(&module, "", "<deep>").map(|_| ()))
        .expect("thread")
        .join()
        .expect("no stack overflow");
    result.expect("compiles");
}
