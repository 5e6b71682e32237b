//! String formatting as CPython 3.11 does it: `format(value, spec)` (the
//! format-spec mini-language of f-strings and `str.format`) and `%`
//! formatting, for the values a cytrus program formats: integers (any C
//! integer, or a Python int), doubles, `bint` and strings.
//!
//! The compiler checks a spec once with [`Spec::parse`] and [`Spec::check`]
//! (whatever they reject is an error Python raises for every value, so
//! cytrus reports it at compile time); generated code then appends each
//! formatted value to a string: `f"{x:>10.3f}|"` in Rust output is
//! `rt::str_format_double(&mut t0, x, ">10.3f"); rt::str_push(&mut t0, "|", 1);`,
//! and `cytrus_str_format_double(&t0, x, ">10.3f");` in C output.
//!
//! Floats are laid out by a port of CPython's `format_float_short` over
//! correctly rounded digits (Rust's exact float formatting, ties to even,
//! as David Gay's `dtoa` gives them); padding, signs and digit grouping
//! follow `formatter_unicode.c`, and `%` follows `unicodeobject.c`.

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, CStr};
use core::fmt::Write as _;

use crate::error::{set_indicator, Error, ErrorKind};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// with the defaults of the value's type filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: negative zero (after rounding) prints as zero.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_` (`_` groups by four in binary, octal and hex).
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (`d` for ints and `s` for strings when the
    /// spec has none; `None` for floats).
    pub ty: Option<char>,
}

/// The Python type a value is formatted as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Int,
    Float,
    Bool,
    Str,
}

impl ValueKind {
    /// The Python type's name, as error messages spell it.
    pub fn type_name(self) -> &'static str {
        match self {
            ValueKind::Int => "int",
            ValueKind::Float => "float",
            ValueKind::Bool => "bool",
            ValueKind::Str => "str",
        }
    }
}

/// Largest width or precision cytrus accepts (Python's limit is `PY_SSIZE_T_MAX`;
/// a larger one could not be allocated anyway).
const MAX_FIELD: usize = 1 << 30;

