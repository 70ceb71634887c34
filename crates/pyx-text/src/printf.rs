//! `%`-formatting of `str` (`PyUnicode_Format`): the format-string state
//! machine, flags, width/precision (with `*`), mapping keys, and CPython's
//! padding and sign rules. The VM drives it through [`PercentHost`], which
//! turns its values into text, ints, floats or characters; everything else
//! — argument bookkeeping, error order and messages — happens here.

use crate::float_repr::{double_to_string, FloatCode, FloatFlags};
use crate::format_spec::MAX_FIELD_WIDTH;
use crate::format_string::Conversion;
use crate::int_text::{surrogate_error, DigitLimit, IntValue};
use crate::TextError;

/// What a value offers to `%c`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CharSource {
    /// The value is a `str` with this text.
    Str(String),
    /// The value is an `int`.
    Int(IntValue),
    /// Neither.
    Other,
}

/// The VM side of `%`-formatting.
pub trait PercentHost {
    /// The VM's value handle.
    type Value: Clone;
    /// The VM's error type; [`TextError`]s convert into it.
    type Error: From<TextError>;

    /// `mapping[key]` for `%(key)s`.
    fn get_item(&mut self, mapping: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// The value as an int if it is one (for `*` widths), else `None`.
    fn as_int(&mut self, value: &Self::Value) -> Result<Option<IntValue>, Self::Error>;
    /// `str(value)`, `repr(value)` or `ascii(value)`.
    fn to_text(&mut self, value: &Self::Value, conv: Conversion) -> Result<String, Self::Error>;
    /// The integer for `%d`/`%i`/`%u` (`int(value)`) or `%o`/`%x`/`%X`
    /// (`operator.index(value)`); for a non-number, raise
    /// [`int_code_type_error`].
    fn to_integer(&mut self, value: &Self::Value, code: char) -> Result<IntValue, Self::Error>;
    /// `float(value)` as `PyFloat_AsDouble` does it (`must be real number,
    /// not str`).
    fn to_float(&mut self, value: &Self::Value) -> Result<f64, Self::Error>;
    /// What `%c` can use.
    fn char_source(&mut self, value: &Self::Value) -> Result<CharSource, Self::Error>;
    /// Whether `%b` is a conversion (it is for `bytes % args`, where it
    /// means the same as `%s`); `str` formats reject it.
    fn accepts_b(&self) -> bool {
        false
    }
    /// Check that `bytes` more of result text would fit the host's memory
    /// budget; called before a width or precision is turned into text.
    fn reserve(&mut self, bytes: usize) -> Result<(), Self::Error> {
        let _ = bytes;
        Ok(())
    }
}

/// The right operand of `%`.
#[derive(Debug, Clone)]
pub enum PercentArgs<V> {
    /// A tuple: its items are the arguments.
    Tuple(Vec<V>),
    /// Any other object: the single argument (and the mapping for `%(key)`
    /// when `is_mapping`).
    Single(V),
}

/// TypeError for `%d`/`%x`... given a non-number of type `type_name`.
pub fn int_code_type_error(code: char, type_name: &str) -> TextError {
    if matches!(code, 'o' | 'x' | 'X') {
        TextError::type_error(format!("%{code} format: an integer is required, not {type_name}"))
    } else {
        TextError::type_error(format!("%{code} format: a real number is required, not {type_name}"))
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct State<'h, H: PercentHost> {
    host: &'h mut H,
    tuple: Vec<H::Value>,
    single: Option<H::Value>,
    /// -1 when the arguments are a single object.
    arglen: i64,
    argidx: i64,
    mapping: Option<H::Value>,
}

impl<H: PercentHost> State<'_, H> {
    fn next_arg(&mut self) -> Result<H::Value, H::Error> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                if let Some(v) = &self.single {
                    return Ok(v.clone());
                }
            } else if let Some(v) = self.tuple.get(idx as usize) {
                return Ok(v.clone());
            }
        }
        Err(TextError::type_error("not enough arguments for format string").into())
    }
}

