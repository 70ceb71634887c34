//! The code unit under construction: instructions with their locations and
//! covering handlers, labels, stack-depth tracking, and the tables
//! (constants, names, locals) that end up in the [`CodeObject`].
//!
//! Stack depth is tracked while emitting: every label remembers the depth
//! its jumps (or exception handler) arrive with, and code that cannot be
//! reached (after `return`, `raise`, an unconditional jump, until a label
//! someone jumps to) is not emitted at all.

use std::collections::HashMap;
use std::sync::Arc;

use pyx_span::Span;

use crate::bytecode::{CacheSlot, Instruction, Label};
use crate::code::{CodeFlags, CodeKind, CodeObject, ConstKey, Constant, ExceptionTableEntry};
use crate::line_table::LineTable;
use crate::symtable::ScopeId;

/// An exception handler region under construction.
#[derive(Clone, Copy, Debug)]
pub(super) struct Handler {
    pub label: Label,
    pub depth: Option<u32>,
    pub lasti: bool,
}

pub(super) struct CodeUnit {
    pub scope: ScopeId,
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub flags: CodeFlags,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub private: Option<String>,
    pub docstring: Option<String>,

    pub instructions: Vec<Instruction>,
    locations: Vec<(u32, Span)>,
    handler_of: Vec<Option<u32>>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i64>>,
    pub handlers: Vec<Handler>,
    pub handler_stack: Vec<u32>,

    depth: i64,
    max_depth: i64,
    reachable: bool,
    /// Set when emission found inconsistent stack depths (a compiler bug).
    pub depth_mismatch: bool,

    pub location: (u32, Span),

    consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub cell_args: Vec<(u32, u32)>,
}

