//! `match` statements (PEP 634).
//!
//! A pattern consumes the subject on top of the stack. Names it captures
//! are not stored at once: they stay on the stack (below any temporaries
//! the pattern still needs) until the whole pattern has matched, then the
//! case stores them all. On failure the pattern jumps to a "fail-pop"
//! label that pops exactly the items it had left on the stack. The layout
//! follows CPython 3.11's compiler, so its error messages and evaluation
//! order carry over.

use pyx_ast::*;

use super::{CResult, Compiler, NO_CACHE};
use crate::bytecode::{BinaryOperator, ComparisonOperator, Instruction, Label};
use crate::code::Constant;
use crate::disasm::const_repr;
use crate::error::CompileError;

struct PatternContext {
    /// Captured names, in the order they sit on the stack (first = top).
    stores: Vec<String>,
    allow_irrefutable: bool,
    /// `fail_pop[n]`: pop `n` items, then go to the next case.
    fail_pop: Vec<Label>,
    /// Temporaries above the captures.
    on_top: u32,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

/// Python `==` between literal keys, for duplicate mapping keys.
fn same_key(a: &Constant, b: &Constant) -> bool {
    fn num(c: &Constant) -> Option<f64> {
        match c {
            Constant::Bool(b) => Some(*b as i64 as f64),
            Constant::Int(i) => Some(*i as f64),
            Constant::Float(f) => Some(*f),
            _ => None,
        }
    }
    match (num(a), num(b)) {
        (Some(x), Some(y)) => {
            // Exact for the small ints that occur as keys; big ints compare
            // structurally below.
            x == y
        }
        _ => a.same(b),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn visit_match(&mut self, _s: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        use Instruction::*;
        self.visit_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1
            && cases.last().is_some_and(|c| is_wildcard(&c.pattern) && c.guard.is_none());
        let last_full = n - has_default as usize;
        for (i, case) in cases[..last_full].iter().enumerate() {
            let loc = self.set_location(case.pattern.span);
            let is_last = i + 1 == last_full;
            if !is_last {
                self.emit(CopyItem(1));
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, ExprContext::Store, case.pattern.span)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, false, target)?;
            }
            if !is_last {
                self.emit(PopTop);
            }
            self.restore_location(loc);
            self.visit_body(&case.body)?;
            self.emit(Jump(end));
            let loc = self.set_location(case.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
            self.restore_location(loc);
        }
        if has_default {
            let case = &cases[n - 1];
            if n == 1 {
                self.emit(PopTop);
            } else {
                let loc = self.set_location(case.pattern.span);
                self.emit(Nop);
                self.restore_location(loc);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.visit_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Emit a (conditional) jump to the fail-pop label for the current state.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(Label) -> Instruction) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit(make(pc.fail_pop[pops]));
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.bind(pc.fail_pop[i]);
            self.emit(Instruction::PopTop);
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    /// Move TOS down to depth `count` (1-based), keeping the others' order.
    fn rotate(&mut self, count: u32) {
        let mut c = count;
        while c > 1 {
            self.emit(Instruction::Swap(c));
            c -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&'a Identifier>, pc: &mut PatternContext, span: Span) -> CResult {
        let Some(name) = name else {
            self.emit(Instruction::PopTop);
            return Ok(());
        };
        if name.name == "__debug__" {
            return Err(CompileError::syntax("cannot assign to __debug__", name.span));
        }
        if pc.stores.contains(&name.name) {
            return Err(CompileError::syntax(
                format!("multiple assignments to name '{}' in pattern", name.name),
                span,
            ));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(name.name.clone());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.guard(p.span)?;
        let loc = self.set_location(p.span);
        let r = self.pattern_inner(p, pc);
        self.restore_location(loc);
        self.unguard();
        r
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        use Instruction::*;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.visit_expr(value)?;
                self.emit(CompareOp { op: ComparisonOperator::Equal, cache: NO_CACHE });
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::constant_of(value));
                self.emit(IsOp(false));
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.name),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(CompileError::syntax(msg, p.span));
                    }
                    self.store_capture(name.as_ref(), pc, p.span)?;
                }
                Some(sub) => {
                    pc.on_top += 1;
                    self.emit(CopyItem(1));
                    self.pattern(sub, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(name.as_ref(), pc, p.span)?;
                }
            },
            PatternKind::MatchStar { name } => self.store_capture(name.as_ref(), pc, p.span)?,
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(p, patterns, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.pattern_mapping(p, keys, patterns, rest.as_ref(), pc)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, p: &'a Pattern, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        use Instruction::*;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, sub) in patterns.iter().enumerate() {
            if matches!(sub.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(CompileError::syntax("multiple starred names in sequence pattern", p.span));
                }
                star_wildcard = is_star_wildcard(sub);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(sub);
        }
        pc.on_top += 1;
        self.emit(MatchSequence);
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        match star {
            None => {
                self.emit(GetLen);
                self.load_const(Constant::Int(size as i64));
                self.emit(CompareOp { op: ComparisonOperator::Equal, cache: NO_CACHE });
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit(GetLen);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(CompareOp { op: ComparisonOperator::GreaterOrEqual, cache: NO_CACHE });
                self.jump_to_fail_pop(pc, PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(PopTop);
        } else if star_wildcard {
            // Index the subject instead of unpacking it into a list.
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, sub) in patterns.iter().enumerate() {
                if is_wildcard(sub) || i == star {
                    continue;
                }
                self.emit(CopyItem(1));
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    self.emit(GetLen);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(BinaryOp { op: BinaryOperator::Subtract, cache: NO_CACHE });
                }
                self.emit(BinarySubscr { cache: NO_CACHE });
                self.subpattern(sub, pc)?;
            }
            pc.on_top -= 1;
            self.emit(PopTop);
        } else {
            match star {
                Some(i) => {
                    let after = size - i - 1;
                    if i >= 256 || after >= (i32::MAX >> 8) as usize {
                        return Err(CompileError::syntax(
                            "too many expressions in star-unpacking sequence pattern",
                            p.span,
                        ));
                    }
                    self.emit(UnpackEx { before: i as u8, after: after as u32 });
                }
                None => self.emit(UnpackSequence { count: size as u32, cache: NO_CACHE }),
            }
            pc.on_top += size as u32;
            for sub in patterns {
                pc.on_top -= 1;
                self.subpattern(sub, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        p: &'a Pattern,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a Identifier>,
        pc: &mut PatternContext,
    ) -> CResult {
        use Instruction::*;
        let size = keys.len();
        if size != patterns.len() {
            return Err(CompileError::syntax(
                format!(
                    "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                    size,
                    patterns.len()
                ),
                p.span,
            ));
        }
        pc.on_top += 1;
        self.emit(MatchMapping);
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(GetLen);
            self.load_const(Constant::Int(size as i64));
            self.emit(CompareOp { op: ComparisonOperator::GreaterOrEqual, cache: NO_CACHE });
            self.jump_to_fail_pop(pc, PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Attribute { .. } => {}
                _ => match crate::fold::fold(key) {
                    Some(c) => {
                        if seen.iter().any(|s| same_key(s, &c)) {
                            return Err(CompileError::syntax(
                                format!("mapping pattern checks duplicate key ({})", const_repr(&c)),
                                key.span,
                            ));
                        }
                        seen.push(c);
                    }
                    None => {
                        return Err(CompileError::syntax(
                            "mapping pattern keys may only match literals and attribute lookups",
                            key.span,
                        ))
                    }
                },
            }
            self.visit_expr(key)?;
        }
        self.emit(BuildTuple(size as u32));
        self.emit(MatchKeys);
        pc.on_top += 2;
        self.emit(CopyItem(1));
        self.load_none();
        self.emit(IsOp(true));
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        self.emit(UnpackSequence { count: size as u32, cache: NO_CACHE });
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // [subject, keys] -> [rest]
                self.emit(CopyDictWithoutKeys);
                self.emit(Swap(2));
                self.emit(PopTop);
                self.store_capture(Some(name), pc, p.span)?;
            }
            None => {
                self.emit(PopTop);
                self.emit(PopTop);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        use Instruction::*;
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(CompileError::syntax(
                format!(
                    "kwd_attrs ({}) / kwd_patterns ({}) length mismatch in class pattern",
                    nattrs,
                    kwd_patterns.len()
                ),
                p.span,
            ));
        }
        for (i, attr) in kwd_attrs.iter().enumerate() {
            if attr.name == "__debug__" {
                return Err(CompileError::syntax("cannot assign to __debug__", attr.span));
            }
            if kwd_attrs[i + 1..].iter().any(|o| o.name == attr.name) {
                let dup = kwd_attrs[i + 1..].iter().find(|o| o.name == attr.name).map_or(attr.span, |o| o.span);
                return Err(CompileError::syntax(
                    format!("attribute name repeated in class pattern: {}", attr.name),
                    dup,
                ));
            }
        }
        self.visit_expr(cls)?;
        let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::Str(a.name.as_str().into())).collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(MatchClass(nargs as u32));
        self.emit(CopyItem(1));
        self.load_none();
        self.emit(IsOp(true));
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, PopJumpIfFalse);
        let total = nargs + nattrs;
        self.emit(UnpackSequence { count: total as u32, cache: NO_CACHE });
        pc.on_top += total as u32;
        pc.on_top -= 1;
        for sub in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(sub) {
                self.emit(PopTop);
                continue;
            }
            self.subpattern(sub, pc)?;
        }
        Ok(())
    }

    /// Swap the stack items at depths `a` and `b` (1-based, `a < b`).
    fn swap_depths(&mut self, a: u32, b: u32) {
        use Instruction::Swap;
        if a == 1 {
            self.emit(Swap(b));
        } else {
            self.emit(Swap(a));
            self.emit(Swap(b));
            self.emit(Swap(a));
        }
    }

    fn pattern_or(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        use Instruction::*;
        let end = self.new_label();
        let n = alts.len();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let loc = self.set_location(alt.span);
            let mut sub = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: i + 1 == n && pc.allow_irrefutable,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.emit(CopyItem(1));
            self.pattern(alt, &mut sub)?;
            match &control {
                None => control = Some(sub.stores.clone()),
                Some(ctl) => {
                    let mut same = ctl.len() == sub.stores.len();
                    same &= ctl.iter().all(|name| sub.stores.contains(name));
                    if !same {
                        return Err(CompileError::syntax("alternative patterns bind different names", alt.span));
                    }
                    // Reorder this alternative's captures to the control order
                    // (position 0 = top of stack).
                    for (pos, want) in ctl.iter().enumerate() {
                        let Some(cur) = sub.stores.iter().position(|s| s == want) else { continue };
                        if cur != pos {
                            self.swap_depths(pos as u32 + 1, cur as u32 + 1);
                            sub.stores.swap(pos, cur);
                        }
                    }
                }
            }
            self.emit(Jump(end));
            self.emit_and_reset_fail_pop(&mut sub);
            self.restore_location(loc);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(PopTop);
        self.jump_to_fail_pop(pc, Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len() as u32;
        let nrots = nstores + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(CompileError::syntax(
                    format!("multiple assignments to name '{name}' in pattern"),
                    p.span,
                ));
            }
            pc.stores.push(name);
        }
        self.emit(PopTop);
        Ok(())
    }
}
