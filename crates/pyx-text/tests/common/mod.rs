//! Shared decoding for the CPython oracle files (see
//! tests/tools/gen_text_oracle.py for the format).
#![allow(dead_code)]

use pyx_text::TextError;

/// Undo the generator's escaping of backslash, TAB, LF and CR.
pub fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The raw (still escaped) TAB-separated fields of each line.
pub fn lines(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines().filter(|l| !l.is_empty()).map(|l| l.split('\t').collect())
}

pub fn float_of(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
}

/// Render an error the way the generator does: "!Type: message".
pub fn err_text(e: &TextError) -> String {
    format!("!{}: {}", e.type_name(), e.message())
}

/// Collects mismatches and fails with a readable summary.
pub struct Tally {
    pub name: &'static str,
    pub total: usize,
    pub failures: Vec<String>,
}

impl Tally {
    pub fn new(name: &'static str) -> Self {
        Tally { name, total: 0, failures: Vec::new() }
    }
    pub fn check(&mut self, ok: bool, describe: impl FnOnce() -> String) {
        self.total += 1;
        if !ok {
            self.failures.push(describe());
        }
    }
    pub fn finish(self) {
        eprintln!("{}: {}/{} cases pass", self.name, self.total - self.failures.len(), self.total);
        if !self.failures.is_empty() {
            let shown: Vec<_> = self.failures.iter().take(25).cloned().collect();
            panic!(
                "{}: {} of {} cases differ from CPython:\n{}",
                self.name,
                self.failures.len(),
                self.total,
                shown.join("\n")
            );
        }
    }
}