impl CodeUnit {
    pub fn new(scope: ScopeId, kind: CodeKind, name: String, qualname: String, first_line: u32) -> CodeUnit {
        CodeUnit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            flags: CodeFlags::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            private: None,
            docstring: None,
            instructions: Vec::new(),
            locations: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            depth: 0,
            max_depth: 0,
            reachable: true,
            depth_mismatch: false,
            location: (first_line, Span::default()),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_args: Vec::new(),
        }
    }

    pub fn set_varnames(&mut self, names: Vec<String>) {
        for n in names {
            self.varname(&n);
        }
    }

    pub fn is_reachable(&self) -> bool {
        self.reachable
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        (self.labels.len() - 1) as Label
    }

    fn note_label_depth(&mut self, label: Label, depth: i64) {
        let slot = &mut self.label_depth[label as usize];
        match *slot {
            Some(d) if d != depth => self.depth_mismatch = true,
            Some(_) => {}
            None => *slot = Some(depth),
        }
    }

    /// Bind `label` to the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label as usize] = Some(self.instructions.len() as u32);
        match self.label_depth[label as usize] {
            Some(d) => {
                if self.reachable && d != self.depth {
                    self.depth_mismatch = true;
                }
                self.depth = d;
                self.max_depth = self.max_depth.max(d);
                self.reachable = true;
            }
            None => {
                if self.reachable {
                    self.label_depth[label as usize] = Some(self.depth);
                }
            }
        }
    }

    /// Emit one instruction (dropped when unreachable). `freevars` is the
    /// closure size for `MakeFunction`.
    pub fn emit_with_closure(&mut self, instr: Instruction, freevars: u32) {
        if !self.reachable {
            return;
        }
        if let Some(target) = instr.jump_target() {
            let d = self.depth + instr.stack_effect(true, freevars);
            self.note_label_depth(target, d);
        }
        self.instructions.push(instr);
        self.locations.push(self.location);
        self.handler_of.push(self.handler_stack.last().copied());
        self.depth += instr.stack_effect(false, freevars);
        if self.depth < 0 {
            self.depth_mismatch = true;
            self.depth = 0;
        }
        self.max_depth = self.max_depth.max(self.depth);
        if instr.is_terminal() {
            self.reachable = false;
        }
    }

    pub fn emit(&mut self, instr: Instruction) {
        self.emit_with_closure(instr, 0);
    }

    /// A forward or backward unconditional jump, whichever `label` is.
    pub fn jump(&mut self, label: Label) {
        if self.labels[label as usize].is_some() {
            self.emit(Instruction::JumpBackward(label));
        } else {
            self.emit(Instruction::Jump(label));
        }
    }

    pub fn depth(&self) -> u32 {
        self.depth.max(0) as u32
    }

    /// Start a handler region (the following instructions are covered by
    /// it until `pop_handler`); the handler sees the stack cut to `depth`.
    pub fn push_handler_at(&mut self, label: Label, lasti: bool, depth: u32) -> u32 {
        let id = self.handlers.len() as u32;
        let known = self.reachable.then_some(depth);
        self.handlers.push(Handler { label, depth: known, lasti });
        if self.reachable {
            self.note_label_depth(label, depth as i64 + lasti as i64 + 1);
        }
        self.handler_stack.push(id);
        id
    }

    /// Start a handler region at the current depth.
    pub fn push_handler(&mut self, label: Label, lasti: bool) -> u32 {
        let d = self.depth();
        self.push_handler_at(label, lasti, d)
    }

    pub fn pop_handler(&mut self) -> Option<u32> {
        self.handler_stack.pop()
    }

    /// Re-enter a handler region popped with `pop_handler`.
    pub fn repush_handler(&mut self, id: u32) {
        self.handler_stack.push(id);
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let i = self.consts.len() as u32;
        match self.const_index.entry(c.key()) {
            std::collections::hash_map::Entry::Occupied(e) => *e.get(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
                self.consts.push(c);
                i
            }
        }
    }

    pub fn name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_string());
        self.var_index.insert(name.to_string(), i);
        i
    }

    pub fn cell_index(&self, name: &str) -> Option<u32> {
        self.cellvars.iter().position(|n| n == name).map(|i| i as u32)
    }

    pub fn free_index(&self, name: &str) -> Option<u32> {
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    /// Resolve labels, number cache slots, build the tables.
    pub fn finish(mut self, filename: &Arc<str>) -> CodeObject {
        let labels = std::mem::take(&mut self.labels);
        let resolve = |l: Label| labels.get(l as usize).copied().flatten().unwrap_or(0);
        let mut next_cache: u32 = 0;
        for instr in self.instructions.iter_mut() {
            if let Some(t) = instr.jump_target_mut() {
                *t = resolve(*t);
            }
            if let Some(slot) = instr.cache_slot_mut() {
                *slot = if next_cache < u16::MAX as u32 {
                    let s = CacheSlot(next_cache as u16);
                    next_cache += 1;
                    s
                } else {
                    CacheSlot::NONE
                };
            }
        }
        // Exception table: runs of instructions with the same handler.
        let mut table: Vec<ExceptionTableEntry> = Vec::new();
        let mut i = 0;
        while i < self.handler_of.len() {
            let h = self.handler_of[i];
            let mut j = i + 1;
            while j < self.handler_of.len() && self.handler_of[j] == h {
                j += 1;
            }
            if let Some(hid) = h {
                let handler = self.handlers[hid as usize];
                if let Some(depth) = handler.depth {
                    let entry = ExceptionTableEntry {
                        start: i as u32,
                        end: j as u32,
                        target: resolve(handler.label),
                        depth,
                        push_lasti: handler.lasti,
                    };
                    match table.last_mut() {
                        Some(last)
                            if last.end == entry.start
                                && last.target == entry.target
                                && last.depth == entry.depth
                                && last.push_lasti == entry.push_lasti =>
                        {
                            last.end = entry.end
                        }
                        _ => table.push(entry),
                    }
                }
            }
            i = j;
        }
        let boxed = |v: Vec<String>| -> Box<[Box<str>]> {
            v.into_iter().map(String::into_boxed_str).collect()
        };
        CodeObject {
            kind: self.kind,
            name: self.name.into_boxed_str(),
            qualname: self.qualname.into_boxed_str(),
            filename: filename.clone(),
            first_line: self.first_line,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            flags: self.flags,
            varnames: boxed(self.varnames),
            cellvars: boxed(self.cellvars),
            freevars: boxed(self.freevars),
            cell_args: self.cell_args.into_boxed_slice(),
            names: boxed(self.names),
            constants: self.consts.into_boxed_slice(),
            instructions: self.instructions.into_boxed_slice(),
            line_table: LineTable::from_locations(&self.locations),
            exception_table: table.into_boxed_slice(),
            max_stack_depth: self.max_depth.max(0) as u32,
            cache_count: next_cache,
            docstring: self.docstring.map(String::into_boxed_str),
        }
    }
}