impl Spec {
    /// Parses a spec for a value of `kind` as CPython 3.11's
    /// `parse_internal_render_format_spec` does, then checks what
    /// `format(value, spec)` checks before looking at the value; `Err`
    /// holds the message of the `ValueError` Python raises.
    pub fn parse(spec: &str, kind: ValueKind) -> Result<Spec, String> {
        let (default_type, default_align) = match kind {
            ValueKind::Int | ValueKind::Bool => (Some('d'), '>'),
            ValueKind::Float => (None, '>'),
            ValueKind::Str => (Some('s'), '<'),
        };
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        let mut out = Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: default_type,
        };
        let (mut fill_given, mut align_given) = (false, false);
        if end >= 2 && is_align(chars[1]) {
            out.fill = chars[0];
            out.align = chars[1];
            (fill_given, align_given) = (true, true);
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            out.align = chars[0];
            align_given = true;
            pos = 1;
        }
        if pos < end && matches!(chars[pos], ' ' | '+' | '-') {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            out.no_neg_zero = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        if !fill_given && pos < end && chars[pos] == '0' {
            out.fill = '0';
            if !align_given && default_align == '>' {
                out.align = '=';
            }
            pos += 1;
        }
        let number = |pos: &mut usize| -> Result<Option<usize>, String> {
            let start = *pos;
            let mut value: usize = 0;
            while *pos < end && chars[*pos].is_ascii_digit() {
                let digit = chars[*pos] as usize - '0' as usize;
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(digit))
                    .filter(|v| *v <= isize::MAX as usize)
                    .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
                *pos += 1;
            }
            Ok((*pos > start).then_some(value))
        };
        out.width = number(&mut pos)?;
        if pos < end && chars[pos] == ',' {
            out.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if out.grouping.is_some() {
                return Err("Cannot specify both ',' and '_'.".into());
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            out.precision = number(&mut pos)?;
            if out.precision.is_none() {
                return Err("Format specifier missing precision".into());
            }
        }
        if end - pos > 1 {
            return Err(format!("Invalid format specifier '{spec}' for object of type '{}'", kind.type_name()));
        }
        if end - pos == 1 {
            out.ty = Some(chars[pos]);
        }
        if let Some(sep) = out.grouping {
            match out.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
                Some(t) => return Err(format!("Cannot specify '{sep}' with {}.", quoted_code(t))),
            }
        }
        if !spec.is_empty() {
            out.check(kind)?;
        }
        Ok(out)
    }

    /// The errors Python raises when formatting any value of `kind` with
    /// this spec (those that do not depend on the value).
    fn check(&self, kind: ValueKind) -> Result<(), String> {
        if self.width.is_some_and(|w| w > MAX_FIELD) || self.precision.is_some_and(|p| p > MAX_FIELD) {
            return Err("width or precision too large for cytrus".into());
        }
        match (kind, self.ty) {
            (ValueKind::Str, Some('s')) => {
                if self.sign == Some(' ') {
                    return Err("Space not allowed in string format specifier".into());
                }
                if self.sign.is_some() {
                    return Err("Sign not allowed in string format specifier".into());
                }
                if self.no_neg_zero {
                    return Err("Negative zero coercion (z) not allowed in string format specifier".into());
                }
                if self.alternate {
                    return Err("Alternate form (#) not allowed in string format specifier".into());
                }
                if self.align == '=' {
                    return Err("'=' alignment not allowed in string format specifier".into());
                }
                Ok(())
            }
            (ValueKind::Int | ValueKind::Bool, Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')) => {
                if self.precision.is_some() {
                    return Err("Precision not allowed in integer format specifier".into());
                }
                if self.no_neg_zero {
                    return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
                }
                if self.ty == Some('c') {
                    if self.sign.is_some() {
                        return Err("Sign not allowed with integer format specifier 'c'".into());
                    }
                    if self.alternate {
                        return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
                    }
                }
                Ok(())
            }
            (ValueKind::Int | ValueKind::Bool, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => Ok(()),
            (ValueKind::Float, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => Ok(()),
            (_, Some(t)) => {
                Err(format!("Unknown format code {} for object of type '{}'", quoted_code(t), kind.type_name()))
            }
            (_, None) => Ok(()),
        }
    }
}

/// `'c'`, or `'\x7f'` for a character Python does not print as itself.
fn quoted_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

// ---- digits ------------------------------------------------------------------

/// `dtoa`'s result: significant digits (no leading or trailing zeros, `"0"`
/// for zero) and the decimal point's position (`0.00123` → `"123"`, -2).
struct Digits {
    digits: String,
    decpt: i64,
}

/// How many digits `dtoa` produces.
#[derive(Clone, Copy)]
enum Mode {
    /// The shortest digits that read back as the value (`repr`).
    Shortest,
    /// This many significant digits (at least 1).
    Significant(usize),
    /// Digits up to this many places after the decimal point.
    Fixed(usize),
}

/// Correctly rounded digits of a finite, non-negative `x`.
fn dtoa(x: f64, mode: Mode) -> Digits {
    if x == 0.0 {
        return Digits { digits: "0".into(), decpt: 1 };
    }
    match mode {
        Mode::Shortest => {
            let mut scientific = format!("{x:e}");
            // `{:e}` rounds a tie between two shortest strings up; dtoa takes
            // the even digit when it still reads back as `x`.
            let count = scientific.split('e').next().map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count());
            let even = format!("{x:.*e}", count.saturating_sub(1));
            if even != scientific && even.parse::<f64>() == Ok(x) {
                scientific = even;
            }
            scientific_digits(&scientific)
        }
        Mode::Significant(n) => scientific_digits(&format!("{x:.*e}", n.max(1) - 1)),
        Mode::Fixed(n) => {
            let text = format!("{x:.n$}");
            let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
            let all: String = whole.chars().chain(fraction.chars()).collect();
            let leading = all.len() - all.trim_start_matches('0').len();
            let digits = all.trim_start_matches('0').trim_end_matches('0').to_string();
            if digits.is_empty() {
                // Rounds to zero: no digits, the point `n` places to the left.
                return Digits { digits, decpt: -(n as i64) };
            }
            Digits { digits, decpt: whole.len() as i64 - leading as i64 }
        }
    }
}

/// Digits of Rust's `d.ddde<exp>`, trailing zeros removed.
fn scientific_digits(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_end_matches('0');
    let digits = if trimmed.is_empty() { "0".to_string() } else { trimmed.to_string() };
    Digits { digits, decpt: exponent + 1 }
}

