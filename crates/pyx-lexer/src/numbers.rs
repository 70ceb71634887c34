//! Numeric literals: the scanning rules of CPython 3.11's tokenizer
//! (underscores, radix prefixes, floats, imaginary numbers) with its error
//! messages, and conversion to values.
//!
//! A literal may be followed directly by a keyword that can legally come
//! after a number (`1if x else y`, `0x1for`): CPython accepts those with a
//! warning, so we accept them silently. Any other identifier character
//! right after a number is an error.

use num_bigint::BigInt;

use crate::identifiers::is_potential_identifier_char;
use crate::token::Tok;

/// A malformed number: where (byte offset in the source) and CPython's
/// message.
#[derive(Debug, PartialEq)]
pub(crate) struct NumberError {
    pub offset: usize,
    pub message: String,
}

type Scan<T> = Result<T, NumberError>;

fn error<T>(offset: usize, message: impl Into<String>) -> Scan<T> {
    Err(NumberError { offset, message: message.into() })
}

/// Scans the number starting at `start` (a digit, or `.` before a digit)
/// and returns its end and token.
pub(crate) fn scan_number(bytes: &[u8], start: usize) -> Scan<(usize, Tok)> {
    NumberScanner { bytes, start }.scan()
}

struct NumberScanner<'a> {
    bytes: &'a [u8],
    start: usize,
}

