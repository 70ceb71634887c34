//! `_pyx_sre`: the matching engine behind `stdlib/re.py`.
//!
//! `re.py` parses a pattern and compiles its node tree to a flat list of
//! ints (the program format below) plus a list of character sets; this
//! module runs that program against a `str` (bytes subjects reach it as
//! latin-1 text) with a backtracking matcher. The matcher is iterative: its
//! backtrack stack is a `Vec` checked against the memory budget as it
//! grows; only lookaround and atomic groups recurse, as deep as the pattern
//! nests them (bounded by [`MAX_DEPTH`]). Every instruction executed counts
//! one step against `re.STEP_LIMIT` and against the interpreter's own step
//! meter, so a catastrophic pattern meets `--max-steps`, `--max-time` and the
//! interrupt flag.
//!
//! Program (each item an int; `pc` values are absolute indices):
//!
//! | op | operands | meaning |
//! |---|---|---|
//! | 0 MATCH | | end of a (sub)program |
//! | 1 CHAR | c | one code point |
//! | 2 SET | i | one code point in set `i` |
//! | 3 ANY / 4 ANYNL | | any / any but `\n` |
//! | 5 SPLIT | x y | try `x`, on failure `y` |
//! | 7 JMP | x | |
//! | 8 SAVE | slot | capture slot := pos (odd slot: lastindex too) |
//! | 9 AT | kind | anchor (see `at`) |
//! | 10 BACKREF | gid icase ascii | |
//! | 11 LOOK | neg len | lookahead; body of `len` items follows, ends in MATCH |
//! | 12 LOOKBEHIND | neg width len | fixed-width lookbehind |
//! | 13 ATOMIC | len | atomic group |
//! | 14 COND | gid else | `(?(gid)...)` |
//! | 15 STAR | mk ma lo hi greedy | repeat of one-character matcher (mk: 0 char ma, 1 set ma, 2 any, 3 anynl) |
//! | 16 REPSTART | r | reset repeat register r |
//! | 17 REPEAT | r lo hi greedy body exit | general repeat |

use std::sync::{Arc, Mutex};

use pyx_text::unicode_db as db;

use crate::interp::host::{new_host_object, HostObject};
use crate::interp::native::{pos, Const, Decl, NativeModule};
use crate::interp::limits::{Meter, Termination};
use crate::object::Payload;
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};

/// Deepest nesting of lookaround/atomic groups the matcher recurses into.
pub const MAX_DEPTH: usize = 200;

const OP_MATCH: i64 = 0;
const OP_CHAR: i64 = 1;
const OP_SET: i64 = 2;
const OP_ANY: i64 = 3;
const OP_ANYNL: i64 = 4;
const OP_SPLIT: i64 = 5;
const OP_JMP: i64 = 7;
const OP_SAVE: i64 = 8;
const OP_AT: i64 = 9;
const OP_BACKREF: i64 = 10;
const OP_LOOK: i64 = 11;
const OP_LOOKBEHIND: i64 = 12;
const OP_ATOMIC: i64 = 13;
const OP_COND: i64 = 14;
const OP_STAR: i64 = 15;
const OP_REPSTART: i64 = 16;
const OP_REPEAT: i64 = 17;

/// Operand count of each op (index = op), `usize::MAX` for unknown ops.
fn width(op: i64) -> usize {
    match op {
        OP_MATCH | OP_ANY | OP_ANYNL => 0,
        OP_CHAR | OP_SET | OP_JMP | OP_SAVE | OP_AT | OP_ATOMIC | OP_REPSTART => 1,
        OP_SPLIT | OP_LOOK | OP_COND => 2,
        OP_BACKREF | OP_LOOKBEHIND => 3,
        OP_STAR => 5,
        OP_REPEAT => 6,
        _ => usize::MAX,
    }
}

// Character categories of a set (`\d`, `\w`, `\s`, Unicode or ASCII).
const CAT_DIGIT_U: i64 = 0;
const CAT_DIGIT_A: i64 = 1;
const CAT_WORD_U: i64 = 2;
const CAT_WORD_A: i64 = 3;
const CAT_SPACE_U: i64 = 4;
const CAT_SPACE_A: i64 = 5;

fn is_word_u(c: u32) -> bool {
    c == '_' as u32 || char::from_u32(c).is_some_and(db::is_alnum)
}
fn is_word_a(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphanumeric() || c == '_' as u32
}

fn category(cat: i64, c: u32) -> bool {
    match cat {
        CAT_DIGIT_U => char::from_u32(c).is_some_and(db::is_decimal),
        CAT_DIGIT_A => (b'0' as u32..=b'9' as u32).contains(&c),
        CAT_WORD_U => is_word_u(c),
        CAT_WORD_A => is_word_a(c),
        CAT_SPACE_U => char::from_u32(c).is_some_and(db::is_space),
        CAT_SPACE_A => matches!(c, 0x20 | 0x09..=0x0d),
        _ => false,
    }
}

/// Characters that case-insensitive matching treats as equal beyond
/// lower()/upper() (the same extra equivalences CPython's sre has).
const FOLD_GROUPS: &[&[u32]] = &[
    &[0x69, 0x131],
    &[0x73, 0x17f],
    &[0xb5, 0x3bc],
    &[0x3b9, 0x345, 0x1fbe],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1, 0x3f4],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c3, 0x3c2],
    &[0x3c6, 0x3d5],
    &[0x1e61, 0x1e9b],
    &[0xfb05, 0xfb06],
    &[0x432, 0x1c80],
    &[0x434, 0x1c81],
    &[0x43e, 0x1c82],
    &[0x441, 0x1c83],
    &[0x442, 0x1c84, 0x1c85],
    &[0x44a, 0x1c86],
    &[0x463, 0x1c87],
    &[0xa64b, 0x1c88],
    &[0x6b, 0x212a],
    &[0xe5, 0x212b],
    &[0x3c9, 0x2126],
    &[0xdf, 0x1e9e],
];

/// `c.lower()` / `c.upper()` when that is a single character.
fn single(c: u32, upper: bool) -> Option<u32> {
    let ch = char::from_u32(c)?;
    let m = if upper { db::upper_full(ch) } else { db::lower_full(ch) };
    match m {
        None => Some(c),
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(x), None) => Some(x as u32),
                _ => None,
            }
        }
    }
}

fn add(out: &mut Vec<u32>, c: u32) {
    if !out.contains(&c) {
        out.push(c);
    }
}