/// How `double_to_string` lays a double out.
#[derive(Clone, Copy, Default)]
struct DoubleFlags {
    /// `+` before non-negative values.
    always_sign: bool,
    /// `.0` after integral values without an exponent (`repr`, and `''` with a precision).
    add_dot_0: bool,
    /// `#`: keep the point and trailing zeros.
    alternate: bool,
    /// `z`: no sign on a value that rounds to zero.
    no_neg_zero: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`, with `code` one of
/// `eEfFgGr`.
fn double_to_string(x: f64, code: char, precision: usize, flags: DoubleFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a nan is ignored.
        let negative = x.is_infinite() && x < 0.0;
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { word.to_ascii_uppercase() } else { word.to_string() });
        return out;
    }
    let Digits { digits, decpt } = dtoa(x.abs(), mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_zero && negative && (digits.is_empty() || digits == "0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |out: &mut String, n: i64| out.extend(core::iter::repeat_n('0', n.max(0) as usize));
    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "{sign}{:02}", exp.unsigned_abs());
    }
    out
}

/// `repr(x)` (and `str(x)`) of a double: `1.5`, `1e+16`, `-0.0`, `nan`.
pub fn repr_double(x: f64) -> String {
    double_to_string(x, 'r', 0, DoubleFlags { add_dot_0: true, ..DoubleFlags::default() })
}

// ---- numbers laid out in a field ------------------------------------------------

/// Inserts grouping separators into `digits` (CPython's
/// `_PyUnicode_InsertThousandsGrouping`), padding with zeros on the left
/// until the grouped text is at least `min_width` long.
fn group(digits: &str, min_width: i64, separator: Option<(char, i64)>) -> String {
    let Some((sep, size)) = separator else {
        let len = (digits.len() as i64).max(min_width).max(1);
        let mut out = String::new();
        out.extend(core::iter::repeat_n('0', (len - digits.len() as i64).max(0) as usize));
        out.push_str(digits);
        return out;
    };
    let mut groups: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut part = String::new();
        part.extend(core::iter::repeat_n('0', n_zeros as usize));
        part.push_str(&digits[(remaining - n_chars) as usize..remaining as usize]);
        groups.push(part);
        remaining -= n_chars;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// A number split for layout: `[sign][prefix][digits][remainder]`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Digits before any decimal point or exponent (grouped).
    digits: &'a str,
    /// The decimal point and what follows, or an exponent, or a `%`, or the
    /// character of a `c` format.
    remainder: &'a str,
}

/// Lays a number out in its field (`calc_number_widths` + `fill_number`).
fn fill_number(out: &mut String, parts: &NumberParts<'_>, spec: &Spec, align: char) {
    let (sign_char, n_sign) = match spec.sign {
        Some('+') => (if parts.negative { '-' } else { '+' }, 1),
        Some(' ') => (if parts.negative { '-' } else { ' ' }, 1),
        _ if parts.negative => ('-', 1),
        _ => (' ', 0),
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let non_digits = n_sign + chars(parts.prefix) + chars(parts.remainder);
    let min_width = if spec.fill == '0' && align == '=' { width - non_digits } else { 0 };
    let separator = spec.grouping.map(|c| {
        let size = if c == '_' && spec.ty.is_some_and(|t| matches!(t, 'b' | 'o' | 'x' | 'X')) { 4 } else { 3 };
        (c, size)
    });
    let grouped = if parts.digits.is_empty() { String::new() } else { group(parts.digits, min_width, separator) };
    let padding = (width - (non_digits + chars(&grouped))).max(0) as usize;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = |out: &mut String, n: usize| out.extend(core::iter::repeat_n(spec.fill, n));
    fill(out, left);
    if n_sign == 1 {
        out.push(sign_char);
    }
    out.push_str(parts.prefix);
    fill(out, middle);
    out.push_str(&grouped);
    out.push_str(parts.remainder);
    fill(out, right);
}

fn chars(s: &str) -> i64 {
    s.chars().count() as i64
}

/// The digits of `magnitude` in a format type's base (lowercase).
fn int_digits(magnitude: u128, ty: char) -> String {
    match ty {
        'b' => format!("{magnitude:b}"),
        'o' => format!("{magnitude:o}"),
        'x' | 'X' => format!("{magnitude:x}"),
        _ => magnitude.to_string(),
    }
}

/// An integer (sign and digits in the type's base) formatted with a checked spec.
fn format_integer(out: &mut String, negative: bool, digits: &str, spec: &Spec) {
    let ty = spec.ty.unwrap_or('d');
    let align = spec.align;
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let upper;
    let digits = if ty == 'X' {
        upper = digits.to_ascii_uppercase();
        upper.as_str()
    } else {
        digits
    };
    fill_number(out, &NumberParts { negative, prefix, digits, remainder: "" }, spec, align);
}

/// `format(float, spec)` for a checked spec.
fn format_float_spec(out: &mut String, x: f64, spec: &Spec) {
    let mut flags = DoubleFlags { alternate: spec.alternate, no_neg_zero: spec.no_neg_zero, ..DoubleFlags::default() };
    let (mut ty, mut default_precision) = (spec.ty.unwrap_or('r'), 6);
    if spec.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = x;
    let mut percent = false;
    if ty == '%' {
        ty = 'f';
        value *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, ty, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (digits, remainder) = body.split_at(split);
    fill_number(out, &NumberParts { negative, prefix: "", digits, remainder }, spec, spec.align);
}

/// `format(str, spec)` for a checked spec.
fn format_str_spec(out: &mut String, s: &str, spec: &Spec) {
    let mut len = chars(s) as usize;
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..end]
        }
        _ => s,
    };
    let width = spec.width.unwrap_or(0).max(len);
    let padding = width - len;
    let left = match spec.align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    out.extend(core::iter::repeat_n(spec.fill, left));
    out.push_str(text);
    out.extend(core::iter::repeat_n(spec.fill, padding - left));
}

/// The character of a `c` format, or Python's OverflowError.
fn int_char(value: i128, percent: bool) -> Result<char, Error> {
    if !percent && i64::try_from(value).is_err() {
        return Err(Error::new(ErrorKind::OverflowError, "Python int too large to convert to C long"));
    }
    u32::try_from(value)
        .ok()
        .filter(|v| *v <= 0x10ffff)
        .map(|v| char::from_u32(v).unwrap_or('\u{fffd}'))
        .ok_or_else(|| Error::new(ErrorKind::OverflowError, "%c arg not in range(0x110000)"))
}

/// A spec the compiler checked with [`Spec::parse`]; one that does not
/// parse formats as the empty spec would.
fn parsed(spec: &str, kind: ValueKind) -> Spec {
    Spec::parse(spec, kind).unwrap_or_else(|_| {
        Spec::parse("", kind).unwrap_or(Spec {
            fill: ' ',
            align: '>',
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        })
    })
}

// ---- format(value, spec) ------------------------------------------------------------

/// Appends `format(value, spec)` of a Python int (any C integer is one).
/// Fails only for a `c` type outside `range(0x110000)`.
pub fn format_int(out: &mut String, value: i128, spec: &str) -> Result<(), Error> {
    if spec.is_empty() {
        let _ = write!(out, "{value}");
        return Ok(());
    }
    let spec = parsed(spec, ValueKind::Int);
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(out, value as f64, &spec),
        Some('c') => {
            let c = int_char(value, false)?;
            let mut buffer = [0u8; 4];
            let remainder = c.encode_utf8(&mut buffer);
            fill_number(out, &NumberParts { negative: false, prefix: "", digits: "", remainder }, &spec, spec.align);
        }
        ty => format_integer(out, value < 0, &int_digits(value.unsigned_abs(), ty.unwrap_or('d')), &spec),
    }
    Ok(())
}

/// Appends `format(value, spec)` of a Python float.
pub fn format_double(out: &mut String, value: f64, spec: &str) {
    if spec.is_empty() {
        out.push_str(&repr_double(value));
        return;
    }
    format_float_spec(out, value, &parsed(spec, ValueKind::Float));
}

/// Appends `format(value, spec)` of a Python bool: `True`/`False` for the
/// empty spec, else as the int 1 or 0.
pub fn format_bool(out: &mut String, value: bool, spec: &str) -> Result<(), Error> {
    if spec.is_empty() {
        out.push_str(if value { "True" } else { "False" });
        return Ok(());
    }
    format_int(out, i128::from(value), spec)
}

/// Appends `format(value, spec)` of a str.
pub fn format_str(out: &mut String, value: &str, spec: &str) {
    if spec.is_empty() {
        out.push_str(value);
        return;
    }
    format_str_spec(out, value, &parsed(spec, ValueKind::Str));
}

/// `int(x)` of a double as Python computes it (exact, any size), or the
/// error for an infinity or a nan.
fn float_to_int_digits(x: f64) -> Result<(bool, String), Error> {
    if x.is_nan() {
        return Err(Error::new(ErrorKind::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::new(ErrorKind::OverflowError, "cannot convert float infinity to integer"));
    }
    let whole = x.trunc();
    Ok((whole < 0.0, format!("{:.0}", whole.abs())))
}

/// Appends `format(int(x), spec)` (Cython's rewrite of `'%d' % (x,)`): the
/// spec is a decimal one (`d`, with flags and width).
pub fn format_double_as_int(out: &mut String, x: f64, spec: &str) -> Result<(), Error> {
    let (negative, digits) = float_to_int_digits(x)?;
    if spec.is_empty() {
        if negative {
            out.push('-');
        }
        out.push_str(&digits);
        return Ok(());
    }
    format_integer(out, negative, &digits, &parsed(spec, ValueKind::Int));
    Ok(())
}

// ---- repr of a string ------------------------------------------------------------------

/// Whether Python's `str.isprintable` holds for a non-ASCII character
/// (controls, format characters, separators other than the space, private
/// use and unassigned characters are not printable; this approximates the
/// Unicode database with the ranges numeric code meets).
fn printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || matches!(u, 0xa0 | 0xad | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x206f | 0x3000 | 0xfeff)
        || matches!(u, 0xe000..=0xf8ff | 0xfff0..=0xfffb | 0xf0000..=0x10ffff))
}

/// Appends `repr(s)` (`ascii(s)` when `ascii`), quotes included.
pub fn push_repr_str(out: &mut String, s: &str, ascii: bool) {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() => out.push(c),
            c if !ascii && printable(c) => out.push(c),
            c => {
                let u = c as u32;
                let _ = match u {
                    0..=0xff => write!(out, "\\x{u:02x}"),
                    0x100..=0xffff => write!(out, "\\u{u:04x}"),
                    _ => write!(out, "\\U{u:08x}"),
                };
            }
        }
    }
    out.push(quote);
}

// ---- % formatting ---------------------------------------------------------------------

/// One `%` conversion: `%[flags][width][.precision][length]type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentSpec {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// `d i u o x X e E f F g G c s r a`.
    pub conversion: char,
}

/// A piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    Text(String),
    /// A conversion; `spec` is its text without the `%` (`-8.3f`), which
    /// the formatting functions take.
    Conversion {
        spec: PercentSpec,
        text: String,
    },
}

