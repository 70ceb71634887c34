//! The verifier refuses code the VM's unchecked loop must never run: each
//! test compiles a small program, breaks one thing the verifier proves,
//! and expects the refusal (so removing that check fails the test).

mod common;

use std::sync::Arc;

use common::compile;
use pyx_compiler::{verify_code, CodeObject, Constant, Instruction};

/// The module code of `source`, taken out of its `Arc` to be edited.
fn module(source: &str) -> CodeObject {
    Arc::try_unwrap(compile(source)).unwrap_or_else(|_| panic!("module code is shared"))
}

/// The code of the one function `source` defines.
fn function(source: &str) -> CodeObject {
    let mut code = module(source);
    let constants = std::mem::take(&mut code.constants).into_vec();
    drop(code);
    let inner = constants.into_iter().find_map(|c| match c {
        Constant::Code(inner) => Some(inner),
        _ => None,
    });
    Arc::try_unwrap(inner.expect("a function")).unwrap_or_else(|_| panic!("function code is shared"))
}

fn refused(code: &CodeObject) -> String {
    match verify_code(code) {
        Ok(()) => panic!("verifier accepted {:?}", code.instructions),
        Err(e) => e,
    }
}

/// `a.b`: LoadName a, LoadAttr b, PopTop, LoadConst None, ReturnValue.
fn attribute_statement() -> CodeObject {
    let code = module("a.b\n");
    assert!(matches!(
        &*code.instructions,
        [Instruction::LoadName(_), Instruction::LoadAttr { .. }, Instruction::PopTop, Instruction::LoadConst(_), Instruction::ReturnValue]
    ));
    verify_code(&code).expect("verifies as compiled");
    code
}

#[test]
fn an_instruction_taking_more_than_the_stack_holds_is_refused() {
    // Without the load and the pop, LoadAttr reads an empty stack: its
    // net effect (0) keeps every depth in range, so only its inputs show it.
    let mut code = attribute_statement();
    code.instructions[0] = Instruction::Nop;
    code.instructions[2] = Instruction::Nop;
    assert!(refused(&code).contains("needs 1 stack items, finds 0"));
}

#[test]
fn a_call_missing_its_callable_is_refused() {
    // `f(a)` without `f`: Call(1) pops two items; the depth after it (0)
    // is in range.
    let mut code = module("f(a)\n");
    assert!(matches!(code.instructions[0], Instruction::LoadName(_)));
    assert!(matches!(code.instructions[2], Instruction::Call { argc: 1, .. }));
    assert!(matches!(code.instructions[3], Instruction::PopTop));
    code.instructions[0] = Instruction::Nop;
    code.instructions[3] = Instruction::Nop;
    assert!(refused(&code).contains("needs 2 stack items, finds 1"));
}

#[test]
fn swap_deeper_than_the_stack_is_refused() {
    let mut code = attribute_statement();
    code.instructions[2] = Instruction::Swap(2);
    code.instructions[3] = Instruction::PopTop;
    assert!(refused(&code).contains("needs 2 stack items, finds 1"));
}

#[test]
fn a_stack_position_of_zero_is_refused() {
    // Positions count from 1 (the top): Swap(0) and CopyItem(0) would
    // reach past the top, with zero inputs to prove.
    let mut code = attribute_statement();
    code.instructions[2] = Instruction::CopyItem(0);
    code.instructions[3] = Instruction::Swap(0);
    assert!(refused(&code).contains("stack position operand"));
}

#[test]
fn unpack_to_locals_without_its_stores_is_refused() {
    // The VM's fast path skips the StoreFasts after UnpackToLocals.
    let mut code = function("def f(t):\n    a, b = t\n    return a\n");
    let at = code.instructions.iter().position(|i| matches!(i, Instruction::UnpackToLocals(2))).expect("UnpackToLocals(2)");
    verify_code(&code).expect("verifies as compiled");
    assert!(matches!(code.instructions[at + 2], Instruction::StoreFast(_)));
    code.instructions[at + 2] = Instruction::PopTop;
    assert!(refused(&code).contains("UnpackToLocals not followed by its StoreFasts"));
}

#[test]
fn falling_off_the_end_is_refused() {
    let mut code = attribute_statement();
    code.instructions[4] = Instruction::PopTop;
    assert!(refused(&code).contains("falls off the end"));
}

#[test]
fn a_depth_above_the_declared_maximum_is_refused() {
    let mut code = attribute_statement();
    code.max_stack_depth = 0;
    assert!(refused(&code).contains("above max"));
}

#[test]
fn operands_out_of_range_are_refused() {
    let mut code = attribute_statement();
    code.instructions[3] = Instruction::LoadConst(code.constants.len() as u32);
    assert!(refused(&code).contains("const operand"));

    let mut f = function("def f(x):\n    return x\n");
    assert!(matches!(f.instructions[0], Instruction::LoadFast(0)));
    verify_code(&f).expect("verifies as compiled");
    f.instructions[0] = Instruction::LoadFast(f.varnames.len() as u32);
    assert!(refused(&f).contains("local operand"));
}

#[test]
fn a_jump_outside_the_code_is_refused() {
    let mut code = module("while a:\n    pass\n");
    let n = code.instructions.len() as u32;
    let at = code.instructions.iter().position(|i| i.jump_target().is_some()).expect("a jump");
    code.instructions[at] = match code.instructions[at] {
        Instruction::PopJumpIfFalse(_) => Instruction::PopJumpIfFalse(n),
        Instruction::PopJumpIfTrue(_) => Instruction::PopJumpIfTrue(n),
        Instruction::JumpBackward(_) => Instruction::JumpBackward(n),
        Instruction::Jump(_) => Instruction::Jump(n),
        other => panic!("unexpected first jump {other:?}"),
    };
    assert!(refused(&code).contains("jump operand"));
}
