//! Padding, sign and digit grouping of a formatted number — CPython's
//! `calc_number_widths` + `fill_number` + `_PyUnicode_InsertThousandsGrouping`
//! for the C locale. Shared by `format()` of ints and floats.

/// How digits are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Grouping {
    pub size: usize,
    pub sep: char,
}

/// The pieces of a formatted number before padding.
pub(crate) struct NumberParts<'a> {
    /// '-' if the number is negative, else None.
    pub negative: bool,
    /// `0x`-style prefix (already in the right case), may be empty.
    pub prefix: &'a str,
    /// The ASCII digits to be grouped.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the digits (and decimal point): fraction, exponent,
    /// `%`, or the whole text for `inf`/`nan`/`c`.
    pub remainder: &'a str,
}

/// Field layout options (already resolved for the value's type).
pub(crate) struct Layout {
    pub fill: char,
    pub align: char,
    /// '+', ' ' or '\0' (default '-').
    pub sign: char,
    /// -1 when no width was given.
    pub width: i64,
    pub grouping: Option<Grouping>,
    /// Uppercase the prefix and digits (`X`).
    pub upper: bool,
}

/// Group `digits` right to left, zero-padding to `min_width` characters.
pub(crate) fn group_digits(digits: &str, min_width: i64, grouping: Option<Grouping>) -> String {
    let bytes = digits.as_bytes();
    let mut pos = bytes.len();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let mut rev: Vec<char> = Vec::with_capacity(bytes.len() + 8);
    let emit = |rev: &mut Vec<char>, sep: Option<char>, n_chars: i64, n_zeros: i64, pos: &mut usize| {
        if let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            *pos -= 1;
            rev.push(char::from(bytes[*pos]));
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    match grouping {
        Some(g) => {
            let mut use_sep = false;
            loop {
                let l = (g.size as i64).min(remaining.max(min_width).max(1));
                let n_zeros = (l - remaining).max(0);
                let n_chars = remaining.min(l).max(0);
                emit(&mut rev, if use_sep { Some(g.sep) } else { None }, n_chars, n_zeros, &mut pos);
                use_sep = true;
                remaining -= n_chars;
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let l = remaining.max(min_width).max(1);
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(&mut rev, None, n_chars, n_zeros, &mut pos);
        }
    }
    rev.into_iter().rev().collect()
}

fn push_n(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// Lay out a number in its field.
pub(crate) fn layout_number(parts: &NumberParts<'_>, layout: &Layout) -> String {
    let (n_sign, sign_char) = match layout.sign {
        '+' => (1, if parts.negative { '-' } else { '+' }),
        ' ' => (1, if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                (1, '-')
            } else {
                (0, '\0')
            }
        }
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = i64::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if layout.fill == '0' && layout.align == '=' { layout.width - non_digit } else { 0 };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = layout.width - (non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match layout.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((non_digit + n_grouped + n_padding.max(0)) as usize);
    push_n(&mut out, layout.fill, lpad);
    if n_sign == 1 {
        out.push(sign_char);
    }
    if layout.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_n(&mut out, layout.fill, spad);
    if layout.upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_n(&mut out, layout.fill, rpad);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_padded_grouping() {
        let g = Some(Grouping { size: 3, sep: ',' });
        assert_eq!(group_digits("1234", 10, g), "00,001,234");
        assert_eq!(group_digits("1234567", 0, g), "1,234,567");
        assert_eq!(group_digits("12", 5, None), "00012");
    }
}