/// Why a `%` format string cannot format anything (Python's ValueError).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentError {
    /// `'%(name)s'` needs a mapping.
    Mapping,
    /// `%*d`, `%.*f`: a width or precision taken from the arguments.
    Star,
    /// Python's message.
    Invalid(String),
}

/// Splits a `%` format string as `PyUnicode_Format` reads it.
pub fn parse_percent(format: &str) -> Result<Vec<PercentPiece>, PercentError> {
    let chars: Vec<char> = format.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            text.push(chars[pos]);
            pos += 1;
            continue;
        }
        let start = pos + 1;
        pos += 1;
        if pos < chars.len() && chars[pos] == '%' {
            text.push('%');
            pos += 1;
            continue;
        }
        if pos < chars.len() && chars[pos] == '(' {
            return Err(PercentError::Mapping);
        }
        let mut spec = PercentSpec {
            left: false,
            sign: false,
            blank: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            conversion: ' ',
        };
        while pos < chars.len() {
            match chars[pos] {
                '-' => spec.left = true,
                '+' => spec.sign = true,
                ' ' => spec.blank = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            pos += 1;
        }
        let number = |pos: &mut usize, what: &str| -> Result<Option<usize>, PercentError> {
            let begin = *pos;
            let mut value: usize = 0;
            while *pos < chars.len() && chars[*pos].is_ascii_digit() {
                value = value * 10 + (chars[*pos] as usize - '0' as usize);
                if value > MAX_FIELD {
                    return Err(PercentError::Invalid(format!("{what} too big")));
                }
                *pos += 1;
            }
            Ok((*pos > begin).then_some(value))
        };
        if pos < chars.len() && chars[pos] == '*' {
            return Err(PercentError::Star);
        }
        spec.width = number(&mut pos, "width")?;
        if pos < chars.len() && chars[pos] == '.' {
            pos += 1;
            if pos < chars.len() && chars[pos] == '*' {
                return Err(PercentError::Star);
            }
            spec.precision = Some(number(&mut pos, "precision")?.unwrap_or(0));
        }
        if pos < chars.len() && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        let Some(&conversion) = chars.get(pos) else {
            return Err(PercentError::Invalid("incomplete format".into()));
        };
        if !"diuoxXeEfFgGcsra".contains(conversion) {
            let shown = if (31..=126).contains(&(conversion as u32)) { conversion } else { '?' };
            return Err(PercentError::Invalid(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {pos}",
                conversion as u32
            )));
        }
        spec.conversion = conversion;
        pos += 1;
        if !text.is_empty() {
            pieces.push(PercentPiece::Text(core::mem::take(&mut text)));
        }
        let spec_text: String = chars[start..pos].iter().collect();
        pieces.push(PercentPiece::Conversion { spec, text: spec_text });
    }
    if !text.is_empty() {
        pieces.push(PercentPiece::Text(text));
    }
    Ok(pieces)
}