/// The characters equal to `c` ignoring case (`c` included).
fn fold_variants(c: u32, ascii: bool, out: &mut Vec<u32>) {
    out.clear();
    out.push(c);
    if ascii {
        if c < 0x80 && (c as u8).is_ascii_alphabetic() {
            add(out, (c as u8).to_ascii_lowercase() as u32);
            add(out, (c as u8).to_ascii_uppercase() as u32);
        }
        return;
    }
    for up in [false, true] {
        if let Some(x) = single(c, up) {
            add(out, x);
            if let Some(y) = single(x, false) {
                add(out, y);
            }
        }
    }
    let mut i = 0;
    while i < out.len() {
        let x = out[i];
        if let Some(g) = FOLD_GROUPS.iter().find(|g| g.contains(&x)) {
            for &y in g.iter() {
                add(out, y);
                for up in [false, true] {
                    if let Some(z) = single(y, up) {
                        add(out, z);
                    }
                }
            }
        }
        i += 1;
        if i > 64 {
            break;
        }
    }
}

fn fold_eq(a: u32, b: u32, ascii: bool) -> bool {
    if a == b {
        return true;
    }
    let mut v = Vec::new();
    fold_variants(a, ascii, &mut v);
    v.contains(&b)
}

/// A character class.
struct CharSet {
    chars: Vec<u32>,
    ranges: Vec<(u32, u32)>,
    cats: Vec<(i64, bool)>,
    negated: bool,
    icase: bool,
    ascii: bool,
    /// The answer for code points below 256, precomputed.
    low: [u64; 4],
}

impl CharSet {
    fn raw(&self, c: u32) -> bool {
        self.chars.binary_search(&c).is_ok()
            || self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
            || self.cats.iter().any(|&(cat, neg)| category(cat, c) != neg)
    }
    fn slow(&self, c: u32) -> bool {
        if self.raw(c) {
            return !self.negated;
        }
        if self.icase {
            let mut v = Vec::new();
            fold_variants(c, self.ascii, &mut v);
            if v.iter().any(|&x| x != c && self.raw(x)) {
                return !self.negated;
            }
        }
        self.negated
    }
    #[inline]
    fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1u64 << (c & 63)) != 0
        } else {
            self.slow(c)
        }
    }
}

/// A compiled program, as `_pyx_sre.compile` returns it.
struct Prog {
    code: Vec<i64>,
    sets: Vec<CharSet>,
    /// Capture slots: 2 per group (group 0 included) + lastindex.
    ncaps: usize,
    nregs: usize,
    prefix: Vec<u32>,
    /// `prefix` as bytes, when it is all ASCII.
    prefix_bytes: Option<Vec<u8>>,
    anchored: bool,
    /// The characters a match can start with, and those it can have
    /// next, when every match has them (see [`chars_at`]): a search
    /// skips the start positions where they are not, without trying them.
    first: Option<FirstChars>,
    second: Option<FirstChars>,
}

/// A set of code points: those below 256 as bits, the rest all in or
/// all out.
struct FirstChars {
    low: [u64; 4],
    high: bool,
}

impl FirstChars {
    #[inline]
    fn may_start(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1u64 << (c & 63)) != 0
        } else {
            self.high
        }
    }
}

impl CharSet {
    /// Whether the set can hold a code point of 256 or more.
    fn reaches_high(&self) -> bool {
        self.negated
            || !self.cats.is_empty()
            || self.chars.last().is_some_and(|&c| c >= 256)
            || self.ranges.iter().any(|&(_, hi)| hi >= 256)
            || (self.icase && !self.ascii)
    }
}

/// The characters every match has at offset `k` from its start (0: its
/// first), found by following the program from the start through what
/// consumes nothing (captures, anchors, jumps, both arms of a split, a
/// repeat's body and exit, a star that may match nothing) and over `k`
/// characters of what consumes one, to the character tests met there.
/// `None` when some path can end the match before it has `k + 1`
/// characters, or meets what this does not look into (lookaround, a
/// backreference, a conditional, an atomic group, any character at `k`).
fn chars_at(code: &[i64], sets: &[CharSet], k: usize) -> Option<FirstChars> {
    let mut fc = FirstChars { low: [0; 4], high: false };
    let add = |fc: &mut FirstChars, c: i64| {
        if (0..256).contains(&c) {
            fc.low[(c >> 6) as usize] |= 1 << (c & 63);
        } else {
            fc.high = true;
        }
    };
    let add_set = |fc: &mut FirstChars, i: i64| -> Option<()> {
        let cs = sets.get(usize::try_from(i).ok()?)?;
        for w in 0..4 {
            fc.low[w] |= cs.low[w];
        }
        fc.high |= cs.reaches_high();
        Some(())
    };
    // (pc, characters consumed so far), each seen once.
    let mut seen = vec![false; code.len() * (k + 1)];
    let mut work = vec![(0usize, 0usize)];
    while let Some((pc, d)) = work.pop() {
        let op = *code.get(pc)?;
        if std::mem::replace(&mut seen[pc * (k + 1) + d], true) {
            continue;
        }
        let a = |i: usize| code.get(pc + 1 + i).copied().unwrap_or(-1);
        let to = |x: i64| usize::try_from(x).ok();
        match op {
            OP_CHAR | OP_SET | OP_ANY | OP_ANYNL if d < k => work.push((pc + if op <= OP_SET { 2 } else { 1 }, d + 1)),
            OP_CHAR => add(&mut fc, a(0)),
            OP_SET => add_set(&mut fc, a(0))?,
            OP_SPLIT => work.extend([(to(a(0))?, d), (to(a(1))?, d)]),
            OP_JMP => work.push((to(a(0))?, d)),
            OP_SAVE | OP_AT | OP_REPSTART => work.push((pc + 2, d)),
            // A repeat is met again after each pass of its body, with a
            // count this does not follow: both ways stay open.
            OP_REPEAT => work.extend([(to(a(4))?, d), (to(a(5))?, d)]),
            OP_STAR => {
                if d < k {
                    // One character of it taken: more of it, or what follows.
                    work.extend([(pc, d + 1), (pc + 6, d + 1)]);
                } else {
                    match a(0) {
                        0 => add(&mut fc, a(1)),
                        1 => add_set(&mut fc, a(1))?,
                        _ => return None,
                    }
                }
                if a(2) == 0 {
                    work.push((pc + 6, d));
                }
            }
            _ => return None,
        }
    }
    Some(fc)
}

/// Why a match stopped without an answer.
enum Fail {
    StepLimit,
    TooDeep,
    Term(Termination),
}

