//! The format-spec mini-language (`format(value, spec)`):
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed and applied to ints, floats and strings exactly as CPython 3.11's
//! `int.__format__`, `float.__format__` and `str.__format__` do, in the C
//! locale (so `n` never groups).

use crate::float_repr::{double_to_string, FloatCode, FloatFlags};
use crate::int_text::{check_str_digits, DigitLimit, IntArg};
use crate::number_layout::{layout_number, Grouping, Layout, NumberParts};
use crate::unicode_db::decimal_value;
use crate::{TextError, TextResult};

/// Padding beyond this many characters is refused (CPython would try to
/// allocate it and raise `MemoryError`).
pub const MAX_FIELD_WIDTH: i64 = 1 << 28;

/// Thousands separators requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupingOption {
    /// `,`
    Comma,
    /// `_` (every 3 digits in decimal, every 4 in `b`/`o`/`x`/`X`)
    Underscore,
}

/// A parsed format spec, with the fill and alignment already resolved for
/// the value's type (the `0` flag and default alignment applied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space; `0` with the `0` flag).
    pub fill: char,
    /// One of `<`, `>`, `^`, `=`.
    pub align: char,
    /// `+`, `-`, ` `, or `None` when absent.
    pub sign: Option<char>,
    /// The `z` flag (negative zero becomes zero).
    pub no_neg_0: bool,
    /// The `#` flag.
    pub alternate: bool,
    /// Minimum field width.
    pub width: Option<i64>,
    /// Thousands separator.
    pub grouping: Option<GroupingOption>,
    /// Precision after the `.`.
    pub precision: Option<i64>,
    /// The presentation type, or `None` for the type's default.
    pub kind: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn type_char_text(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// `get_integer` of the spec parser: Unicode decimal digits.
fn parse_count(chars: &[char], pos: &mut usize) -> TextResult<Option<i64>> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(&c) = chars.get(*pos) {
        let Some(d) = decimal_value(c) else { break };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Parse `spec` for a value of Python type `type_name` whose default
/// presentation type is `default_type` (`'d'` for int, `None` for float,
/// `'s'` for str) and default alignment `default_align` (`'>'` for numbers,
/// `'<'` for str).
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> TextResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: None,
        precision: None,
        kind: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        out.align = chars[1];
        out.fill = chars[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !align_specified && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    out.width = parse_count(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(GroupingOption::Comma);
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(TextError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some(GroupingOption::Underscore);
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some(GroupingOption::Underscore) {
        return Err(TextError::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(TextError::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(TextError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        out.kind = Some(chars[pos]);
    }
    if let Some(g) = out.grouping {
        let ok = match out.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == GroupingOption::Underscore,
            _ => false,
        };
        if !ok {
            let sep = if g == GroupingOption::Comma { ',' } else { '_' };
            let t = out.kind.unwrap_or('\0');
            return Err(TextError::value(format!("Cannot specify '{sep}' with '{}'.", type_char_text(t))));
        }
    }
    // A precision only truncates a str, and a float checks its own (after
    // CPython's "precision too big"): only the width is refused here.
    if out.width.is_some_and(|w| w > MAX_FIELD_WIDTH) {
        return Err(TextError::MemoryError(String::new()));
    }
    Ok(out)
}

/// An upper bound on the bytes `spec` adds to a value's own text: the
/// padding up to its width, and, for the presentations that write every
/// digit of the precision (`e`, `f`, `%`, and `g` in alternate form), the
/// precision. A host checks it against its memory budget before
/// formatting, so a huge width or precision fails before it is built.
/// 0 when the spec does not parse (formatting it raises).
pub fn spec_output_bound(spec: &str) -> usize {
    let Ok(f) = parse_format_spec(spec, "", None, '>') else { return 0 };
    let width = f.width.unwrap_or(0).max(0) as usize * f.fill.len_utf8();
    // A precision formatting refuses anyway reserves nothing.
    let precision = f.precision.filter(|&p| p <= MAX_FIELD_WIDTH).unwrap_or(0).max(0) as usize;
    let digits = match f.kind {
        Some('e' | 'E' | 'f' | 'F' | '%') => precision,
        Some('g' | 'G' | 'n') | None if f.alternate => precision,
        _ => 0,
    };
    width.saturating_add(digits)
}

fn unknown_code(c: char, type_name: &str) -> TextError {
    TextError::value(format!("Unknown format code '{}' for object of type '{type_name}'", type_char_text(c)))
}

fn layout_of(spec: &FormatSpec, grouping_size: usize, upper: bool) -> Layout {
    Layout {
        fill: spec.fill,
        align: spec.align,
        sign: spec.sign.unwrap_or('\0'),
        width: spec.width.unwrap_or(-1),
        grouping: spec.grouping.map(|g| Grouping {
            size: grouping_size,
            sep: if g == GroupingOption::Comma { ',' } else { '_' },
        }),
        upper,
    }
}

/// `format(value, spec)` for a Python `str` (`type_name` is the value's
/// type, e.g. a subclass name, used in error messages).
pub fn format_str(value: &str, spec: &str, type_name: &str) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let f = parse_format_spec(spec, type_name, Some('s'), '<')?;
    apply_str_spec(value, &f, type_name)
}

/// Apply an already parsed spec to a string.
pub fn apply_str_spec(value: &str, f: &FormatSpec, type_name: &str) -> TextResult<String> {
    match f.kind {
        Some('s') | None => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match f.sign {
        Some(' ') => return Err(TextError::value("Space not allowed in string format specifier")),
        Some(_) => return Err(TextError::value("Sign not allowed in string format specifier")),
        None => {}
    }
    if f.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if f.alternate {
        return Err(TextError::value("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == '=' {
        return Err(TextError::value("'=' alignment not allowed in string format specifier"));
    }
    let mut len = value.chars().count() as i64;
    let mut text = value;
    if let Some(p) = f.precision {
        if len >= p {
            len = p;
            let cut = value.char_indices().nth(p as usize).map_or(value.len(), |(i, _)| i);
            text = &value[..cut];
        }
    }
    Ok(pad_text(text, len, f.width.unwrap_or(-1), f.align, f.fill))
}

/// Pad `text` (of `len` code points) to `width` with CPython's
/// `calc_padding` rules.
pub(crate) fn pad_text(text: &str, len: i64, width: i64, align: char, fill: char) -> String {
    let total = if width >= 0 && width > len { width } else { len };
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + (total - len).max(0) as usize);
    for _ in 0..lpad {
        out.push(fill);
    }
    out.push_str(text);
    for _ in 0..rpad {
        out.push(fill);
    }
    out
}

/// `format(value, spec)` for a Python `int` (`type_name`: `int`, `bool`, a
/// subclass name). Float presentation types convert to float first.
pub fn format_int(value: IntArg<'_>, spec: &str, type_name: &str, limit: DigitLimit) -> TextResult<String> {
    if spec.is_empty() {
        return value.to_decimal(limit);
    }
    let f = parse_format_spec(spec, type_name, Some('d'), '>')?;
    apply_int_spec(value, &f, type_name, limit)
}

/// Apply an already parsed spec to an int.
pub fn apply_int_spec(value: IntArg<'_>, f: &FormatSpec, type_name: &str, limit: DigitLimit) -> TextResult<String> {
    let kind = f.kind.unwrap_or('d');
    match kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = value.to_f64()?;
            return apply_float_spec(x, f, type_name);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if f.precision.is_some() {
        return Err(TextError::value("Precision not allowed in integer format specifier"));
    }
    if f.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if kind == 'c' {
        if f.sign.is_some() {
            return Err(TextError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if f.alternate {
            return Err(TextError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = value.to_char_code()?;
        let text = c.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        return Ok(layout_number(&parts, &layout_of(f, 3, false)));
    }
    let (radix, prefix, group_size) = match kind {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' | 'X' => (16, "0x", 4),
        _ => (10, "", 3),
    };
    let digits = value.abs_digits(radix);
    if radix == 10 {
        check_str_digits(digits.len(), limit)?;
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let mut layout = layout_of(f, group_size, kind == 'X');
    if kind == 'n' {
        layout.grouping = None;
    }
    Ok(layout_number(&parts, &layout))
}

/// `format(value, spec)` for a Python `float`.
pub fn format_float(value: f64, spec: &str, type_name: &str) -> TextResult<String> {
    if spec.is_empty() {
        return Ok(crate::float_repr::repr_float(value));
    }
    let f = parse_format_spec(spec, type_name, None, '>')?;
    apply_float_spec(value, &f, type_name)
}

/// Apply an already parsed spec to a float.
pub fn apply_float_spec(value: f64, f: &FormatSpec, type_name: &str) -> TextResult<String> {
    let mut kind = f.kind;
    match kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    check_float_precision(f.precision)?;
    let mut flags = FloatFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..FloatFlags::default() };
    let mut default_precision = 6;
    if kind.is_none() {
        flags.add_dot_0 = true;
        kind = Some('r');
        default_precision = 0;
    }
    if kind == Some('n') {
        kind = Some('g');
    }
    let mut val = value;
    let mut add_pct = false;
    if kind == Some('%') {
        kind = Some('f');
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        Some(p) => {
            if kind == Some('r') {
                kind = Some('g');
            }
            p as usize
        }
        None => default_precision,
    };
    let code = match kind {
        Some('e' | 'E') => FloatCode::Exp,
        Some('f' | 'F') => FloatCode::Fixed,
        Some('g' | 'G') => FloatCode::General,
        _ => FloatCode::Repr,
    };
    flags.upper = matches!(kind, Some('E' | 'F' | 'G'));
    let mut text = double_to_string(val, code, precision, flags);
    if add_pct {
        text.push('%');
    }
    let mut layout = layout_of(f, 3, false);
    if f.kind == Some('n') {
        layout.grouping = None;
    }
    Ok(layout_number(&float_parts(&text), &layout))
}

/// CPython refuses a float precision above `INT_MAX`; below it, one
/// past [`MAX_FIELD_WIDTH`] is refused as the allocation CPython would
/// fail.
fn check_float_precision(precision: Option<i64>) -> TextResult<()> {
    match precision {
        Some(p) if p > i64::from(i32::MAX) => Err(TextError::value("precision too big")),
        Some(p) if p > MAX_FIELD_WIDTH => Err(TextError::MemoryError(String::new())),
        _ => Ok(()),
    }
}

/// Splits a formatted float (`-1234.5e+07`) into the pieces
/// [`layout_number`] lays out.
fn float_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts { negative, prefix: "", digits, has_decimal, remainder }
}

/// `format(complex(re, im), spec)` for a non-empty spec, as CPython's
/// `format_complex_internal`: both parts formatted like floats (the
/// imaginary one always signed unless the real part is omitted), without
/// a type the `str()` layout (parentheses, real part omitted when +0),
/// then the whole padded. No zero padding, no `=` alignment.
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> TextResult<String> {
    let f = parse_format_spec(spec, type_name, None, '>')?;
    let mut kind = match f.kind {
        None => 'r',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => c,
        Some('n') => 'g',
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if f.fill == '0' {
        return Err(TextError::value("Zero padding is not allowed in complex format specifier"));
    }
    if f.align == '=' {
        return Err(TextError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    check_float_precision(f.precision)?;
    let (mut skip_re, mut add_parens) = (false, false);
    if f.kind.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let precision = match f.precision {
        Some(p) => {
            if kind == 'r' {
                kind = 'g';
            }
            p as usize
        }
        None if f.kind.is_none() => 0,
        None => 6,
    };
    let code = match kind {
        'e' | 'E' => FloatCode::Exp,
        'f' | 'F' => FloatCode::Fixed,
        'g' | 'G' => FloatCode::General,
        _ => FloatCode::Repr,
    };
    let flags = FloatFlags { alt: f.alternate, no_neg_0: f.no_neg_0, upper: kind.is_ascii_uppercase(), ..FloatFlags::default() };
    // Each part without padding; the whole is padded at the end.
    let mut part_layout = layout_of(&f, 3, false);
    part_layout.fill = ' ';
    part_layout.align = '<';
    part_layout.width = -1;
    if f.kind == Some('n') {
        part_layout.grouping = None;
    }
    let re_text = double_to_string(re, code, precision, flags);
    let im_text = double_to_string(im, code, precision, flags);
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&layout_number(&float_parts(&re_text), &part_layout));
        part_layout.sign = '+';
    }
    body.push_str(&layout_number(&float_parts(&im_text), &part_layout));
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count() as i64;
    Ok(pad_text(&body, len, f.width.unwrap_or(-1), f.align, f.fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> String {
        format_int(IntArg::Small(v), s, "int", DigitLimit::DEFAULT).unwrap_or_else(|e| e.to_string())
    }

    #[test]
    fn ints() {
        assert_eq!(fi(1234, "010,"), "00,001,234");
        assert_eq!(fi(-31, "#x"), "-0x1f");
        assert_eq!(fi(255, "#X"), "0XFF");
        assert_eq!(fi(65, "^5c"), "  A  ");
        assert_eq!(fi(1, "abc"), "ValueError: Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(fi(1, "x,"), "ValueError: Invalid format specifier 'x,' for object of type 'int'");
        assert_eq!(fi(5, ",c"), "ValueError: Cannot specify ',' with 'c'.");
        assert_eq!(fi(0xabcdef, "_x"), "ab_cdef");
    }

    #[test]
    fn floats_and_strs() {
        assert_eq!(format_float(1.0, ".3", "float").unwrap(), "1.0");
        assert_eq!(format_float(123456.0, ".3", "float").unwrap(), "1.23e+05");
        assert_eq!(format_float(-0.0, "z", "float").unwrap(), "0.0");
        assert_eq!(format_float(f64::INFINITY, "010", "float").unwrap(), "0000000inf");
        assert_eq!(format_float(1234.5, ",.2f", "float").unwrap(), "1,234.50");
        assert_eq!(format_str("ab", "05", "str").unwrap(), "ab000");
        assert_eq!(format_str("abc", ".2", "str").unwrap(), "ab");
        assert_eq!(format_str("a", ",", "str").unwrap_err().message(), "Cannot specify ',' with 's'.");
    }

    #[test]
    fn output_bound_covers_width_and_written_precision() {
        assert_eq!(spec_output_bound(""), 0);
        assert_eq!(spec_output_bound("x<100"), 100);
        assert_eq!(spec_output_bound("\u{20ac}<100"), 300);
        assert_eq!(spec_output_bound(".70000f"), 70_000);
        assert_eq!(spec_output_bound("10.70000e"), 70_010);
        assert_eq!(spec_output_bound(".70000g"), 0);
        assert_eq!(spec_output_bound("#.70000g"), 70_000);
        assert_eq!(spec_output_bound(".70000"), 0);
        assert_eq!(spec_output_bound("9999999999999"), 0);
        assert_eq!(spec_output_bound(".2147483648f"), 0);
        let big = format_float(1.5, ".70000f", "float").unwrap();
        assert!(big.len() <= 8 + spec_output_bound(".70000f"));
        assert_eq!(format_float(1.5, "9999999999999", "float").unwrap_err().to_string(), "MemoryError: ");
    }
}
