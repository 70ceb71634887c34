//! A human-readable listing of code objects, for snapshot tests and
//! `pyx --dis`.

use std::fmt::Write;

use crate::bytecode::Instruction;
use crate::code::{CodeObject, Constant};
use pyx_ast::python_repr::{repr_bytes, repr_complex, repr_float, repr_str};

/// Disassemble `code` and, after it, every nested code object.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} ({}, line {}):",
        code.qualname, code.filename, code.first_line
    );
    let _ = writeln!(
        out,
        "  flags: {:?}; args: {} (posonly {}, kwonly {}); stack: {}; caches: {}",
        code.flags,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack_depth,
        code.cache_count
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", code.varnames.join(", "));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", code.cellvars.join(", "));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", code.freevars.join(", "));
    }
    if let Some(doc) = &code.docstring {
        let _ = writeln!(out, "  docstring: {}", repr_str(doc));
    }
    let mut last_line = 0;
    for (i, instr) in code.instructions.iter().enumerate() {
        let line = code.line_for(i as u32);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let _ = writeln!(out, "{line_col} {i:>5} {}", describe(code, instr));
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in code.exception_table.iter() {
            let _ = writeln!(
                out,
                "    {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    for nested in code.nested_code() {
        out.push('\n');
        disassemble_into(nested, out);
    }
}

fn describe(code: &CodeObject, instr: &Instruction) -> String {
    use Instruction::*;
    let name = |i: u32| code.names.get(i as usize).map(|s| s.to_string()).unwrap_or_default();
    let local = |i: u32| code.varnames.get(i as usize).map(|s| s.to_string()).unwrap_or_default();
    let deref = |i: u32| code.deref_name(i).unwrap_or("").to_string();
    let konst = |i: u32| {
        code.constants.get(i as usize).map(const_repr).unwrap_or_default()
    };
    let cache = instr
        .cache_slot()
        .and_then(|c| c.index())
        .map(|c| format!(" ${c}"))
        .unwrap_or_default();
    let (op, arg): (String, String) = match *instr {
        LoadConst(i) => ("LoadConst".into(), format!("{i} ({})", konst(i))),
        KwNames(i) => ("KwNames".into(), format!("{i} ({})", konst(i))),
        LoadFast(i) => ("LoadFast".into(), format!("{i} ({})", local(i))),
        StoreFast(i) => ("StoreFast".into(), format!("{i} ({})", local(i))),
        DeleteFast(i) => ("DeleteFast".into(), format!("{i} ({})", local(i))),
        LoadDeref(i) => ("LoadDeref".into(), format!("{i} ({})", deref(i))),
        StoreDeref(i) => ("StoreDeref".into(), format!("{i} ({})", deref(i))),
        DeleteDeref(i) => ("DeleteDeref".into(), format!("{i} ({})", deref(i))),
        LoadClassDeref(i) => ("LoadClassDeref".into(), format!("{i} ({})", deref(i))),
        LoadClosure(i) => ("LoadClosure".into(), format!("{i} ({})", deref(i))),
        LoadName(i) => ("LoadName".into(), format!("{i} ({})", name(i))),
        StoreName(i) => ("StoreName".into(), format!("{i} ({})", name(i))),
        DeleteName(i) => ("DeleteName".into(), format!("{i} ({})", name(i))),
        LoadGlobal { name: i, .. } => ("LoadGlobal".into(), format!("{i} ({})", name(i))),
        StoreGlobal(i) => ("StoreGlobal".into(), format!("{i} ({})", name(i))),
        DeleteGlobal(i) => ("DeleteGlobal".into(), format!("{i} ({})", name(i))),
        LoadAttr { name: i, .. } => ("LoadAttr".into(), format!("{i} ({})", name(i))),
        StoreAttr { name: i, .. } => ("StoreAttr".into(), format!("{i} ({})", name(i))),
        DeleteAttr(i) => ("DeleteAttr".into(), format!("{i} ({})", name(i))),
        LoadMethod { name: i, .. } => ("LoadMethod".into(), format!("{i} ({})", name(i))),
        ImportName(i) => ("ImportName".into(), format!("{i} ({})", name(i))),
        ImportFrom(i) => ("ImportFrom".into(), format!("{i} ({})", name(i))),
        BinaryOp { op, .. } => ("BinaryOp".into(), op.symbol().into()),
        InplaceOp { op, .. } => ("InplaceOp".into(), format!("{}=", op.symbol())),
        CompareOp { op, .. } => ("CompareOp".into(), op.symbol().into()),
        IsOp(inv) => ("IsOp".into(), if inv { "is not" } else { "is" }.into()),
        ContainsOp(inv) => ("ContainsOp".into(), if inv { "not in" } else { "in" }.into()),
        UnaryOp(op) => ("UnaryOp".into(), format!("{op:?}")),
        Jump(t) => ("Jump".into(), format!("to {t}")),
        JumpBackward(t) => ("JumpBackward".into(), format!("to {t}")),
        PopJumpIfFalse(t) => ("PopJumpIfFalse".into(), format!("to {t}")),
        PopJumpIfTrue(t) => ("PopJumpIfTrue".into(), format!("to {t}")),
        PopJumpIfNone(t) => ("PopJumpIfNone".into(), format!("to {t}")),
        PopJumpIfNotNone(t) => ("PopJumpIfNotNone".into(), format!("to {t}")),
        JumpIfFalseOrPop(t) => ("JumpIfFalseOrPop".into(), format!("to {t}")),
        JumpIfTrueOrPop(t) => ("JumpIfTrueOrPop".into(), format!("to {t}")),
        ForIter { target, .. } => ("ForIter".into(), format!("to {target}")),
        Call { argc, .. } => ("Call".into(), argc.to_string()),
        CallMethod { argc, .. } => ("CallMethod".into(), argc.to_string()),
        UnpackSequence { count, .. } => ("UnpackSequence".into(), count.to_string()),
        UnpackToLocals(count) => ("UnpackToLocals".into(), count.to_string()),
        UnpackEx { before, after } => ("UnpackEx".into(), format!("{before}, {after}")),
        BinarySubscr { .. } => ("BinarySubscr".into(), String::new()),
        StoreSubscr { .. } => ("StoreSubscr".into(), String::new()),
        MakeFunction(flags) => ("MakeFunction".into(), format!("{flags:#04x}")),
        FormatValue { conversion, has_spec } => (
            "FormatValue".into(),
            format!("{conversion:?}{}", if has_spec { ", with spec" } else { "" }),
        ),
        ref other => {
            // Variants with simple or no operands: their Debug form.
            let dbg = format!("{other:?}");
            match dbg.find(['(', ' ']) {
                Some(p) => {
                    let (head, rest) = dbg.split_at(p);
                    let rest = rest.trim();
                    let rest = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(rest);
                    (head.to_string(), rest.to_string())
                }
                None => (dbg, String::new()),
            }
        }
    };
    let operand = format!("{arg}{cache}");
    let operand = operand.trim();
    if operand.is_empty() {
        op
    } else {
        format!("{op:<20} {operand}")
    }
}

/// The Python `repr` of a constant.
pub(crate) fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => repr_complex(*real, *imag),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}