#[derive(Clone, Copy)]
enum Bt {
    Alt { pc: usize, pos: usize },
    Cap { slot: usize, old: i64 },
    Reg { r: usize, old: (i64, i64) },
    StarG { pc: usize, min: usize, cur: usize },
    StarL { pc: usize, cur: usize, max: usize, mk: i64, ma: i64 },
    RepLazy { r: usize, count: i64, pos: usize, body: usize },
}

const BT_BYTES: usize = std::mem::size_of::<Bt>();

trait Text {
    fn at(&self, i: usize) -> u32;
    /// Where `pre` (not empty) first occurs in `[from, end)`; `bytes`:
    /// the same as bytes when all of it is ASCII.
    fn find(&self, from: usize, end: usize, pre: &[u32], bytes: Option<&[u8]>) -> Option<usize>;
}
impl Text for [u8] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.get(i).copied().unwrap_or(0) as u32
    }
    fn find(&self, from: usize, end: usize, _pre: &[u32], bytes: Option<&[u8]>) -> Option<usize> {
        // An ASCII text holds no other prefix.
        memchr::memmem::find(self.get(from..end)?, bytes?).map(|k| from + k)
    }
}
impl Text for [u32] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.get(i).copied().unwrap_or(0)
    }
    fn find(&self, from: usize, end: usize, pre: &[u32], _bytes: Option<&[u8]>) -> Option<usize> {
        self.get(from..end)?.windows(pre.len().max(1)).position(|w| w == pre).map(|k| from + k)
    }
}

struct Engine<'a, T: Text + ?Sized> {
    p: &'a Prog,
    s: &'a T,
    end: usize,
    steps: u64,
    limit: u64,
    meter: &'a mut Meter,
    /// Unticked steps owed to the interpreter's meter.
    owed: u64,
    /// Steps left of the current grant, and its size (see `step`).
    fuel: u64,
    grant: u64,
    /// Bytes the backtrack stacks may still take.
    room: usize,
    depth: usize,
    /// A backtrack stack kept from one run to the next (a search tries
    /// every start position: a fresh stack each time was a third of
    /// regex_v8's instructions in allocation).
    spare: Vec<Bt>,
}

impl<'a, T: Text + ?Sized> Engine<'a, T> {
    #[inline]
    fn get(&self, pc: usize) -> i64 {
        self.p.code.get(pc).copied().unwrap_or(OP_MATCH)
    }
    #[inline]
    fn arg(&self, pc: usize, i: usize) -> i64 {
        self.get(pc + 1 + i)
    }
    #[inline]
    fn upc(&self, pc: usize, i: usize) -> usize {
        usize::try_from(self.arg(pc, i)).unwrap_or(usize::MAX)
    }

    /// Count `n` steps against re.STEP_LIMIT (per search) and, every
    /// 256, against the interpreter's meter. The common case is one
    /// compare: `fuel` is what is left before either needs a look.
    #[inline]
    fn step(&mut self, n: u64) -> Result<(), Fail> {
        if n < self.fuel {
            self.fuel -= n;
            return Ok(());
        }
        self.settle(n)
    }

    /// The steps taken on the current grant (and `n` more) counted, the
    /// limit and the meter checked, a new grant made.
    #[cold]
    fn settle(&mut self, n: u64) -> Result<(), Fail> {
        self.sync();
        self.steps += n;
        self.owed += n;
        self.grant = 0;
        self.fuel = 0;
        if self.steps > self.limit {
            return Err(Fail::StepLimit);
        }
        if self.owed >= 256 {
            let o = std::mem::take(&mut self.owed);
            self.meter.tick(o).map_err(Fail::Term)?;
        }
        self.regrant();
        Ok(())
    }

    /// Move what the current grant used into `steps` and `owed`.
    #[inline]
    fn sync(&mut self) {
        let used = self.grant - self.fuel;
        self.steps += used;
        self.owed += used;
        self.grant = self.fuel;
    }

    /// A grant that reaches neither the limit nor the next meter tick.
    fn regrant(&mut self) {
        let g = (256 - self.owed.min(256)).min(self.limit.saturating_sub(self.steps));
        self.grant = g;
        self.fuel = g;
    }

    fn flush(&mut self) -> Result<(), Fail> {
        self.sync();
        self.grant = 0;
        self.fuel = 0;
        let o = std::mem::take(&mut self.owed);
        self.meter.tick(o).map_err(Fail::Term)
    }

    #[inline]
    fn single(&self, mk: i64, ma: i64, c: u32) -> bool {
        match mk {
            0 => c as i64 == ma,
            1 => self.p.sets.get(ma as usize).is_some_and(|s| s.contains(c)),
            2 => true,
            _ => c != '\n' as u32,
        }
    }

    fn at(&self, kind: i64, pos: usize) -> bool {
        let (s, end) = (self.s, self.end);
        match kind {
            0 => pos == 0,
            1 => pos == end,
            2 => pos == end || (pos + 1 == end && s.at(pos) == '\n' as u32),
            3 => pos == 0 || s.at(pos - 1) == '\n' as u32,
            4 => pos == end || s.at(pos) == '\n' as u32,
            5..=8 => {
                if end == 0 {
                    return false; // as CPython: no (non-)boundary in empty text
                }
                let w = if kind <= 6 { is_word_u } else { is_word_a };
                let a = pos > 0 && w(s.at(pos - 1));
                let b = pos < end && w(s.at(pos));
                (a != b) == (kind == 5 || kind == 7)
            }
            _ => false,
        }
    }

    #[inline]
    fn push(&mut self, stack: &mut Vec<Bt>, e: Bt) -> Result<(), Fail> {
        if stack.len() == stack.capacity() {
            self.grow(stack)?;
        }
        stack.push(e);
        Ok(())
    }

    /// Room for more backtrack entries, charged to the memory budget.
    #[cold]
    fn grow(&mut self, stack: &mut Vec<Bt>) -> Result<(), Fail> {
        let grow = stack.capacity().max(16) * BT_BYTES;
        if grow > self.room {
            return Err(Fail::Term(Termination::Memory));
        }
        self.room -= grow;
        stack.reserve(stack.capacity().max(16));
        Ok(())
    }