/// `fmt % args` for a `str` format. `is_mapping` tells whether a
/// non-tuple argument is a mapping (CPython: `PyMapping_Check` and not a
/// `str`), which enables `%(key)s` and relaxes the "not all arguments
/// converted" check.
pub fn percent_format<H: PercentHost>(
    fmt: &str,
    args: PercentArgs<H::Value>,
    is_mapping: bool,
    host: &mut H,
    limit: DigitLimit,
) -> Result<String, H::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut st = match args {
        PercentArgs::Tuple(items) => {
            let n = items.len() as i64;
            State { host, tuple: items, single: None, arglen: n, argidx: 0, mapping: None }
        }
        PercentArgs::Single(v) => {
            let mapping = if is_mapping { Some(v.clone()) } else { None };
            State { host, tuple: Vec::new(), single: Some(v), arglen: -1, argidx: -2, mapping }
        }
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let len = chars.len();
    let mut pos = 0usize;
    let at = |p: usize| chars.get(p).copied().unwrap_or('\0');
    while pos < len {
        if chars[pos] != '%' {
            let start = pos;
            while pos < len && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        // `fmtcnt` of CPython: characters left after the current one.
        let mut cnt = len as i64 - pos as i64;
        if at(pos) == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut flags = 0u8;
        let mut width: i64 = -1;
        let mut prec: i64 = -1;
        let mut ch = at(pos);
        if ch == '(' {
            let Some(mapping) = st.mapping.clone() else {
                return Err(TextError::type_error("format requires a mapping").into());
            };
            pos += 1;
            cnt -= 1;
            let keystart = pos;
            let mut pcount = 1;
            while pcount > 0 && {
                cnt -= 1;
                cnt >= 0
            } {
                ch = at(pos);
                if ch == ')' {
                    pcount -= 1;
                } else if ch == '(' {
                    pcount += 1;
                }
                pos += 1;
            }
            if cnt < 0 || pcount > 0 {
                return Err(TextError::value("incomplete format key").into());
            }
            let key: String = chars[keystart..pos - 1].iter().collect();
            let value = st.host.get_item(&mapping, &key)?;
            st.single = Some(value);
            st.arglen = -1;
            st.argidx = -2;
        }
        let read = |pos: &mut usize, cnt: &mut i64, ch: &mut char| -> bool {
            *cnt -= 1;
            if *cnt >= 0 {
                *ch = at(*pos);
                *pos += 1;
                true
            } else {
                false
            }
        };
        while read(&mut pos, &mut cnt, &mut ch) {
            match ch {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        if ch == '*' {
            let v = st.next_arg()?;
            let Some(w) = st.host.as_int(&v)? else {
                return Err(TextError::type_error("* wants int").into());
            };
            let w = w
                .to_i64()
                .ok_or_else(|| TextError::overflow("Python int too large to convert to C ssize_t"))?;
            width = w;
            if width < 0 {
                flags |= F_LJUST;
                width = width.saturating_neg();
            }
            read(&mut pos, &mut cnt, &mut ch);
        } else if ch.is_ascii_digit() {
            width = i64::from(ch as u8 - b'0');
            while read(&mut pos, &mut cnt, &mut ch) {
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = i64::from(ch as u8 - b'0');
                if width > (i64::MAX - d) / 10 {
                    return Err(TextError::value("width too big").into());
                }
                width = width * 10 + d;
            }
        }
        if ch == '.' {
            prec = 0;
            read(&mut pos, &mut cnt, &mut ch);
            if ch == '*' {
                let v = st.next_arg()?;
                let Some(p) = st.host.as_int(&v)? else {
                    return Err(TextError::type_error("* wants int").into());
                };
                let p = p
                    .to_i64()
                    .and_then(|p| i32::try_from(p).ok())
                    .ok_or_else(|| TextError::overflow("Python int too large to convert to C int"))?;
                prec = i64::from(p.max(0));
                read(&mut pos, &mut cnt, &mut ch);
            } else if ch.is_ascii_digit() {
                prec = i64::from(ch as u8 - b'0');
                while read(&mut pos, &mut cnt, &mut ch) {
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = i64::from(ch as u8 - b'0');
                    if prec > (i64::from(i32::MAX) - d) / 10 {
                        return Err(TextError::value("precision too big").into());
                    }
                    prec = prec * 10 + d;
                }
            }
        }
        if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
            read(&mut pos, &mut cnt, &mut ch);
        }
        if cnt < 0 {
            return Err(TextError::value("incomplete format").into());
        }
        let spec = ArgSpec { flags, width, prec, ch };
        format_one(&mut st, &spec, pos, &mut out, limit)?;
        if st.mapping.is_some() && st.argidx < st.arglen {
            return Err(TextError::type_error("not all arguments converted during string formatting").into());
        }
    }
    if st.argidx < st.arglen && st.mapping.is_none() {
        return Err(TextError::type_error("not all arguments converted during string formatting").into());
    }
    Ok(out)
}

struct ArgSpec {
    flags: u8,
    width: i64,
    prec: i64,
    ch: char,
}

fn format_one<H: PercentHost>(
    st: &mut State<'_, H>,
    spec: &ArgSpec,
    pos: usize,
    out: &mut String,
    limit: DigitLimit,
) -> Result<(), H::Error> {
    let v = st.next_arg()?;
    let mut numeric = false;
    let text: String = match spec.ch {
        's' | 'r' | 'a' | 'b' if spec.ch != 'b' || st.host.accepts_b() => {
            let conv = match spec.ch {
                's' | 'b' => Conversion::Str,
                'r' => Conversion::Repr,
                _ => Conversion::Ascii,
            };
            st.host.to_text(&v, conv)?
        }
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            let n = st.host.to_integer(&v, spec.ch)?;
            numeric = true;
            check_size(spec.prec)?;
            st.host.reserve(out.len().saturating_add(spec.prec.max(0) as usize))?;
            format_long(&n, spec, limit)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = st.host.to_float(&v)?;
            numeric = true;
            check_size(spec.prec)?;
            st.host.reserve(out.len().saturating_add(spec.prec.max(0) as usize))?;
            let code = match spec.ch {
                'e' | 'E' => FloatCode::Exp,
                'f' | 'F' => FloatCode::Fixed,
                _ => FloatCode::General,
            };
            let flags = FloatFlags {
                alt: spec.flags & F_ALT != 0,
                upper: spec.ch.is_ascii_uppercase(),
                ..FloatFlags::default()
            };
            let prec = if spec.prec < 0 { 6 } else { spec.prec as usize };
            double_to_string(x, code, prec, flags)
        }
        'c' => {
            let c = match st.host.char_source(&v)? {
                CharSource::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(TextError::type_error("%c requires int or char").into()),
                    }
                }
                CharSource::Int(n) => {
                    let code = n.to_i64().filter(|c| (0..=0x10ffff).contains(c));
                    let code = code.ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
                    char::from_u32(code as u32).ok_or_else(surrogate_error)?
                }
                CharSource::Other => return Err(TextError::type_error("%c requires int or char").into()),
            };
            c.to_string()
        }
        c => {
            let cp = c as u32;
            let shown = if (31..=126).contains(&cp) { c } else { '?' };
            return Err(TextError::value(format!(
                "unsupported format character '{shown}' (0x{cp:x}) at index {}",
                pos - 1
            ))
            .into());
        }
    };
    // CPython would try to allocate the padding and fail with MemoryError.
    check_size(spec.width)?;
    // A padded, cut or signed argument is laid out by character (4 bytes
    // each) beside the text and the result.
    let laid_out = if spec.width != -1 || spec.prec != -1 || spec.flags & (F_SIGN | F_BLANK) != 0 { text.len().saturating_mul(2) } else { 0 };
    st.host.reserve(out.len().saturating_add(text.len()).saturating_add(spec.width.max(0) as usize).saturating_add(laid_out))?;
    write_arg(out, spec, numeric, &text);
    Ok(())
}