impl NumberScanner<'_> {
    /// The byte at `p`, or 0 past the end (0 is neither a digit nor an
    /// identifier character, so it ends every rule like EOF does).
    #[inline]
    fn at(&self, p: usize) -> u8 {
        self.bytes.get(p).copied().unwrap_or(0)
    }

    fn scan(&self) -> Scan<(usize, Tok)> {
        let start = self.start;
        let first = self.at(start);
        if first == b'.' {
            return self.fraction(start + 1);
        }
        if first == b'0' {
            match self.at(start + 1) {
                b'x' | b'X' => return self.radix(16, "hexadecimal"),
                b'o' | b'O' => return self.radix(8, "octal"),
                b'b' | b'B' => return self.radix(2, "binary"),
                _ => return self.after_leading_zero(start + 1),
            }
        }
        let p = self.decimal_tail(start)?;
        self.after_integer_part(p, false)
    }

    /// `0` followed by more zeros, maybe a float or imaginary; old-style
    /// octal (`0777`) is an error.
    fn after_leading_zero(&self, mut p: usize) -> Scan<(usize, Tok)> {
        loop {
            if self.at(p) == b'_' {
                p += 1;
                if !self.at(p).is_ascii_digit() {
                    return error(p - 1, "invalid decimal literal");
                }
            }
            if self.at(p) != b'0' {
                break;
            }
            p += 1;
        }
        let mut nonzero = false;
        if self.at(p).is_ascii_digit() {
            nonzero = true;
            p = self.decimal_tail(p)?;
        }
        match self.at(p) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(p, false),
            _ if nonzero => error(
                self.start,
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
            ),
            _ => {
                self.verify_end(p, "decimal")?;
                Ok((p, Tok::Int(BigInt::from(0u8))))
            }
        }
    }

    /// After the digits before any `.`: a fraction, exponent, imaginary
    /// suffix, or the end of an integer.
    fn after_integer_part(&self, p: usize, _seen_dot: bool) -> Scan<(usize, Tok)> {
        match self.at(p) {
            b'.' => self.fraction(p + 1),
            b'e' | b'E' => self.exponent(p, false),
            b'j' | b'J' => self.imaginary(p),
            _ => {
                self.verify_end(p, "decimal")?;
                Ok((p, Tok::Int(self.int_value(self.start, p, 10))))
            }
        }
    }

    /// After the `.`: optional digits, then exponent / `j` / end.
    fn fraction(&self, mut p: usize) -> Scan<(usize, Tok)> {
        if self.at(p).is_ascii_digit() {
            p = self.decimal_tail(p)?;
        }
        match self.at(p) {
            b'e' | b'E' => self.exponent(p, true),
            b'j' | b'J' => self.imaginary(p),
            _ => {
                self.verify_end(p, "decimal")?;
                Ok((p, Tok::Float(self.float_value(p)?)))
            }
        }
    }

    /// At an `e`/`E`. If no digits follow, the `e` is not part of the
    /// number (`1else`), provided what follows is a keyword.
    fn exponent(&self, e: usize, is_float: bool) -> Scan<(usize, Tok)> {
        let mut p = e + 1;
        let c = self.at(p);
        if c == b'+' || c == b'-' {
            p += 1;
            if !self.at(p).is_ascii_digit() {
                return error(p, "invalid decimal literal");
            }
        } else if !c.is_ascii_digit() {
            self.verify_end(e, "decimal")?;
            let tok = if is_float {
                Tok::Float(self.float_value(e)?)
            } else {
                Tok::Int(self.int_value(self.start, e, 10))
            };
            return Ok((e, tok));
        }
        p = self.decimal_tail(p)?;
        if matches!(self.at(p), b'j' | b'J') {
            return self.imaginary(p);
        }
        self.verify_end(p, "decimal")?;
        Ok((p, Tok::Float(self.float_value(p)?)))
    }

    /// At the `j`/`J` suffix.
    fn imaginary(&self, j: usize) -> Scan<(usize, Tok)> {
        self.verify_end(j + 1, "imaginary")?;
        Ok((j + 1, Tok::Imaginary(self.float_value(j)?)))
    }

    /// Digits with single underscores between them, starting at a digit.
    fn decimal_tail(&self, mut p: usize) -> Scan<usize> {
        loop {
            while self.at(p).is_ascii_digit() {
                p += 1;
            }
            if self.at(p) != b'_' {
                return Ok(p);
            }
            p += 1;
            if !self.at(p).is_ascii_digit() {
                return error(p - 1, "invalid decimal literal");
            }
        }
    }

    /// `0x`, `0o`, `0b` literals.
    fn radix(&self, radix: u32, kind: &str) -> Scan<(usize, Tok)> {
        let digits_start = self.start + 2;
        let mut p = digits_start;
        let is_digit = |b: u8| (b as char).is_digit(radix);
        loop {
            if self.at(p) == b'_' {
                p += 1;
            }
            let c = self.at(p);
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return error(p, format!("invalid digit '{}' in {kind} literal", c as char));
                }
                return error(p.saturating_sub(1).max(self.start + 1), format!("invalid {kind} literal"));
            }
            while is_digit(self.at(p)) {
                p += 1;
            }
            if self.at(p) != b'_' {
                break;
            }
        }
        let c = self.at(p);
        if radix != 16 && c.is_ascii_digit() {
            return error(p, format!("invalid digit '{}' in {kind} literal", c as char));
        }
        self.verify_end(p, kind)?;
        Ok((p, Tok::Int(self.int_value(digits_start, p, radix))))
    }

    /// What may follow a number: anything but an identifier character,
    /// except the start of a keyword that can follow a number.
    fn verify_end(&self, p: usize, kind: &str) -> Scan<()> {
        let c = self.at(p);
        let rest = |s: &[u8]| self.bytes.get(p + 1..p + 1 + s.len()) == Some(s);
        let keyword_follows = match c {
            b'a' => rest(b"nd"),
            b'e' => rest(b"lse"),
            b'f' => rest(b"or"),
            b'i' => matches!(self.at(p + 1), b'f' | b'n' | b's'),
            b'o' => rest(b"r"),
            b'n' => rest(b"ot"),
            _ => false,
        };
        // Only ASCII counts here: CPython ends the number before a
        // non-ASCII character and lexes that as an identifier (`5€` is an
        // "invalid character" error, `5é` a NUMBER then a NAME).
        if !keyword_follows && c < 0x80 && is_potential_identifier_char(c) {
            return error(p, format!("invalid {kind} literal"));
        }
        Ok(())
    }

    /// The integer value of the digits in `from..to` (underscores skipped).
    fn int_value(&self, from: usize, to: usize, radix: u32) -> BigInt {
        let digits = &self.bytes[from..to];
        let mut small: u64 = 0;
        for &b in digits {
            if b == b'_' {
                continue;
            }
            let d = (b as char).to_digit(radix).unwrap_or(0) as u64;
            match small.checked_mul(radix as u64).and_then(|v| v.checked_add(d)) {
                Some(v) => small = v,
                None => return big_int_value(digits, radix),
            }
        }
        BigInt::from(small)
    }

    /// The float value of `start..to` (underscores removed).
    fn float_value(&self, to: usize) -> Scan<f64> {
        let text: String = self.bytes[self.start..to]
            .iter()
            .filter(|&&b| b != b'_')
            .map(|&b| b as char)
            .collect();
        text.parse::<f64>()
            .or_else(|_| error(self.start, "invalid decimal literal"))
    }
}