    /// Run from `pc` at `pos`; the end position (caps/regs updated) or
    /// `None`. `anchor_end`: the required end (fullmatch, lookbehind);
    /// `must_advance`: a start where an empty match is refused.
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        caps: &mut Vec<i64>,
        regs: &mut Vec<(i64, i64)>,
        anchor_end: Option<usize>,
        must_advance: Option<usize>,
    ) -> Result<Option<usize>, Fail> {
        let end = self.end;
        let base_room = self.room;
        // The kept stack's capacity is charged as if grown in this run (a
        // nested run, for a lookaround, finds none and starts empty).
        let mut stack = std::mem::take(&mut self.spare);
        stack.clear();
        let held = stack.capacity() * BT_BYTES;
        if held > self.room {
            stack = Vec::new();
        } else {
            self.room -= held;
        }
        let r = self.run_inner(&mut pc, &mut pos, caps, regs, anchor_end, must_advance, &mut stack, end);
        self.room = base_room;
        if stack.capacity() > self.spare.capacity() {
            self.spare = stack;
        }
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn run_inner(
        &mut self,
        pc: &mut usize,
        pos: &mut usize,
        caps: &mut Vec<i64>,
        regs: &mut Vec<(i64, i64)>,
        anchor_end: Option<usize>,
        must_advance: Option<usize>,
        stack: &mut Vec<Bt>,
        end: usize,
    ) -> Result<Option<usize>, Fail> {
        let (mut pc, mut pos) = (*pc, *pos);
        loop {
            self.step(1)?;
            let op = self.get(pc);
            let mut ok = true;
            match op {
                OP_CHAR => {
                    if pos < end && self.s.at(pos) as i64 == self.arg(pc, 0) {
                        pos += 1;
                        pc += 2;
                    } else {
                        ok = false;
                    }
                }
                OP_SET => {
                    let i = self.arg(pc, 0) as usize;
                    if pos < end && self.p.sets.get(i).is_some_and(|s| s.contains(self.s.at(pos))) {
                        pos += 1;
                        pc += 2;
                    } else {
                        ok = false;
                    }
                }
                OP_ANY => {
                    if pos < end {
                        pos += 1;
                        pc += 1;
                    } else {
                        ok = false;
                    }
                }
                OP_ANYNL => {
                    if pos < end && self.s.at(pos) != '\n' as u32 {
                        pos += 1;
                        pc += 1;
                    } else {
                        ok = false;
                    }
                }
                OP_STAR => {
                    let (mk, ma) = (self.arg(pc, 0), self.arg(pc, 1));
                    let lo = self.arg(pc, 2).max(0) as usize;
                    let hi = self.arg(pc, 3).max(0) as usize;
                    let greedy = self.arg(pc, 4) != 0;
                    let next = pc + 6;
                    let room = end.saturating_sub(pos);
                    if greedy {
                        let lim = if hi >= room { end } else { pos + hi };
                        let mut p = pos;
                        while p < lim && self.single(mk, ma, self.s.at(p)) {
                            p += 1;
                        }
                        self.step(((p - pos) / 64) as u64)?;
                        if p - pos < lo {
                            ok = false;
                        } else {
                            if p - pos > lo {
                                self.push(stack, Bt::StarG { pc: next, min: pos + lo, cur: p })?;
                            }
                            pos = p;
                            pc = next;
                        }
                    } else {
                        let mut p = pos;
                        while p - pos < lo && p < end && self.single(mk, ma, self.s.at(p)) {
                            p += 1;
                        }
                        if p - pos < lo {
                            ok = false;
                        } else {
                            let max = if hi >= room { end } else { pos + hi };
                            self.push(stack, Bt::StarL { pc: next, cur: p, max, mk, ma })?;
                            pos = p;
                            pc = next;
                        }
                    }
                }
                OP_SPLIT => {
                    let (x, y) = (self.upc(pc, 0), self.upc(pc, 1));
                    self.push(stack, Bt::Alt { pc: y, pos })?;
                    pc = x;
                }
                OP_JMP => pc = self.upc(pc, 0),
                OP_SAVE => {
                    let slot = self.upc(pc, 0);
                    let last = caps.len() - 1;
                    if slot < last {
                        self.push(stack, Bt::Cap { slot, old: caps[slot] })?;
                        caps[slot] = pos as i64;
                        if slot & 1 == 1 {
                            self.push(stack, Bt::Cap { slot: last, old: caps[last] })?;
                            caps[last] = (slot >> 1) as i64;
                        }
                    }
                    pc += 2;
                }
                OP_AT => {
                    if self.at(self.arg(pc, 0), pos) {
                        pc += 2;
                    } else {
                        ok = false;
                    }
                }
                OP_REPSTART => {
                    let r = self.upc(pc, 0);
                    if let Some(&old) = regs.get(r) {
                        self.push(stack, Bt::Reg { r, old })?;
                        regs[r] = (0, -1);
                    }
                    pc += 2;
                }
                OP_REPEAT => {
                    let r = self.upc(pc, 0);
                    let (lo, hi) = (self.arg(pc, 1), self.arg(pc, 2));
                    let greedy = self.arg(pc, 3) != 0;
                    let (body, exit) = (self.upc(pc, 4), self.upc(pc, 5));
                    let Some(&(count, last)) = regs.get(r) else { return Ok(None) };
                    if count < lo {
                        self.push(stack, Bt::Reg { r, old: (count, last) })?;
                        regs[r] = (count + 1, pos as i64);
                        pc = body;
                    } else if count >= hi || pos as i64 == last {
                        pc = exit;
                    } else if greedy {
                        self.push(stack, Bt::Alt { pc: exit, pos })?;
                        self.push(stack, Bt::Reg { r, old: (count, last) })?;
                        regs[r] = (count + 1, pos as i64);
                        pc = body;
                    } else {
                        self.push(stack, Bt::RepLazy { r, count, pos, body })?;
                        pc = exit;
                    }
                }
                OP_BACKREF => {
                    let g = self.upc(pc, 0);
                    let (icase, ascii) = (self.arg(pc, 1) != 0, self.arg(pc, 2) != 0);
                    let a = caps.get(2 * g).copied().unwrap_or(-1);
                    let b = caps.get(2 * g + 1).copied().unwrap_or(-1);
                    if a < 0 || b < a {
                        ok = false;
                    } else {
                        let (a, n) = (a as usize, (b - a) as usize);
                        if pos + n > end {
                            ok = false;
                        } else {
                            self.step((n / 16) as u64)?;
                            ok = (0..n).all(|k| {
                                let (x, y) = (self.s.at(a + k), self.s.at(pos + k));
                                x == y || (icase && fold_eq(x, y, ascii))
                            });
                            if ok {
                                pos += n;
                                pc += 4;
                            }
                        }
                    }
                }
                OP_MATCH => {
                    if anchor_end.is_some_and(|e| pos != e) || must_advance == Some(pos) {
                        ok = false;
                    } else {
                        return Ok(Some(pos));
                    }
                }
                OP_LOOK | OP_LOOKBEHIND | OP_ATOMIC => {
                    let (neg, start, anchor, body, next) = match op {
                        OP_LOOK => {
                            let n = self.upc(pc, 1);
                            (self.arg(pc, 0) != 0, Some(pos), None, pc + 3, pc.saturating_add(3).saturating_add(n))
                        }
                        OP_LOOKBEHIND => {
                            let w = self.upc(pc, 1);
                            let n = self.upc(pc, 2);
                            (self.arg(pc, 0) != 0, pos.checked_sub(w), Some(pos), pc + 4, pc.saturating_add(4).saturating_add(n))
                        }
                        _ => {
                            let n = self.upc(pc, 0);
                            (false, Some(pos), None, pc + 2, pc.saturating_add(2).saturating_add(n))
                        }
                    };
                    let mut got = None;
                    let mut sub_caps = caps.clone();
                    if let Some(start) = start {
                        if self.depth >= MAX_DEPTH {
                            return Err(Fail::TooDeep);
                        }
                        self.depth += 1;
                        let r = self.run(body, start, &mut sub_caps, regs, anchor, None);
                        self.depth -= 1;
                        got = r?;
                    }
                    if got.is_some() != neg {
                        if got.is_some() {
                            for k in 0..caps.len() {
                                if sub_caps[k] != caps[k] {
                                    self.push(stack, Bt::Cap { slot: k, old: caps[k] })?;
                                    caps[k] = sub_caps[k];
                                }
                            }
                        }
                        if op == OP_ATOMIC {
                            pos = got.unwrap_or(pos);
                        }
                        pc = next;
                    } else {
                        ok = false;
                    }
                }
                OP_COND => {
                    let g = self.upc(pc, 0);
                    let a = caps.get(2 * g).copied().unwrap_or(-1);
                    let b = caps.get(2 * g + 1).copied().unwrap_or(-1);
                    if 2 * g + 1 < caps.len() - 1 && a >= 0 && b >= 0 {
                        pc += 3;
                    } else {
                        pc = self.upc(pc, 1);
                    }
                }
                _ => return Ok(None),
            }
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                let Some(e) = stack.pop() else { return Ok(None) };
                match e {
                    Bt::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::Cap { slot, old } => caps[slot] = old,
                    Bt::Reg { r, old } => regs[r] = old,
                    Bt::StarG { pc: p, min, cur } => {
                        self.step(1)?;
                        let cur = cur - 1;
                        if cur > min {
                            stack.push(Bt::StarG { pc: p, min, cur });
                        }
                        pc = p;
                        pos = cur;
                        break;
                    }
                    Bt::StarL { pc: p, cur, max, mk, ma } => {
                        self.step(1)?;
                        if cur < max && self.single(mk, ma, self.s.at(cur)) {
                            stack.push(Bt::StarL { pc: p, cur: cur + 1, max, mk, ma });
                            pc = p;
                            pos = cur + 1;
                            break;
                        }
                    }
                    Bt::RepLazy { r, count, pos: p0, body } => {
                        self.step(1)?;
                        let old = regs[r];
                        stack.push(Bt::Reg { r, old });
                        regs[r] = (count + 1, p0 as i64);
                        pc = body;
                        pos = p0;
                        break;
                    }
                }
            }
        }
    }

    /// One attempt at `start`: the capture slots, or `None`.
    /// `caps` and `regs` are the caller's, reset here (a search reuses
    /// them for every start position).
    fn attempt(&mut self, start: usize, anchor_end: Option<usize>, must_advance: Option<usize>, caps: &mut Vec<i64>, regs: &mut Vec<(i64, i64)>) -> Result<bool, Fail> {
        if caps.len() == self.p.ncaps {
            caps.fill(-1);
        } else {
            caps.clear();
            caps.resize(self.p.ncaps, -1);
        }
        if regs.len() == self.p.nregs {
            regs.fill((0, -1));
        } else {
            regs.clear();
            regs.resize(self.p.nregs, (0, -1));
        }
        if let Some(c) = caps.first_mut() {
            *c = start as i64;
        }
        match self.run(0, start, caps, regs, anchor_end, must_advance)? {
            Some(e) => {
                if let Some(c) = caps.get_mut(1) {
                    *c = e as i64;
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn find_prefix(&self, from: usize) -> Option<usize> {
        self.s.find(from, self.end, &self.p.prefix, self.p.prefix_bytes.as_deref())
    }

    /// mode 0: match at pos, 1: fullmatch, 2: search from pos.
    fn go(&mut self, pos: usize, mode: i64, must_advance: bool) -> Result<Option<Vec<i64>>, Fail> {
        self.sync();
        self.steps = 0;
        self.regrant();
        let (mut caps, mut regs) = (Vec::new(), Vec::new());
        if mode != 2 {
            if self.p.anchored && pos != 0 {
                return Ok(None);
            }
            let anchor = if mode == 1 { Some(self.end) } else { None };
            let found = self.attempt(pos, anchor, if must_advance { Some(pos) } else { None }, &mut caps, &mut regs)?;
            return Ok(found.then_some(caps));
        }
        let mut start = pos;
        while start <= self.end {
            if self.p.anchored && start != 0 {
                return Ok(None);
            }
            if !self.p.prefix.is_empty() {
                let before = start;
                match self.find_prefix(start) {
                    Some(k) => start = k,
                    None => {
                        self.step(((self.end - before) / 64) as u64)?;
                        return Ok(None);
                    }
                }
                self.step(((start - before) / 64) as u64)?;
            } else if self.p.first.is_some() || self.p.second.is_some() {
                // Every match starts with a character of `first`, and has
                // one of `second` next: there is nothing to try where
                // they are not (nor at the end).
                let (first, second) = (&self.p.first, &self.p.second);
                let before = start;
                let fits = |e: &Self, at: usize| {
                    first.as_ref().is_none_or(|f| f.may_start(e.s.at(at)))
                        && second.as_ref().is_none_or(|f| at + 1 < e.end && f.may_start(e.s.at(at + 1)))
                };
                while start < self.end && !fits(self, start) {
                    start += 1;
                }
                self.step(((start - before) / 64) as u64)?;
                if start >= self.end {
                    return Ok(None);
                }
            }
            let ma = if must_advance && start == pos { Some(pos) } else { None };
            if self.attempt(start, None, ma, &mut caps, &mut regs)? {
                return Ok(Some(caps));
            }
            start += 1;
        }
        Ok(None)
    }
}

fn arg(a: &Args<'_>, i: usize) -> Value {
    a.pos.get(i).copied().unwrap_or(Value::None)
}

fn int_list(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<i64>> {
    let items: Vec<Value> = match vm.list_items(v).cloned().or_else(|| vm.tuple_items(v).map(|t| t.to_vec())) {
        Some(x) => x,
        None => return Err(vm.type_error(format!("{what} must be a list of ints"))),
    };
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        match x {
            Value::Int(i) => out.push(i),
            Value::Bool(b) => out.push(b as i64),
            _ => return Err(vm.type_error(format!("{what} must be a list of ints"))),
        }
    }
    Ok(out)
}

fn str_chars(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<u32>> {
    match vm.str_of(v) {
        Some(s) => Ok(s.chars().map(|c| c as u32).collect()),
        None => Err(vm.type_error(format!("{what} must be str"))),
    }
}

/// Check a program: every op known, every jump and body inside it, every
/// set index valid. A program that passes cannot make the matcher read
/// outside it (the matcher still never indexes unchecked).
fn validate(code: &[i64], nsets: usize, ncaps: usize, nregs: usize) -> bool {
    let n = code.len();
    let mut pc = 0;
    let inside = |x: i64| x >= 0 && (x as usize) < n;
    while pc < n {
        let op = code[pc];
        let w = width(op);
        if w == usize::MAX || pc + w >= n {
            return false;
        }
        let a = |i: usize| code.get(pc + 1 + i).copied().unwrap_or(-1);
        let good = match op {
            OP_SET => a(0) >= 0 && (a(0) as usize) < nsets,
            OP_SPLIT => inside(a(0)) && inside(a(1)),
            OP_JMP => inside(a(0)),
            OP_SAVE => a(0) >= 0 && (a(0) as usize) + 1 < ncaps,
            OP_COND => a(0) >= 0 && inside(a(1)),
            OP_STAR => (0..=3).contains(&a(0)) && (a(0) != 1 || (a(1) >= 0 && (a(1) as usize) < nsets)),
            OP_REPSTART => a(0) >= 0 && (a(0) as usize) < nregs,
            OP_REPEAT => a(0) >= 0 && (a(0) as usize) < nregs && inside(a(4)) && inside(a(5)),
            OP_LOOK => a(1) >= 0 && pc + 3 + (a(1) as usize) <= n,
            OP_LOOKBEHIND => a(1) >= 0 && a(2) >= 0 && pc + 4 + (a(2) as usize) <= n,
            OP_ATOMIC => a(0) >= 0 && pc + 2 + (a(0) as usize) <= n,
            _ => true,
        };
        if !good {
            return false;
        }
        pc += 1 + w;
    }
    n > 0
}

/// `compile(code, sets, ncaps, nregs, prefix, anchored) -> Program`.
/// A set is `(chars: str, ranges: list[int] (lo, hi pairs), cats:
/// list[int] (code, negated pairs), negated, icase, ascii)`.
fn compile(vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
    let code = int_list(vm, arg(a, 0), "code")?;
    let set_vals: Vec<Value> = match vm.list_items(arg(a, 1)) {
        Some(x) => x.clone(),
        None => return Err(vm.type_error("sets must be a list")),
    };
    let mut sets = Vec::new();
    for sv in set_vals {
        let Some(t) = vm.tuple_items(sv).map(|t| t.to_vec()) else { return Err(vm.type_error("a set must be a tuple")) };
        if t.len() != 6 {
            return Err(vm.type_error("a set must be a 6-tuple"));
        }
        let mut chars = str_chars(vm, t[0], "set chars")?;
        chars.sort_unstable();
        chars.dedup();
        let r = int_list(vm, t[1], "set ranges")?;
        let c = int_list(vm, t[2], "set categories")?;
        let ranges = r.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0].max(0) as u32, p[1].max(0) as u32)).collect();
        let cats = c.chunks(2).filter(|p| p.len() == 2).map(|p| (p[0], p[1] != 0)).collect();
        let flag = |v: Value| matches!(v, Value::Bool(true)) || matches!(v, Value::Int(i) if i != 0);
        let mut cs = CharSet { chars, ranges, cats, negated: flag(t[3]), icase: flag(t[4]), ascii: flag(t[5]), low: [0; 4] };
        for ch in 0..256u32 {
            if cs.slow(ch) {
                cs.low[(ch >> 6) as usize] |= 1 << (ch & 63);
            }
        }
        sets.push(cs);
    }
    let ncaps = vm.index_i64(arg(a, 2))?;
    let nregs = vm.index_i64(arg(a, 3))?;
    let prefix = str_chars(vm, arg(a, 4), "prefix")?;
    let anchored = matches!(arg(a, 5), Value::Bool(true));
    if !(3..=1 << 24).contains(&ncaps) || !(0..=1 << 24).contains(&nregs) {
        return Err(vm.value_error("bad regular expression program"));
    }
    let (ncaps, nregs) = (ncaps as usize, nregs as usize);
    if !validate(&code, sets.len(), ncaps, nregs) {
        return Err(vm.value_error("bad regular expression program"));
    }
    vm.reserve(code.len() * 8 + sets.len() * 128)?;
    vm.tick(code.len() as u64 / 16)?;
    let (first, second) = if prefix.is_empty() && !anchored { (chars_at(&code, &sets, 0), chars_at(&code, &sets, 1)) } else { (None, None) };
    let prefix_bytes = prefix.iter().map(|&c| u8::try_from(c).ok().filter(u8::is_ascii)).collect();
    new_host_object(vm, Arc::new(ProgObj(Arc::new(Prog { code, sets, ncaps, nregs, prefix, prefix_bytes, anchored, first, second }))))
}

/// The subject as code points: borrowed bytes when ASCII.
enum Subject {
    Ascii(crate::object::heap::ObjRef),
    Wide(Vec<u32>),
}

fn subject(vm: &mut Vm, v: Value) -> PyResult<(Subject, usize)> {
    let (ascii, n, len) = match vm.payload(v) {
        Some(Payload::Str(s)) => (s.is_ascii(), s.chars, s.s.len()),
        _ => return Err(vm.type_error("subject must be str")),
    };
    if ascii {
        if let Value::Obj(r) = v {
            return Ok((Subject::Ascii(r), n));
        }
    }
    vm.reserve(n * 4)?;
    vm.tick_bytes(len)?;
    let chars = str_chars(vm, v, "subject")?;
    Ok((Subject::Wide(chars), n))
}

/// A subject copied out of the heap, owned by a scanner.
enum Owned {
    Ascii(Vec<u8>),
    Wide(Vec<u32>),
}

fn owned_subject(vm: &mut Vm, v: Value) -> PyResult<(Owned, usize)> {
    let (ascii, n, len) = match vm.payload(v) {
        Some(Payload::Str(s)) => (s.is_ascii(), s.chars, s.s.len()),
        _ => return Err(vm.type_error("subject must be str")),
    };
    vm.tick_bytes(len)?;
    if ascii {
        vm.reserve(len)?;
        let b = match vm.payload(v) {
            Some(Payload::Str(s)) => s.s.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        return Ok((Owned::Ascii(b), n));
    }
    vm.reserve(n * 4)?;
    Ok((Owned::Wide(str_chars(vm, v, "subject")?), n))
}

fn clamp(vm: &mut Vm, v: Value, n: usize, dflt: usize) -> PyResult<usize> {
    if matches!(v, Value::None) {
        return Ok(dflt);
    }
    let i = vm.index_i64(v)?;
    Ok(i.clamp(0, n as i64) as usize)
}

type Go<'f> = &'f mut dyn FnMut(usize, i64, bool) -> Result<Option<Vec<i64>>, Fail>;

/// Run `f` with an engine over text `s`.
fn engine_on<T: Text + ?Sized, R>(
    p: &Prog,
    s: &T,
    end: usize,
    limit: u64,
    meter: &mut Meter,
    room: usize,
    f: impl FnOnce(Go<'_>) -> Result<R, Fail>,
) -> Result<R, Fail> {
    let mut e = Engine { p, s, end, steps: 0, limit, meter, owed: 0, fuel: 0, grant: 0, room, depth: 0, spare: Vec::new() };
    let r = f(&mut |pos, mode, ma| e.go(pos, mode, ma));
    match e.flush() {
        Ok(()) => r,
        Err(t) => r.and(Err(t)),
    }
}

/// The Python-level outcome of a run: `None` when `re.STEP_LIMIT` ran
/// out (re.py raises `StepLimitError`; the value -1 says so).
fn outcome<R>(vm: &mut Vm, r: Result<R, Fail>) -> PyResult<Option<R>> {
    match r {
        Ok(x) => Ok(Some(x)),
        Err(Fail::StepLimit) => Ok(None),
        Err(Fail::TooDeep) => Err(vm.recursion_error()),
        Err(Fail::Term(t)) => Err(vm.termination(t)),
    }
}

fn with_engine<R>(vm: &mut Vm, p: &Prog, subj: &Subject, end: usize, limit: u64, f: impl FnOnce(Go<'_>) -> Result<R, Fail>) -> PyResult<Option<R>> {
    let room = vm.heap.room();
    let r = match subj {
        Subject::Ascii(r) => {
            let s: &[u8] = match &vm.heap.get(*r).payload {
                Payload::Str(s) => s.s.as_bytes(),
                _ => &[],
            };
            engine_on(p, s, end, limit, &mut vm.meter, room, f)
        }
        Subject::Wide(w) => engine_on(p, &w[..], end, limit, &mut vm.meter, room, f),
    };
    outcome(vm, r)
}

fn caps_value(vm: &mut Vm, caps: Vec<i64>) -> PyResult<Value> {
    let items = caps.into_iter().map(Value::Int).collect();
    vm.new_list(items)
}

fn limit_of(vm: &mut Vm, v: Value) -> PyResult<u64> {
    if matches!(v, Value::None) {
        return Ok(u64::MAX);
    }
    let i = vm.index_i64(v)?;
    Ok(i.max(0) as u64)
}

/// Successive non-overlapping matches from `*pos` (at most `count` when
/// > 0), as finditer/findall/sub/split see them; `*pos`/`*must` carry the
/// search on. `room`: bytes the result may take.
fn collect(go: Go<'_>, pos: &mut usize, must: &mut bool, end: usize, count: i64, ncaps: usize, room: usize) -> Result<Vec<Vec<i64>>, Fail> {
    let mut found: Vec<Vec<i64>> = Vec::new();
    let mut used = 0usize;
    while *pos <= end && (count <= 0 || (found.len() as i64) < count) {
        let Some(c) = go(*pos, 2, *must)? else {
            *pos = end + 1;
            break;
        };
        used = used.saturating_add(ncaps * 24 + 64);
        if used > room {
            return Err(Fail::Term(Termination::Memory));
        }
        *must = c[1] == c[0];
        *pos = c[1].max(0) as usize;
        found.push(c);
    }
    Ok(found)
}

fn caps_list(vm: &mut Vm, found: Vec<Vec<i64>>, ncaps: usize) -> PyResult<Value> {
    vm.reserve(found.len() * (ncaps * 16 + 64))?;
    let mut out = Vec::with_capacity(found.len());
    for c in found {
        out.push(caps_value(vm, c)?);
    }
    vm.new_list(out)
}

/// The Python-visible program object.
struct ProgObj(Arc<Prog>);

impl ProgObj {
    /// `run(text, pos, endpos, mode, must_advance, limit) -> caps or None`.
    fn run(&self, vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
        let (subj, n) = subject(vm, arg(a, 0))?;
        let pos = clamp(vm, arg(a, 1), n, 0)?;
        let end = clamp(vm, arg(a, 2), n, n)?.max(pos);
        let mode = vm.index_i64(arg(a, 3))?;
        let ma = matches!(arg(a, 4), Value::Bool(true));
        let limit = limit_of(vm, arg(a, 5))?;
        let Some(r) = with_engine(vm, &self.0, &subj, end, limit, |go| go(pos, mode, ma))? else {
            return Ok(Value::Int(-1));
        };
        match r {
            Some(c) => caps_value(vm, c),
            None => Ok(Value::None),
        }
    }

    /// `all(text, pos, endpos, count, limit) -> [caps, ...]`: the
    /// successive non-overlapping matches (at most `count` when > 0).
    fn all(&self, vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
        let (subj, n) = subject(vm, arg(a, 0))?;
        let mut pos = clamp(vm, arg(a, 1), n, 0)?;
        let end = clamp(vm, arg(a, 2), n, n)?.max(pos);
        let count = vm.index_i64(arg(a, 3))?;
        let limit = limit_of(vm, arg(a, 4))?;
        let ncaps = self.0.ncaps;
        let room = vm.heap.room();
        let mut must = false;
        let found = with_engine(vm, &self.0, &subj, end, limit, |go| collect(go, &mut pos, &mut must, end, count, ncaps, room))?;
        let Some(found) = found else { return Ok(Value::Int(-1)) };
        caps_list(vm, found, ncaps)
    }

    /// `sub(text, repl, count, limit) -> (str, n)`: `text` with its
    /// first `count` matches (all when `count` is 0) replaced by the
    /// literal text `repl`, or -1 when re.STEP_LIMIT ran out. What
    /// `re.sub` does for a replacement without backslashes, without a
    /// Python-level loop over the matches.
    fn sub(&self, vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
        let (text_v, repl_v) = (arg(a, 0), arg(a, 1));
        let Some(repl_len) = vm.str_of(repl_v).map(str::len) else { return Err(vm.type_error("repl must be str")) };
        let (subj, n) = subject(vm, text_v)?;
        let count = vm.index_i64(arg(a, 2))?;
        let limit = limit_of(vm, arg(a, 3))?;
        let (ncaps, room) = (self.0.ncaps, vm.heap.room());
        let (mut pos, mut must) = (0, false);
        let found = with_engine(vm, &self.0, &subj, n, limit, |go| collect(go, &mut pos, &mut must, n, count, ncaps, room))?;
        let Some(found) = found else { return Ok(Value::Int(-1)) };
        let nsub = Value::Int(found.len() as i64);
        if found.is_empty() {
            return vm.new_tuple(vec![text_v, nsub]);
        }
        // The matches' spans in bytes of the text.
        let ascii = matches!(subj, Subject::Ascii(_));
        if !ascii {
            vm.reserve((n + 1) * 8)?;
        }
        let text = vm.str_of(text_v).unwrap_or("");
        let at: Vec<usize> = if ascii { Vec::new() } else { text.char_indices().map(|(b, _)| b).chain([text.len()]).collect() };
        let byte = |c: i64| -> usize {
            let c = c.max(0) as usize;
            if ascii { c.min(text.len()) } else { at.get(c).copied().unwrap_or(text.len()) }
        };
        let spans: Vec<(usize, usize)> = found.iter().map(|c| (byte(c[0]), byte(c[1]))).collect();
        let removed: usize = spans.iter().map(|&(x, y)| y.saturating_sub(x)).sum();
        let out_len = (text.len() - removed.min(text.len())).saturating_add(repl_len.saturating_mul(spans.len()));
        vm.reserve(out_len)?;
        vm.tick_bytes(out_len)?;
        let (text, repl) = (vm.str_of(text_v).unwrap_or(""), vm.str_of(repl_v).unwrap_or(""));
        let mut out = String::with_capacity(out_len);
        let mut last = 0;
        for &(x, y) in &spans {
            out.push_str(text.get(last..x).unwrap_or(""));
            out.push_str(repl);
            last = y.max(last);
        }
        out.push_str(text.get(last..).unwrap_or(""));
        let s = vm.new_string(out)?;
        vm.new_tuple(vec![s, nsub])
    }

    /// `scanner(text, pos, endpos) -> Scanner`: finditer's state, with the
    /// subject converted once (not once per match).
    fn scanner(&self, vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
        let (text, n) = owned_subject(vm, arg(a, 0))?;
        let pos = clamp(vm, arg(a, 1), n, 0)?;
        let end = clamp(vm, arg(a, 2), n, n)?.max(pos);
        let size = 64 + match &text {
            Owned::Ascii(b) => b.len(),
            Owned::Wide(w) => w.len() * 4,
        };
        let sc = Scanner { prog: self.0.clone(), text, end, state: Mutex::new((pos, false)), size };
        new_host_object(vm, Arc::new(sc))
    }
}

impl HostObject for ProgObj {
    fn class_name(&self) -> &'static str {
        "SreProgram"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["run", "all", "scanner", "sub"]
    }
    fn decls(&self) -> &'static [Decl] {
        { const D: &[Decl] = &[
            pos("text, pos, endpos, mode, must_advance, limit"),
            pos("text, pos, endpos, count, limit"),
            pos("text, pos, endpos"),
            pos("text, repl, count, limit"),
        ]; D }
    }
    fn call_method(&self, vm: &mut Vm, index: usize, args: Args<'_>) -> PyResult<Value> {
        match index {
            0 => self.run(vm, &args),
            1 => self.all(vm, &args),
            2 => self.scanner(vm, &args),
            _ => self.sub(vm, &args),
        }
    }
    fn size(&self) -> usize {
        64 + self.0.code.len() * 8 + self.0.sets.len() * 128
    }
}

/// The matches of one program over one subject, found on demand.
struct Scanner {
    prog: Arc<Prog>,
    text: Owned,
    end: usize,
    /// Where the next search starts, and whether an empty match there is
    /// refused (the previous match was empty and ended there).
    state: Mutex<(usize, bool)>,
    size: usize,
}

impl Scanner {
    /// `next(count, limit)`: up to `count` (>= 1) more matches as a list
    /// of caps (empty when done), or -1 when re.STEP_LIMIT ran out.
    fn next(&self, vm: &mut Vm, a: &Args<'_>) -> PyResult<Value> {
        let count = vm.index_i64(arg(a, 0))?.max(1);
        let limit = limit_of(vm, arg(a, 1))?;
        let (mut pos, mut must) = *self.state.lock().unwrap_or_else(|e| e.into_inner());
        let (p, end, ncaps) = (&*self.prog, self.end, self.prog.ncaps);
        let room = vm.heap.room();
        let r = match &self.text {
            Owned::Ascii(b) => engine_on(p, &b[..], end, limit, &mut vm.meter, room, |go| collect(go, &mut pos, &mut must, end, count, ncaps, room)),
            Owned::Wide(w) => engine_on(p, &w[..], end, limit, &mut vm.meter, room, |go| collect(go, &mut pos, &mut must, end, count, ncaps, room)),
        };
        let r = outcome(vm, r);
        // A failed search ends the scan, as CPython's iterator does.
        *self.state.lock().unwrap_or_else(|e| e.into_inner()) = if matches!(r, Ok(Some(_))) { (pos, must) } else { (end + 1, false) };
        let Some(found) = r? else { return Ok(Value::Int(-1)) };
        caps_list(vm, found, ncaps)
    }
}

impl HostObject for Scanner {
    fn class_name(&self) -> &'static str {
        "SreScanner"
    }
    fn methods(&self) -> &'static [&'static str] {
        &["next"]
    }
    fn decls(&self) -> &'static [Decl] {
        { const D: &[Decl] = &[pos("count, limit")]; D }
    }
    fn call_method(&self, vm: &mut Vm, _index: usize, args: Args<'_>) -> PyResult<Value> {
        self.next(vm, &args)
    }
    fn size(&self) -> usize {
        self.size
    }
}

/// `_pyx_sre`.
pub static MODULE: NativeModule = NativeModule {
    name: "_pyx_sre",
    functions: &[("compile", pos("code, sets, ncaps, nregs, prefix, anchored"), sre_compile)],
    constants: &[("MAX_DEPTH", Const::Int(MAX_DEPTH as i64))],
    ..NativeModule::EMPTY
};

fn sre_compile(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    compile(vm, &a)
}