impl PercentSpec {
    /// Parses the text of one conversion (`-8.3f`, without the `%`).
    pub fn parse(text: &str) -> Option<PercentSpec> {
        match parse_percent(&format!("%{text}")).ok()?.as_slice() {
            [PercentPiece::Conversion { spec, .. }] => Some(*spec),
            _ => None,
        }
    }

    /// The TypeError Python raises for every value of `kind` (`None`: fine).
    pub fn check(&self, kind: ValueKind) -> Result<(), String> {
        let c = self.conversion;
        match (kind, c) {
            (_, 's' | 'r' | 'a') => Ok(()),
            (ValueKind::Int | ValueKind::Bool, _) => Ok(()),
            (ValueKind::Float, 'd' | 'i' | 'u' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => Ok(()),
            (ValueKind::Float, 'o' | 'x' | 'X') => Err(format!("%{c} format: an integer is required, not float")),
            (ValueKind::Float, _) => Err("%c requires int or char".into()),
            (ValueKind::Str, 'd' | 'i' | 'u') => Err(format!("%{c} format: a real number is required, not str")),
            (ValueKind::Str, 'o' | 'x' | 'X') => Err(format!("%{c} format: an integer is required, not str")),
            (ValueKind::Str, 'c') => Err("%c of a string is not supported in cytrus".into()),
            (ValueKind::Str, _) => Err("must be real number, not str".into()),
        }
    }
}

/// A value given to a `%` conversion.
#[derive(Clone, Copy)]
enum PercentValue<'a> {
    Int(i128),
    Float(f64),
    Bool(bool),
    Str(&'a str),
}

/// One `%` conversion of one value (`unicode_format_arg_format` and
/// `unicode_format_arg_output`).
fn percent(out: &mut String, value: PercentValue<'_>, spec: &PercentSpec) -> Result<(), Error> {
    let c = spec.conversion;
    let mut signed = false;
    let text = match c {
        's' | 'r' | 'a' => match value {
            PercentValue::Int(v) => v.to_string(),
            PercentValue::Float(x) => repr_double(x),
            PercentValue::Bool(b) => (if b { "True" } else { "False" }).to_string(),
            PercentValue::Str(s) if c == 's' => s.to_string(),
            PercentValue::Str(s) => {
                let mut text = String::new();
                push_repr_str(&mut text, s, c == 'a');
                text
            }
        },
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            signed = true;
            let (negative, digits) = match value {
                PercentValue::Int(v) => (v < 0, int_digits(v.unsigned_abs(), c)),
                PercentValue::Bool(b) => (false, int_digits(u128::from(b), c)),
                PercentValue::Float(x) => float_to_int_digits(x)?,
                PercentValue::Str(_) => (false, String::new()),
            };
            let mut text = String::new();
            if negative {
                text.push('-');
            }
            if spec.alternate && matches!(c, 'o' | 'x' | 'X') {
                text.push('0');
                text.push(if c == 'o' { 'o' } else { 'x' });
            }
            let precision = spec.precision.unwrap_or(0);
            text.extend(core::iter::repeat_n('0', precision.saturating_sub(digits.len())));
            text.push_str(&digits);
            if c == 'X' {
                text = text.to_ascii_uppercase();
            }
            text
        }
        'c' => {
            let ch = match value {
                PercentValue::Int(v) => int_char(v, true)?,
                PercentValue::Bool(b) => char::from(u8::from(b)),
                _ => '\u{fffd}',
            };
            ch.to_string()
        }
        _ => {
            signed = true;
            let x = match value {
                PercentValue::Int(v) => v as f64,
                PercentValue::Bool(b) => f64::from(u8::from(b)),
                PercentValue::Float(x) => x,
                PercentValue::Str(_) => 0.0,
            };
            let flags = DoubleFlags { alternate: spec.alternate, ..DoubleFlags::default() };
            double_to_string(x, c, spec.precision.unwrap_or(6), flags)
        }
    };
    let fill = if signed && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width = spec.width.map_or(-1, |w| w as i64);
    if (width == -1 || width <= len as i64) && spec.precision.is_none_or(|p| p >= len) && !(spec.sign || spec.blank) {
        out.push_str(&text);
        return Ok(());
    }
    if matches!(c, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision {
            len = len.min(p);
        }
    }
    let mut index = 0;
    let mut sign_char = None;
    if signed {
        match chars.first() {
            Some(&ch @ ('-' | '+')) => {
                sign_char = Some(ch);
                len -= 1;
                index = 1;
            }
            _ if spec.sign => sign_char = Some('+'),
            _ if spec.blank => sign_char = Some(' '),
            _ => signed = false,
        }
    }
    let mut width = width.max(len as i64);
    let prefixed = spec.alternate && matches!(c, 'x' | 'X' | 'o');
    if signed {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len as i64 {
            width -= 1;
        }
    }
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(c);
            index += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len as i64 && !spec.left {
        out.extend(core::iter::repeat_n(fill, (width - len as i64) as usize));
        width = len as i64;
    }
    if fill == ' ' {
        if signed {
            out.extend(sign_char);
        }
        if prefixed {
            out.push('0');
            out.push(c);
            index += 2;
        }
    }
    out.extend(&chars[index..index + len]);
    if width > len as i64 {
        out.extend(core::iter::repeat_n(' ', (width - len as i64) as usize));
    }
    Ok(())
}

