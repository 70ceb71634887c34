//! `unicodedata`: character properties from pyx-text's tables (generated
//! from CPython 3.11's database, Unicode 14.0), names through
//! `unicode_names2`, normalization through `unicode-normalization`.

use unicode_normalization::UnicodeNormalization;

use crate::interp::native::{one, pos, Const, NativeModule};
use crate::object::value::Value;
use crate::interp::vm::{Args, PyResult, Vm};
use pyx_text::unicode_db as db;

/// The one character of argument 0, a `str` of length 1.
fn one_char(vm: &mut Vm, a: &Args<'_>) -> PyResult<char> {
    if let Some(s) = vm.str_of(a.arg(0)) {
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(a.wrong_type(vm, 0, "a unicode character"))
}

fn assigned(c: char) -> bool {
    db::category(c) != "Cn"
}

fn u_category(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    vm.new_str(db::category(c))
}

fn u_bidirectional(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    vm.new_str(db::bidirectional(c))
}

fn u_east_asian_width(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    vm.new_str(db::east_asian_width(c))
}

fn u_combining(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    Ok(Value::Int(db::combining(c) as i64))
}

fn u_mirrored(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    Ok(Value::Int(db::mirrored(c) as i64))
}

fn u_decimal(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    match db::decimal_value(c) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => a.get(1).ok_or_else(|| vm.value_error("not a decimal")),
    }
}

fn u_digit(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    match db::digit_value(c) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => a.get(1).ok_or_else(|| vm.value_error("not a digit")),
    }
}

fn u_numeric(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    match db::numeric_value(c) {
        Some(d) => Ok(Value::Float(d)),
        None => a.get(1).ok_or_else(|| vm.value_error("not a numeric character")),
    }
}

fn u_name(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let c = one_char(vm, &a)?;
    let name = if assigned(c) { unicode_names2::name(c).map(|n| n.to_string()) } else { None };
    match name {
        Some(n) => vm.new_str(&n),
        None => a.get(1).ok_or_else(|| vm.value_error("no such name")),
    }
}

fn u_lookup(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let v = a.arg(0);
    let Some(name) = vm.str_of(v).map(|s| s.to_string()) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))));
    };
    match unicode_names2::character(&name).filter(|c| assigned(*c)) {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0u8; 4])),
        None => {
            let ke = vm.t.key_error;
            Err(vm.exc_msg(ke, format!("undefined character name '{name}'")))
        }
    }
}

fn form_and_text(vm: &mut Vm, a: &Args<'_>) -> PyResult<(String, String)> {
    let Some(form) = vm.str_of(a.arg(0)).map(|s| s.to_string()) else { return Err(a.wrong_type(vm, 0, "str")) };
    let Some(text) = vm.str_of(a.arg(1)).map(|s| s.to_string()) else { return Err(a.wrong_type(vm, 1, "str")) };
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

/// Collect `chars` into a string, checking the memory budget before each
/// growth (a decomposition can be many times longer than its input).
fn collect_checked(vm: &mut Vm, chars: impl Iterator<Item = char>, hint: usize) -> PyResult<String> {
    vm.reserve(hint)?;
    let mut out = String::with_capacity(hint);
    for ch in chars {
        if out.len() + 4 > out.capacity() {
            let want = out.capacity().saturating_mul(2).max(64);
            vm.reserve(want)?;
            vm.tick_bytes(want)?;
            out.reserve(want - out.len());
        }
        out.push(ch);
    }
    Ok(out)
}

fn u_normalize(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &a)?;
    vm.tick_bytes(text.len().saturating_mul(4))?;
    let n = text.len();
    let out = match form.as_str() {
        "NFC" => collect_checked(vm, text.nfc(), n)?,
        "NFD" => collect_checked(vm, text.nfd(), n)?,
        "NFKC" => collect_checked(vm, text.nfkc(), n)?,
        _ => collect_checked(vm, text.nfkd(), n)?,
    };
    vm.new_str(&out)
}

fn u_is_normalized(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, &a)?;
    vm.tick_bytes(text.len().saturating_mul(4))?;
    let n = text.len();
    let out = match form.as_str() {
        "NFC" => collect_checked(vm, text.nfc(), n)?,
        "NFD" => collect_checked(vm, text.nfd(), n)?,
        "NFKC" => collect_checked(vm, text.nfkc(), n)?,
        _ => collect_checked(vm, text.nfkd(), n)?,
    };
    Ok(Value::Bool(out == text))
}

/// `unicodedata`.
pub static MODULE: NativeModule = NativeModule {
    name: "unicodedata",
    functions: &[
        ("category", one("chr"), u_category),
        ("bidirectional", one("chr"), u_bidirectional),
        ("east_asian_width", one("chr"), u_east_asian_width),
        ("combining", one("chr"), u_combining),
        ("mirrored", one("chr"), u_mirrored),
        ("decimal", pos("chr, default=<unrepresentable>"), u_decimal),
        ("digit", pos("chr, default=<unrepresentable>"), u_digit),
        ("numeric", pos("chr, default=<unrepresentable>"), u_numeric),
        ("name", pos("chr, default=<unrepresentable>"), u_name),
        ("lookup", one("name"), u_lookup),
        ("normalize", pos("form, unistr"), u_normalize),
        ("is_normalized", pos("form, unistr"), u_is_normalized),
    ],
    constants: &[("unidata_version", Const::Str(db::UNIDATA_VERSION))],
    ..NativeModule::EMPTY
};