fn big_int_value(digits: &[u8], radix: u32) -> BigInt {
    let cleaned: Vec<u8> = digits.iter().copied().filter(|&b| b != b'_').collect();
    BigInt::parse_bytes(&cleaned, radix).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(s: &str) -> Result<(usize, Tok), String> {
        scan_number(s.as_bytes(), 0).map_err(|e| e.message)
    }

    fn int(s: &str) -> Tok {
        Tok::Int(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn integers_in_every_radix() {
        assert_eq!(lex("123"), Ok((3, int("123"))));
        assert_eq!(lex("1_000_000"), Ok((9, int("1000000"))));
        assert_eq!(lex("0xff"), Ok((4, int("255"))));
        assert_eq!(lex("0X_F_F"), Ok((6, int("255"))));
        assert_eq!(lex("0o17"), Ok((4, int("15"))));
        assert_eq!(lex("0b1_01"), Ok((6, int("5"))));
        assert_eq!(lex("0"), Ok((1, int("0"))));
        assert_eq!(lex("00"), Ok((2, int("0"))));
        assert_eq!(lex("0_0"), Ok((3, int("0"))));
        assert_eq!(
            lex("123456789012345678901234567890"),
            Ok((30, int("123456789012345678901234567890")))
        );
        assert_eq!(lex("0xffffffffffffffffff"), Ok((20, int("4722366482869645213695"))));
    }

    #[test]
    fn floats_and_imaginaries() {
        assert_eq!(lex("1.5"), Ok((3, Tok::Float(1.5))));
        assert_eq!(lex("1."), Ok((2, Tok::Float(1.0))));
        assert_eq!(lex(".5"), Ok((2, Tok::Float(0.5))));
        assert_eq!(lex("1e3"), Ok((3, Tok::Float(1000.0))));
        assert_eq!(lex("1.e-3"), Ok((5, Tok::Float(0.001))));
        assert_eq!(lex("1_0.0_1E+1_0"), Ok((12, Tok::Float(10.01e10))));
        assert_eq!(lex("09.5"), Ok((4, Tok::Float(9.5))));
        assert_eq!(lex("00e5"), Ok((4, Tok::Float(0.0))));
        assert_eq!(lex("1e999"), Ok((5, Tok::Float(f64::INFINITY))));
        assert_eq!(lex("3j"), Ok((2, Tok::Imaginary(3.0))));
        assert_eq!(lex("1.5J"), Ok((4, Tok::Imaginary(1.5))));
        assert_eq!(lex("1e5j"), Ok((4, Tok::Imaginary(1e5))));
        assert_eq!(lex("1_000j"), Ok((6, Tok::Imaginary(1000.0))));
        assert_eq!(lex("1..real"), Ok((2, Tok::Float(1.0))));
        assert_eq!(lex("5é"), Ok((1, Tok::Int(BigInt::from(5)))));
    }

    #[test]
    fn keywords_may_follow_directly() {
        assert_eq!(lex("1if x"), Ok((1, int("1"))));
        assert_eq!(lex("1else"), Ok((1, int("1"))));
        assert_eq!(lex("0x1for"), Ok((4, int("31"))));
        assert_eq!(lex("0b1and"), Ok((3, int("1"))));
        assert_eq!(lex("1.5or"), Ok((3, Tok::Float(1.5))));
        assert_eq!(lex("1jin"), Ok((2, Tok::Imaginary(1.0))));
    }

    #[test]
    fn errors_use_cpython_wording() {
        let leading = "leading zeros in decimal integer literals are not permitted; \
                       use an 0o prefix for octal integers";
        for (src, msg) in [
            ("0777", leading),
            ("09", leading),
            ("0_7", leading),
            ("1_", "invalid decimal literal"),
            ("1__0", "invalid decimal literal"),
            ("1e", "invalid decimal literal"),
            ("1e+", "invalid decimal literal"),
            ("1.e5_", "invalid decimal literal"),
            ("1_.0", "invalid decimal literal"),
            ("1._0", "invalid decimal literal"),
            ("1a", "invalid decimal literal"),
            ("1.5a", "invalid decimal literal"),
            ("0.x", "invalid decimal literal"),
            ("1.__class__", "invalid decimal literal"),
            ("1jx", "invalid imaginary literal"),
            ("1Je", "invalid imaginary literal"),
            ("0x", "invalid hexadecimal literal"),
            ("0xg", "invalid hexadecimal literal"),
            ("0x_", "invalid hexadecimal literal"),
            ("0xfz", "invalid hexadecimal literal"),
            ("0xFFj", "invalid hexadecimal literal"),
            ("0o", "invalid octal literal"),
            ("0o_", "invalid octal literal"),
            ("0or", "invalid octal literal"),
            ("0o7x", "invalid octal literal"),
            ("0o8", "invalid digit '8' in octal literal"),
            ("0o78", "invalid digit '8' in octal literal"),
            ("0b", "invalid binary literal"),
            ("0b2", "invalid digit '2' in binary literal"),
            ("0b12", "invalid digit '2' in binary literal"),
            ("0b1x", "invalid binary literal"),
        ] {
            assert_eq!(lex(src), Err(msg.to_string()), "{src}");
        }
    }
}