fn percent_spec(spec: &str) -> PercentSpec {
    PercentSpec::parse(spec).unwrap_or(PercentSpec {
        left: false,
        sign: false,
        blank: false,
        alternate: false,
        zero: false,
        width: None,
        precision: None,
        conversion: 's',
    })
}

/// Appends `'%<spec>' % value` of a Python int; fails for `%c` outside `range(0x110000)`.
pub fn percent_int(out: &mut String, value: i128, spec: &str) -> Result<(), Error> {
    percent(out, PercentValue::Int(value), &percent_spec(spec))
}

/// Appends `'%<spec>' % value` of a Python float; fails for `%d` of an infinity or a nan.
pub fn percent_double(out: &mut String, value: f64, spec: &str) -> Result<(), Error> {
    percent(out, PercentValue::Float(value), &percent_spec(spec))
}

/// Appends `'%<spec>' % value` of a Python bool.
pub fn percent_bool(out: &mut String, value: bool, spec: &str) -> Result<(), Error> {
    percent(out, PercentValue::Bool(value), &percent_spec(spec))
}

/// Appends `'%<spec>' % value` of a str (`s`, `r` or `a`).
pub fn percent_str(out: &mut String, value: &str, spec: &str) {
    let _ = percent(out, PercentValue::Str(value), &percent_spec(spec));
}

// ---- what generated code calls ----------------------------------------------------------