/// Refuse results CPython could not allocate either.
fn check_size(n: i64) -> Result<(), TextError> {
    if n > MAX_FIELD_WIDTH {
        return Err(TextError::MemoryError(String::new()));
    }
    Ok(())
}

/// `_PyUnicode_FormatLong`: digits with sign, optional base prefix, and
/// zero-extension to `prec` digits.
fn format_long(n: &IntValue, spec: &ArgSpec, limit: DigitLimit) -> Result<String, TextError> {
    let arg = n.as_arg();
    let (radix, prefix) = match spec.ch {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        let s = arg.to_decimal(limit)?;
        s.trim_start_matches('-').to_string()
    } else {
        arg.abs_digits(radix)
    };
    let mut s = String::with_capacity(digits.len() + 4);
    if arg.is_negative() {
        s.push('-');
    }
    if spec.flags & F_ALT != 0 {
        s.push_str(prefix);
    }
    let n_digits = digits.len() as i64;
    if spec.prec > n_digits {
        s.extend(std::iter::repeat('0').take((spec.prec - n_digits) as usize));
    }
    s.push_str(&digits);
    if spec.ch == 'X' {
        s = s.to_ascii_uppercase();
    }
    Ok(s)
}

/// `unicode_format_arg_output`: sign, prefix, padding and truncation.
fn write_arg(out: &mut String, spec: &ArgSpec, numeric: bool, text: &str) {
    let flags = spec.flags;
    // The common case, the text as it is, without laying it out by
    // character (4 bytes each: `"[%s]" % s` of a 4 MB `s` made 17 MB).
    let plain = |len: i64| (spec.width == -1 || spec.width <= len) && (spec.prec == -1 || spec.prec >= len) && flags & (F_SIGN | F_BLANK) == 0;
    if (spec.width == -1 && spec.prec == -1 && flags & (F_SIGN | F_BLANK) == 0) || plain(text.chars().count() as i64) {
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = spec.width;
    let mut sign = numeric;
    let fill = if sign && flags & F_ZERO != 0 { '0' } else { ' ' };
    if matches!(spec.ch, 's' | 'r' | 'a' | 'b') && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let c = chars.first().copied().unwrap_or('\0');
        if c == '-' || c == '+' {
            signchar = c;
            len -= 1;
            pindex += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+';
        } else if flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags & F_ALT != 0 && matches!(spec.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat(fill).take((width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if alt_prefix {
            out.extend(chars.get(pindex..pindex + 2).unwrap_or(&[]));
            pindex += 2;
        }
    }
    if len > 0 {
        let end = (pindex + len as usize).min(chars.len());
        out.extend(chars.get(pindex..end).unwrap_or(&[]));
    }
    if width > len {
        out.extend(std::iter::repeat(' ').take((width - len) as usize));
    }
}
