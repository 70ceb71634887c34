//! A checker for compiled code: every operand in range, every jump and
//! handler target inside the code, and a consistent stack depth along
//! every path (including exception edges), never above
//! `max_stack_depth`, no instruction taking more items than the stack
//! holds, no fall-through past the last instruction. The compiler's tests
//! run it over everything they compile, and the VM runs it on every code
//! object before executing it: its loop fetches instructions and pops,
//! pushes and indexes the value stack without checks on what this proves.

use crate::bytecode::Instruction;
use crate::code::{CodeObject, Constant};

/// Check `code` and every code object nested in it.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    verify_code(code)?;
    for nested in code.nested_code() {
        verify(nested)?;
    }
    Ok(())
}

/// Check `code` alone (not the code objects nested in its constants): what
/// a VM runs before it executes a code object, once per code object.
pub fn verify_code(code: &CodeObject) -> Result<(), String> {
    verify_one(code).map(|_| ()).map_err(|e| format!("{}: {e}", code.qualname))
}

/// As `verify_code`, and give the proven stack depth before each
/// instruction (`None`: unreachable), for a VM's debug builds to check
/// its instructions' effects against.
pub fn verified_depths(code: &CodeObject) -> Result<Vec<Option<u32>>, String> {
    let depths = verify_one(code).map_err(|e| format!("{}: {e}", code.qualname))?;
    Ok(depths.into_iter().map(|d| d.map(|d| d as u32)).collect())
}

fn closure_size(code: &CodeObject, at: usize) -> Result<u32, String> {
    match at.checked_sub(1).and_then(|p| code.instructions.get(p)) {
        Some(Instruction::LoadConst(c)) => match code.constants.get(*c as usize) {
            Some(Constant::Code(inner)) => Ok(inner.freevars.len() as u32),
            _ => Err(format!("MakeFunction at {at} not preceded by a code constant")),
        },
        _ => Err(format!("MakeFunction at {at} not preceded by LoadConst")),
    }
}

fn check_operands(code: &CodeObject, i: usize, instr: &Instruction) -> Result<(), String> {
    use Instruction::*;
    let n = code.instructions.len() as u32;
    let nconst = code.constants.len() as u32;
    let nnames = code.names.len() as u32;
    let nlocals = code.varnames.len() as u32;
    let nderef = (code.cellvars.len() + code.freevars.len()) as u32;
    let bad = |what: &str| Err(format!("{what} operand out of range at {i}: {instr:?}"));
    if let Some(t) = instr.jump_target() {
        if t >= n {
            return bad("jump");
        }
        match instr {
            JumpBackward(t) if *t as usize > i => return bad("backward jump"),
            Jump(t) if (*t as usize) <= i => return bad("forward jump"),
            _ => {}
        }
    }
    if let UnpackToLocals(k) = *instr {
        // The VM's fast path stores the items itself and skips these:
        // they must be there, as StoreFasts (whose fall-through then
        // proves where it lands in range).
        let stores = code.instructions.get(i + 1..).and_then(|rest| rest.get(..k as usize));
        if !stores.is_some_and(|st| st.iter().all(|s| matches!(s, StoreFast(_)))) {
            return bad("UnpackToLocals not followed by its StoreFasts");
        }
    }
    match *instr {
        // Counted from the top, 1 being the top (0 would be past it).
        Swap(0) | CopyItem(0) | ListAppend(0) | SetAdd(0) | MapAdd(0) | ListExtend(0)
        | SetUpdate(0) | DictUpdate(0) | DictMerge(0) => bad("stack position"),
        LoadConst(c) | KwNames(c) if c >= nconst => bad("const"),
        LoadFast(l) | StoreFast(l) | DeleteFast(l) if l >= nlocals => bad("local"),
        LoadDeref(d) | StoreDeref(d) | DeleteDeref(d) | LoadClassDeref(d) | LoadClosure(d)
            if d >= nderef =>
        {
            bad("deref")
        }
        LoadName(x) | StoreName(x) | DeleteName(x) | StoreGlobal(x) | DeleteGlobal(x)
        | DeleteAttr(x) | ImportName(x) | ImportFrom(x)
            if x >= nnames =>
        {
            bad("name")
        }
        LoadGlobal { name, .. } | LoadAttr { name, .. } | StoreAttr { name, .. } | LoadMethod { name, .. }
            if name >= nnames =>
        {
            bad("name")
        }
        _ => {
            if let Some(slot) = instr.cache_slot() {
                if let Some(s) = slot.index() {
                    if s as u32 >= code.cache_count {
                        return bad("cache");
                    }
                }
            }
            Ok(())
        }
    }
}

fn verify_one(code: &CodeObject) -> Result<Vec<Option<i64>>, String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    let mut depth: Vec<Option<i64>> = vec![None; n];
    let mut work = vec![0usize];
    depth[0] = Some(0);
    let max = code.max_stack_depth as i64;
    for e in code.exception_table.iter() {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception table entry {e:?}"));
        }
    }
    for (i, instr) in code.instructions.iter().enumerate() {
        check_operands(code, i, instr)?;
    }
    let set = |depth: &mut Vec<Option<i64>>, work: &mut Vec<usize>, at: usize, d: i64, from: usize| {
        if d < 0 {
            return Err(format!("stack underflow reaching {at} from {from}"));
        }
        if d > max {
            return Err(format!("depth {d} above max {max} reaching {at} from {from}"));
        }
        match depth[at] {
            Some(old) if old != d => {
                Err(format!("inconsistent depth at {at}: {old} vs {d} (from {from})"))
            }
            Some(_) => Ok(()),
            None => {
                depth[at] = Some(d);
                work.push(at);
                Ok(())
            }
        }
    };
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap_or(0);
        let instr = code.instructions[i];
        let nfree = if matches!(instr, Instruction::MakeFunction(_)) { closure_size(code, i)? } else { 0 };
        // What the instruction pops or reads, which the VM takes without
        // a check.
        let need = instr.stack_inputs(nfree) as i64;
        if matches!(instr, Instruction::ReturnValue) && d != 1 {
            return Err(format!("ReturnValue at {i} with {d} items on the stack"));
        }
        if d < need {
            return Err(format!("{instr:?} at {i} needs {need} stack items, finds {d}"));
        }
        if let Some(h) = code.handler_for(i as u32) {
            // An instruction may also raise after popping its inputs (then
            // the stack is below the handler's depth: the VM refuses that
            // at run time, on the exception path; `PushExcInfo` pops the
            // exception its handler's depth counts, but never raises).
            if (h.depth as i64) > d {
                return Err(format!("handler depth {} above stack depth {d} at {i}", h.depth));
            }
            let hd = h.depth as i64 + h.push_lasti as i64 + 1;
            set(&mut depth, &mut work, h.target as usize, hd, i)?;
        }
        if let Some(t) = instr.jump_target() {
            set(&mut depth, &mut work, t as usize, d + instr.stack_effect(true, nfree), i)?;
        }
        if !instr.is_terminal() && !matches!(instr, Instruction::Jump(_) | Instruction::JumpBackward(_)) {
            if i + 1 >= n {
                return Err(format!("falls off the end at {i}"));
            }
            set(&mut depth, &mut work, i + 1, d + instr.stack_effect(false, nfree), i)?;
        }
    }
    Ok(depth)
}