/// A status for generated code: 0, or -1 with the error set.
fn status(result: Result<(), Error>) -> c_int {
    match result {
        Ok(()) => 0,
        Err(error) => {
            set_indicator(Some(error));
            -1
        }
    }
}

/// Empties a string (keeps its memory).
pub fn str_clear(s: &mut String) {
    s.clear();
}

/// Gives a string's memory back (at a function's exit).
pub fn str_free(s: &mut String) {
    *s = String::new();
}

/// Appends literal text (`len` is its length in bytes, for C's sake).
pub fn str_push(s: &mut String, text: &str, len: usize) {
    s.push_str(&text[..len.min(text.len())]);
}

/// Appends another string.
pub fn str_push_str(s: &mut String, other: &str) {
    s.push_str(other);
}

/// Appends `repr(other)` (`ascii(other)` when `ascii` is nonzero).
pub fn str_push_repr(s: &mut String, other: &str, ascii: c_int) {
    push_repr_str(s, other, ascii != 0);
}

/// [`format_int`] with a status.
pub fn str_format_int(s: &mut String, value: i128, spec: &str) -> c_int {
    status(format_int(s, value, spec))
}

/// [`format_double`].
pub fn str_format_double(s: &mut String, value: f64, spec: &str) {
    format_double(s, value, spec);
}

/// [`format_bool`] with a status (`bint` is a C int: nonzero is true).
pub fn str_format_bint(s: &mut String, value: c_int, spec: &str) -> c_int {
    status(format_bool(s, value != 0, spec))
}

/// [`format_str`].
pub fn str_format_str(s: &mut String, value: &str, spec: &str) {
    format_str(s, value, spec);
}

/// [`format_double_as_int`] with a status.
pub fn str_format_double_as_int(s: &mut String, value: f64, spec: &str) -> c_int {
    status(format_double_as_int(s, value, spec))
}

/// [`percent_int`] with a status.
pub fn str_percent_int(s: &mut String, value: i128, spec: &str) -> c_int {
    status(percent_int(s, value, spec))
}

/// [`percent_double`] with a status.
pub fn str_percent_double(s: &mut String, value: f64, spec: &str) -> c_int {
    status(percent_double(s, value, spec))
}

/// [`percent_bool`] with a status.
pub fn str_percent_bint(s: &mut String, value: c_int, spec: &str) -> c_int {
    status(percent_bool(s, value != 0, spec))
}

/// [`percent_str`].
pub fn str_percent_str(s: &mut String, value: &str, spec: &str) {
    percent_str(s, value, spec);
}

// ---- the C interface ---------------------------------------------------------------------

/// `cytrus_str`: a string C output owns, `{NULL, 0, 0}` when empty and
/// never used; its bytes are a Rust `String`'s (UTF-8, not NUL-terminated).
#[repr(C)]
#[derive(Debug)]
pub struct RawStr {
    pub data: *mut u8,
    pub len: usize,
    pub cap: usize,
}

impl RawStr {
    /// Runs `f` on the string the struct holds, then stores it back.
    ///
    /// # Safety
    /// `raw` is a valid `cytrus_str` that only these functions wrote.
    unsafe fn with<R>(raw: *mut RawStr, f: impl FnOnce(&mut String) -> R) -> R {
        // SAFETY: the caller's promise.
        let raw = unsafe { &mut *raw };
        let mut s = if raw.data.is_null() {
            String::new()
        } else {
            // SAFETY: data, len and cap came from a `String` taken apart below.
            unsafe { String::from_raw_parts(raw.data, raw.len, raw.cap) }
        };
        let result = f(&mut s);
        let mut s = core::mem::ManuallyDrop::new(s);
        raw.data = s.as_mut_ptr();
        raw.len = s.len();
        raw.cap = s.capacity();
        result
    }

    /// The text of a string C output holds.
    ///
    /// # Safety
    /// `raw` is a valid `cytrus_str` that only these functions wrote.
    pub unsafe fn text<'a>(raw: *const RawStr) -> &'a str {
        // SAFETY: the caller's promise.
        let raw = unsafe { &*raw };
        if raw.data.is_null() {
            return "";
        }
        // SAFETY: the bytes are a `String`'s, so valid UTF-8, and live while the struct does.
        unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(raw.data, raw.len)) }
    }
}

/// A spec passed by C output: a NUL-terminated literal.
///
/// # Safety
/// `spec` is a NUL-terminated string.
unsafe fn c_spec<'a>(spec: *const c_char) -> &'a str {
    // SAFETY: the caller's promise.
    unsafe { CStr::from_ptr(spec) }.to_str().unwrap_or("")
}

/// `void cytrus_str_clear(cytrus_str *s)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_clear(s: *mut RawStr) {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, str_clear) }
}

/// `void cytrus_str_free(cytrus_str *s)`: frees the memory; the string is empty again.
///
/// # Safety
/// `s` is a valid `cytrus_str`.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_free(s: *mut RawStr) {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, str_free) }
    // SAFETY: as above; an empty String holds no memory, so forget its dangling pointer.
    unsafe { *s = RawStr { data: core::ptr::null_mut(), len: 0, cap: 0 } };
}

/// `void cytrus_str_push(cytrus_str *s, const char *text, size_t len)`: appends `len` bytes of UTF-8.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `text` points to `len` bytes of UTF-8.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_push(s: *mut RawStr, text: *const c_char, len: usize) {
    // SAFETY: the caller's promise.
    let bytes = unsafe { core::slice::from_raw_parts(text.cast::<u8>(), len) };
    let text = String::from_utf8_lossy(bytes);
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| s.push_str(&text)) }
}

/// `void cytrus_str_push_str(cytrus_str *s, const cytrus_str *other)`.
///
/// # Safety
/// Both are valid `cytrus_str`s, and not the same one.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_push_str(s: *mut RawStr, other: *const RawStr) {
    // SAFETY: the caller's promise.
    let other = unsafe { RawStr::text(other) };
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_push_str(s, other)) }
}

/// `void cytrus_str_push_repr(cytrus_str *s, const cytrus_str *other, int ascii)`.
///
/// # Safety
/// Both are valid `cytrus_str`s, and not the same one.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_push_repr(s: *mut RawStr, other: *const RawStr, ascii: c_int) {
    // SAFETY: the caller's promise.
    let other = unsafe { RawStr::text(other) };
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_push_repr(s, other, ascii)) }
}

/// `int cytrus_str_format_int(cytrus_str *s, cytrus_i128 value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_format_int(s: *mut RawStr, value: i128, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_format_int(s, value, c_spec(spec))) }
}

/// `void cytrus_str_format_double(cytrus_str *s, double value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_format_double(s: *mut RawStr, value: f64, spec: *const c_char) {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_format_double(s, value, c_spec(spec))) }
}

/// `int cytrus_str_format_bint(cytrus_str *s, int value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_format_bint(s: *mut RawStr, value: c_int, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_format_bint(s, value, c_spec(spec))) }
}

/// `void cytrus_str_format_str(cytrus_str *s, const cytrus_str *value, const char *spec)`.
///
/// # Safety
/// Both are valid `cytrus_str`s, not the same one; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_format_str(s: *mut RawStr, value: *const RawStr, spec: *const c_char) {
    // SAFETY: the caller's promise.
    let value = unsafe { RawStr::text(value) };
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_format_str(s, value, c_spec(spec))) }
}

/// `int cytrus_str_format_double_as_int(cytrus_str *s, double value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_format_double_as_int(s: *mut RawStr, value: f64, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_format_double_as_int(s, value, c_spec(spec))) }
}

/// `int cytrus_str_percent_int(cytrus_str *s, cytrus_i128 value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[allow(improper_ctypes_definitions)]
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_percent_int(s: *mut RawStr, value: i128, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_percent_int(s, value, c_spec(spec))) }
}

/// `int cytrus_str_percent_double(cytrus_str *s, double value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_percent_double(s: *mut RawStr, value: f64, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_percent_double(s, value, c_spec(spec))) }
}

/// `int cytrus_str_percent_bint(cytrus_str *s, int value, const char *spec)`.
///
/// # Safety
/// `s` is a valid `cytrus_str`; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_percent_bint(s: *mut RawStr, value: c_int, spec: *const c_char) -> c_int {
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_percent_bint(s, value, c_spec(spec))) }
}

/// `void cytrus_str_percent_str(cytrus_str *s, const cytrus_str *value, const char *spec)`.
///
/// # Safety
/// Both are valid `cytrus_str`s, not the same one; `spec` is NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn cytrus_str_percent_str(s: *mut RawStr, value: *const RawStr, spec: *const c_char) {
    // SAFETY: the caller's promise.
    let value = unsafe { RawStr::text(value) };
    // SAFETY: the caller's promise.
    unsafe { RawStr::with(s, |s| str_percent_str(s, value, c_spec(spec))) }
}

/// `void cytrus_print_text(const cytrus_str *s)`: prints the string's text.
///
/// # Safety
/// `s` is a valid `cytrus_str`.
#[no_mangle]
pub unsafe extern "C" fn cytrus_print_text(s: *const RawStr) {
    // SAFETY: the caller's promise.
    crate::print::print_str(unsafe { RawStr::text(s) });
}

/// `void cytrus_err_set_str(int kind, const cytrus_str *message)`: raises with the string as message.
///
/// # Safety
/// `message` is a valid `cytrus_str`; `kind` is a `CYTRUS_*` code.
#[no_mangle]
pub unsafe extern "C" fn cytrus_err_set_str(kind: c_int, message: *const RawStr) {
    // SAFETY: the caller's promise.
    let text = unsafe { RawStr::text(message) };
    let kind = ErrorKind::from_code(kind).unwrap_or(ErrorKind::Exception);
    set_indicator(Some(Error::new(kind, text)));
}

#[cfg(test)]
mod tests;
