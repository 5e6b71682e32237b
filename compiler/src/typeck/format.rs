//! Typing string formatting: f-strings, `"…" % x`, `"…".format(…)`,
//! `str(x)`/`repr(x)` and `+` of strings, into [`ExprKind::Format`].
//!
//! Python decides what each piece prints, and Cython changes two things,
//! both kept here: a C value formatted with a spec its C type handles
//! (`{n:5d}`, `{x:.3f}`) is formatted in C and any `!s`/`!r` is dropped,
//! and `"…" % (a, b)` with only `%s %r %a %d %f %o %x %X` conversions is
//! rewritten as an f-string (so `'%5s' % (1.5,)` left-aligns, and
//! `'%-05d' % (n,)` pads with zeros on the right). Specs are checked with
//! the runtime's own parser: a spec Python rejects for every value is a
//! compile-time error here.
//!
//! `f"{x:.2f} {n}"` → `Format { args: [x, n], pieces: [Value(0, Format, ".2f"), Text(" "), Value(1, Format, "d")] }`.

use cytrus_grammar::ast::{self, Span};
use cytrus_runtime::format::{parse_percent, PercentError, PercentPiece, PercentSpec, Spec, ValueKind};

use super::{Checker, SemanticError};
use crate::tir::{Expr, ExprKind, FormatHow, FormatPiece, Type};

/// A formatted string being built: its arguments and pieces.
#[derive(Default)]
struct Built {
    args: Vec<Expr>,
    pieces: Vec<FormatPiece>,
}

impl Built {
    fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.pieces.last_mut() {
            Some(FormatPiece::Text(t)) => t.push_str(text),
            _ => self.pieces.push(FormatPiece::Text(text.to_string())),
        }
    }

    fn arg(&mut self, value: Expr) -> usize {
        self.args.push(value);
        self.args.len() - 1
    }

    fn value(&mut self, arg: usize, how: FormatHow, spec: String) {
        self.pieces.push(FormatPiece::Value { arg, how, spec });
    }

    fn finish(self, span: Span) -> Expr {
        Expr::new(ExprKind::Format { args: self.args, pieces: self.pieces }, Type::Str, span)
    }
}

/// The Python type a value of a C type is formatted as.
fn value_kind(ty: &Type) -> Option<ValueKind> {
    match ty {
        Type::Int(_) | Type::PyInt => Some(ValueKind::Int),
        Type::Float { .. } => Some(ValueKind::Float),
        Type::Bint => Some(ValueKind::Bool),
        Type::Str => Some(ValueKind::Str),
        _ => None,
    }
}

/// Cython's `CIntLike._parse_format`: a spec a C integer formats in C, as
/// `(type, width, zero-padded)`.
fn c_int_spec(spec: &str) -> Option<(char, usize, bool)> {
    if spec.is_empty() {
        return Some(('d', 0, false));
    }
    let last = spec.chars().last()?;
    let (ty, prefix) = if "odxXc".contains(last) {
        (last, &spec[..spec.len() - 1])
    } else if last.is_ascii_digit() {
        ('d', spec)
    } else {
        return None;
    };
    let mut prefix = prefix.strip_prefix(['>', '-']).unwrap_or(prefix);
    let mut zero = false;
    if prefix.starts_with('0') {
        zero = true;
        prefix = prefix.trim_start_matches('0');
    }
    if prefix.is_empty() {
        // `''.isdecimal()` is False: a bare `0` prefix goes through Python.
        return (!zero).then_some((ty, 0, false));
    }
    let width: usize = prefix.parse().ok().filter(|_| prefix.bytes().all(|b| b.is_ascii_digit()))?;
    (width <= 1 << 30).then_some((ty, width, zero))
}

/// Cython's `CFloatType._parse_format`: a spec a C double formats in C, as
/// the Python spec that gives the same text (`""` for `repr`).
fn c_float_spec(spec: &str) -> Option<String> {
    if spec.is_empty() {
        return Some(String::new());
    }
    let last = spec.chars().last()?;
    if !"eEfFgG".contains(last) {
        return None;
    }
    let precision = &spec[..spec.len() - 1];
    if precision.is_empty() {
        return Some(format!(".6{last}"));
    }
    let digits = precision.strip_prefix('.')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!(".{digits}{last}"))
}

/// The Python spec that formats a C integer as Cython's C code does.
fn c_int_python_spec((ty, width, zero): (char, usize, bool)) -> String {
    match (width, zero) {
        (0, _) => ty.to_string(),
        (w, true) => format!("0{w}{ty}"),
        (w, false) => format!("{w}{ty}"),
    }
}

/// One `%` conversion as Cython rewrites it into an f-string field:
/// `(conversion, spec)`, or `None` when Cython keeps Python's `%`.
fn cython_percent_field(text: &str) -> Option<(Option<char>, Option<String>)> {
    // Cython's pattern: `%` then `[-0-9]+` or one space, then `.[0-9]+`, then one character.
    let ty = text.chars().last()?;
    let body = &text[..text.len() - ty.len_utf8()];
    let (flags, precision) = match body.find('.') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let flags_ok = flags.is_empty() || flags == " " || flags.bytes().all(|b| b == b'-' || b.is_ascii_digit());
    let precision_ok = precision.is_none_or(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !flags_ok || !precision_ok || !"asrfdoxX".contains(ty) {
        return None;
    }
    let mut spec = text.to_string();
    let mut conversion = None;
    if "doxX".contains(ty) && precision.is_some() {
        return None;
    } else if "ars".contains(ty) {
        spec.pop();
        conversion = Some(ty);
        if let Some(rest) = spec.strip_prefix('0') {
            spec = format!(">{rest}");
        }
    } else if ty == 'd' {
        conversion = Some('d');
    }
    if let Some(rest) = spec.strip_prefix('-') {
        spec = format!("<{rest}");
    }
    Some((conversion, (!spec.is_empty()).then_some(spec)))
}

impl<'a> Checker<'a> {
    /// Formatting builds a Python string: it needs the GIL, as in Cython.
    fn format_needs_gil(&mut self, span: Span) {
        self.require_gil(span, "string formatting");
    }

    /// A value that can be formatted; `None` (reported) otherwise.
    fn formattable(&mut self, value: Expr) -> Option<Expr> {
        if value.ty.is_error() {
            return None;
        }
        if value_kind(&value.ty).is_none() {
            self.error(SemanticError::Unsupported {
                span: value.span,
                what: "formatting pointers, bytes, memoryviews and other objects",
                instead: "format numbers, `bint` values and strings",
            });
            return None;
        }
        Some(value)
    }

    /// Reports a formatting Python rejects whatever the values (it raises
    /// `error` at run time); cytrus rejects the program.
    fn format_fails(&mut self, span: Span, error: &'static str, message: String) {
        self.error(SemanticError::RaisesAtRunTime { span, error, message });
    }

    /// `f"…"`.
    pub(super) fn fstring(&mut self, s: &ast::StrValue, span: Span) -> Expr {
        self.format_needs_gil(span);
        let mut built = Built::default();
        let ok = self.fstring_parts(&s.parts, &mut built);
        if !ok {
            return Expr::error(span);
        }
        built.finish(span)
    }

    fn fstring_parts(&mut self, parts: &[ast::FStringPart], built: &mut Built) -> bool {
        let mut ok = true;
        for part in parts {
            match part {
                ast::FStringPart::Text(t) => built.text(t),
                ast::FStringPart::Field(field) => {
                    let spec = match &field.spec {
                        None => None,
                        Some(spec) => match spec.as_slice() {
                            [] => Some(String::new()),
                            [ast::FStringPart::Text(t)] => Some(t.clone()),
                            _ => {
                                self.error(SemanticError::Unsupported {
                                    span: field.span,
                                    what: "replacement fields inside format specs (`{x:{width}}`)",
                                    instead: "write the width and precision into the spec",
                                });
                                ok = false;
                                continue;
                            }
                        },
                    };
                    if let Some(debug) = &field.debug {
                        built.text(debug);
                    }
                    let value = self.expr(&field.value);
                    let Some(value) = self.formattable(value) else {
                        ok = false;
                        continue;
                    };
                    // `{x=}` shows `repr(x)` unless a spec is given.
                    let conversion = match (&field.debug, field.conversion, &spec) {
                        (Some(_), None, None) => Some('r'),
                        (_, c, _) => c,
                    };
                    ok &= self.cython_field(value, conversion, spec, field.span, built);
                }
            }
        }
        ok
    }

    /// One f-string field as Cython's `FormattedValueNode` formats it.
    fn cython_field(
        &mut self,
        value: Expr,
        conversion: Option<char>,
        spec: Option<String>,
        span: Span,
        built: &mut Built,
    ) -> bool {
        let spec = spec.filter(|s| !s.is_empty());
        // Formatted in C: the conversion is dropped. A `def` function's
        // result is a Python object, which Python formats.
        let def_result = matches!(&value.kind, ExprKind::Call { func, .. }
            if self.functions[func.0 as usize].returns_object);
        let c_level = match &value.ty {
            _ if def_result => None,
            Type::Int(_) => c_int_spec(spec.as_deref().unwrap_or("d")).map(c_int_python_spec),
            Type::Bint => match spec.as_deref() {
                None => Some(String::new()),
                Some(s) => c_int_spec(s).map(c_int_python_spec),
            },
            Type::Float { .. } => c_float_spec(spec.as_deref().unwrap_or("")),
            _ => None,
        };
        if let Some(c_spec) = c_level {
            // A `bint` with a spec is formatted in C as the int it holds
            // (`f"{b:d}"` of a `bint` holding 7 is 7; `f"{b}"` is True).
            let value = if value.ty == Type::Bint && !c_spec.is_empty() {
                let span = value.span;
                self.coerce(value, &Type::INT, span)
            } else {
                value
            };
            let arg = built.arg(value);
            built.value(arg, FormatHow::Format, c_spec);
            return true;
        }
        self.python_field(value, conversion, spec.unwrap_or_default(), span, built)
    }

    /// `format(conversion(value), spec)` as Python computes it.
    fn python_field(
        &mut self,
        value: Expr,
        conversion: Option<char>,
        spec: String,
        span: Span,
        built: &mut Built,
    ) -> bool {
        let Some(kind) = value_kind(&value.ty) else { return false };
        let (how, kind) = match (conversion, kind) {
            (None | Some('s'), ValueKind::Str) | (None, _) => (FormatHow::Format, kind),
            (Some('r' | 'a'), ValueKind::Str) => (FormatHow::Repr { ascii: conversion == Some('a') }, ValueKind::Str),
            (Some('s' | 'r' | 'a'), _) => (FormatHow::Str, ValueKind::Str),
            (Some(_), ValueKind::Float) => (FormatHow::AsInt, ValueKind::Int),
            (Some(_), ValueKind::Int | ValueKind::Bool) => (FormatHow::Format, ValueKind::Int),
            (Some(_), ValueKind::Str) => {
                self.format_fails(span, "ValueError", "int() of a string is not supported in cytrus".into());
                return false;
            }
        };
        // `int(True)` is 1: a `bint` under `%d` formats as an int.
        let value = if how == FormatHow::Format && kind == ValueKind::Int && value.ty == Type::Bint {
            let span = value.span;
            self.coerce(value, &Type::INT, span)
        } else {
            value
        };
        if let Err(message) = Spec::parse(&spec, kind) {
            self.format_fails(span, "ValueError", message);
            return false;
        }
        let arg = built.arg(value);
        built.value(arg, how, spec);
        true
    }

    /// `"…" % args`: `format` is the literal on the left.
    pub(super) fn percent_format(
        &mut self,
        format: &ast::StrValue,
        format_span: Span,
        args: &ast::Expr,
        span: Span,
    ) -> Expr {
        self.format_needs_gil(span);
        if format.bytes {
            self.error(SemanticError::Unsupported {
                span: format_span,
                what: "bytes formatting",
                instead: "format a str literal: `\"…\" % x`",
            });
            return Expr::error(span);
        }
        let pieces = match parse_percent(&format.value) {
            Ok(pieces) => pieces,
            Err(PercentError::Mapping) => {
                self.error(SemanticError::Unsupported {
                    span: format_span,
                    what: "`%(name)s` conversions",
                    instead: "name no key: `\"%s\" % (x,)`, or use an f-string",
                });
                return Expr::error(span);
            }
            Err(PercentError::Star) => {
                self.error(SemanticError::Unsupported {
                    span: format_span,
                    what: "`*` widths and precisions in `%` formatting",
                    instead: "write the width into the format, or use an f-string: `f\"{x:{w}d}\"` is not supported either, `\"%5d\" % (x,)` is",
                });
                return Expr::error(span);
            }
            Err(PercentError::Invalid(message)) => {
                self.format_fails(format_span, "ValueError", message);
                return Expr::error(span);
            }
        };
        let conversions: Vec<(&PercentSpec, &str)> = pieces
            .iter()
            .filter_map(|p| match p {
                PercentPiece::Conversion { spec, text } => Some((spec, text.as_str())),
                PercentPiece::Text(_) => None,
            })
            .collect();
        let tuple = match &args.kind {
            ast::ExprKind::Tuple(items) => Some(items.as_slice()),
            _ => None,
        };
        let given = tuple.map_or(1, <[ast::Expr]>::len);
        if conversions.len() != given {
            let message = if conversions.len() > given {
                "not enough arguments for format string"
            } else {
                "not all arguments converted during string formatting"
            };
            self.format_fails(span, "TypeError", message.into());
            return Expr::error(span);
        }
        let values: Vec<&ast::Expr> = match tuple {
            Some(items) => items.iter().collect(),
            None => vec![args],
        };
        // Cython rewrites a tuple whose conversions it knows into an f-string.
        let rewritten: Option<Vec<(Option<char>, Option<String>)>> = match tuple {
            Some(_) if !format.value.contains("%\n") => {
                conversions.iter().map(|(_, text)| cython_percent_field(text)).collect()
            }
            _ => None,
        };
        let mut built = Built::default();
        let mut ok = true;
        let mut next = 0;
        for piece in &pieces {
            match piece {
                PercentPiece::Text(t) => built.text(t),
                PercentPiece::Conversion { spec, text } => {
                    let written = values[next];
                    let value = self.expr(written);
                    let Some(value) = self.formattable(value) else {
                        ok = false;
                        next += 1;
                        continue;
                    };
                    match &rewritten {
                        Some(fields) => {
                            let (conversion, field_spec) = fields[next].clone();
                            ok &= self.cython_field(value, conversion, field_spec, written.span, &mut built);
                        }
                        None => {
                            let kind = value_kind(&value.ty).expect("formattable");
                            if let Err(message) = spec.check(kind) {
                                self.format_fails(written.span, "TypeError", message);
                                ok = false;
                            } else {
                                let arg = built.arg(value);
                                built.value(arg, FormatHow::Percent, text.to_string());
                            }
                        }
                    }
                    next += 1;
                }
            }
        }
        if !ok {
            return Expr::error(span);
        }
        built.finish(span)
    }

    /// `"…".format(args)`: Python's `str.format`.
    pub(super) fn format_method(&mut self, format: &ast::StrValue, args: &[ast::Arg], span: Span) -> Expr {
        self.format_needs_gil(span);
        let mut built = Built::default();
        // Every argument is evaluated once, in order, before any formatting.
        let mut positional = Vec::new();
        let mut keywords = Vec::new();
        let mut ok = true;
        for a in args {
            let value = self.expr(&a.value);
            let index = built.arg(value);
            match &a.keyword {
                None => positional.push(index),
                Some(kw) => keywords.push((kw.name.clone(), index)),
            }
        }
        if built.args.iter().any(|a| a.ty.is_error()) {
            return Expr::error(span);
        }
        let fields = match parse_str_format(&format.value) {
            Ok(fields) => fields,
            Err(FormatProblem::Fails(error, message)) => {
                self.format_fails(span, error, message);
                return Expr::error(span);
            }
            Err(FormatProblem::Unsupported(what)) => {
                self.error(SemanticError::Unsupported {
                    span,
                    what,
                    instead: "name a positional argument (`{0}`) or a keyword argument (`{name}`), with a literal spec",
                });
                return Expr::error(span);
            }
        };
        let mut checked = Vec::new();
        for field in fields {
            match field {
                MethodField::Text(t) => checked.push(FormatPiece::Text(t)),
                MethodField::Value { name, conversion, spec } => {
                    let index = match &name {
                        FieldName::Index(i) => match positional.get(*i) {
                            Some(index) => *index,
                            None => {
                                let message = format!("Replacement index {i} out of range for positional args tuple");
                                self.format_fails(span, "IndexError", message);
                                return Expr::error(span);
                            }
                        },
                        FieldName::Keyword(k) => match keywords.iter().find(|(n, _)| n == k) {
                            Some((_, index)) => *index,
                            None => {
                                self.format_fails(span, "KeyError", format!("'{k}'"));
                                return Expr::error(span);
                            }
                        },
                    };
                    let value = built.args[index].clone();
                    if self.formattable(value.clone()).is_none() {
                        return Expr::error(span);
                    }
                    let mut one = Built::default();
                    if !self.python_field(value, conversion, spec, span, &mut one) {
                        ok = false;
                        continue;
                    }
                    // The checked argument (a `bint` under `d` may have become an int).
                    built.args[index] = one.args.pop().expect("one argument");
                    for piece in one.pieces {
                        if let FormatPiece::Value { how, spec, .. } = piece {
                            checked.push(FormatPiece::Value { arg: index, how, spec });
                        }
                    }
                }
            }
        }
        if !ok {
            return Expr::error(span);
        }
        for piece in checked {
            match piece {
                FormatPiece::Text(t) => built.text(&t),
                other => built.pieces.push(other),
            }
        }
        built.finish(span)
    }

    /// `str(x)` (`repr(x)` when `repr`).
    pub(super) fn str_call(&mut self, args: &[ast::Arg], repr: bool, span: Span) -> Expr {
        let name = if repr { "repr" } else { "str" };
        let [ast::Arg { keyword: None, value, .. }] = args else {
            self.error(SemanticError::WrongArgumentCount {
                span,
                name: format!("{name}()"),
                expected: "1 argument".into(),
                given: args.len(),
                decl: None,
            });
            return Expr::error(span);
        };
        self.format_needs_gil(span);
        let value = self.expr(value);
        let Some(value) = self.formattable(value) else { return Expr::error(span) };
        let mut built = Built::default();
        let how = match (&value.ty, repr) {
            (Type::Str, true) => FormatHow::Repr { ascii: false },
            _ => FormatHow::Format,
        };
        let arg = built.arg(value);
        built.value(arg, how, String::new());
        built.finish(span)
    }

    /// `str(value)` of a typed value: Python's text for it.
    pub(super) fn str_of(&mut self, value: Expr, span: Span) -> Expr {
        let Some(value) = self.formattable(value) else { return Expr::error(span) };
        let mut built = Built::default();
        let arg = built.arg(value);
        built.value(arg, FormatHow::Format, String::new());
        built.finish(span)
    }

    /// `a + b` where one side is a string: both must be.
    pub(super) fn concat(&mut self, left: Expr, right: Expr, span: Span) -> Expr {
        for (this, other) in [(&left, &right), (&right, &left)] {
            if this.ty == Type::Str && other.ty != Type::Str {
                let other_name = match &other.ty {
                    Type::Int(_) | Type::PyInt => "int",
                    Type::Float { .. } => "float",
                    Type::Bint => "bool",
                    _ => "object",
                };
                self.format_fails(
                    span,
                    "TypeError",
                    if std::ptr::eq(this, &left) {
                        format!("can only concatenate str (not \"{other_name}\") to str")
                    } else {
                        format!("unsupported operand type(s) for +: '{other_name}' and 'str'")
                    },
                );
                return Expr::error(span);
            }
        }
        self.format_needs_gil(span);
        let mut built = Built::default();
        for side in [left, right] {
            match side.kind {
                ExprKind::StrLit(t) => built.text(&t),
                ExprKind::Format { args, pieces } => {
                    let base = built.args.len();
                    built.args.extend(args);
                    for piece in pieces {
                        match piece {
                            FormatPiece::Text(t) => built.text(&t),
                            FormatPiece::Value { arg, how, spec } => built.value(base + arg, how, spec),
                        }
                    }
                }
                _ => {
                    let arg = built.arg(side);
                    built.value(arg, FormatHow::Format, String::new());
                }
            }
        }
        built.finish(span)
    }

    /// A message for `raise`/`assert`: a number becomes `str(number)`.
    pub(super) fn message_text(&mut self, value: Expr) -> Expr {
        match &value.ty {
            Type::Int(_) | Type::PyInt | Type::Float { .. } | Type::Bint => {
                let span = value.span;
                let mut built = Built::default();
                let arg = built.arg(value);
                built.value(arg, FormatHow::Format, String::new());
                built.finish(span)
            }
            _ => value,
        }
    }
}

/// A piece of a `str.format` string.
enum MethodField {
    Text(String),
    Value { name: FieldName, conversion: Option<char>, spec: String },
}

enum FieldName {
    Index(usize),
    Keyword(String),
}

/// Why a `str.format` string cannot be compiled.
enum FormatProblem {
    /// Python raises this error with this message for any arguments.
    Fails(&'static str, String),
    /// Outside the subset.
    Unsupported(&'static str),
}

/// Splits a `str.format` string as Python's `MarkupIterator` does.
fn parse_str_format(text: &str) -> Result<Vec<MethodField>, FormatProblem> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut literal = String::new();
    let mut auto: Option<bool> = None;
    let mut next_auto = 0;
    let mut pos = 0;
    let fails = |message: &str| FormatProblem::Fails("ValueError", message.to_string());
    while pos < chars.len() {
        let c = chars[pos];
        if c == '}' {
            if chars.get(pos + 1) == Some(&'}') {
                literal.push('}');
                pos += 2;
                continue;
            }
            return Err(fails("Single '}' encountered in format string"));
        }
        if c != '{' {
            literal.push(c);
            pos += 1;
            continue;
        }
        if chars.get(pos + 1) == Some(&'{') {
            literal.push('{');
            pos += 2;
            continue;
        }
        // A field: up to the matching `}`.
        let start = pos + 1;
        let mut depth = 1;
        let mut end = start;
        while end < chars.len() {
            match chars[end] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            end += 1;
        }
        if end >= chars.len() {
            return Err(fails(if depth > 1 {
                "expected '}' before end of string"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = chars[start..end].iter().collect();
        pos = end + 1;
        if !literal.is_empty() {
            out.push(MethodField::Text(std::mem::take(&mut literal)));
        }
        // field_name [! conversion] [: spec]
        let name_end = field.find(['!', ':']).unwrap_or(field.len());
        let name = &field[..name_end];
        let mut rest = &field[name_end..];
        let mut conversion = None;
        if let Some(after) = rest.strip_prefix('!') {
            let mut it = after.chars();
            let Some(c) = it.next() else {
                return Err(fails("end of string while looking for conversion specifier"));
            };
            let after = it.as_str();
            if !after.is_empty() && !after.starts_with(':') {
                return Err(fails("expected ':' after conversion specifier"));
            }
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(fails(&format!("Unknown conversion specifier {c}")));
            }
            conversion = Some(c);
            rest = after;
        }
        let spec = rest.strip_prefix(':').unwrap_or("").to_string();
        if spec.contains(['{', '}']) {
            return Err(FormatProblem::Unsupported("replacement fields inside format specs (`{:{width}}`)"));
        }
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        if first_end < name.len() {
            return Err(FormatProblem::Unsupported(
                "attribute and index lookups in format fields (`{0.real}`, `{0[1]}`)",
            ));
        }
        let name = if name.is_empty() {
            if auto == Some(false) {
                return Err(fails("cannot switch from manual field specification to automatic field numbering"));
            }
            auto = Some(true);
            next_auto += 1;
            FieldName::Index(next_auto - 1)
        } else if name.bytes().all(|b| b.is_ascii_digit()) {
            if auto == Some(true) {
                return Err(fails("cannot switch from automatic field numbering to manual field specification"));
            }
            auto = Some(false);
            FieldName::Index(name.parse().map_err(|_| fails("Too many decimal digits in format string"))?)
        } else {
            FieldName::Keyword(name.to_string())
        };
        out.push(MethodField::Value { name, conversion, spec });
    }
    if !literal.is_empty() {
        out.push(MethodField::Text(literal));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cython_formats_these_int_specs_in_c() {
        assert_eq!(c_int_spec("d"), Some(('d', 0, false)));
        assert_eq!(c_int_spec("5"), Some(('d', 5, false)));
        assert_eq!(c_int_spec("05d"), Some(('d', 5, true)));
        assert_eq!(c_int_spec(">5x"), Some(('x', 5, false)));
        assert_eq!(c_int_spec("-5"), Some(('d', 5, false)));
        assert_eq!(c_int_spec("<5d"), None);
        assert_eq!(c_int_spec("0d"), None);
        assert_eq!(c_int_spec(",d"), None);
        assert_eq!(c_int_spec("+d"), None);
    }

    #[test]
    fn cython_formats_these_float_specs_in_c() {
        assert_eq!(c_float_spec(""), Some(String::new()));
        assert_eq!(c_float_spec("f"), Some(".6f".into()));
        assert_eq!(c_float_spec(".3e"), Some(".3e".into()));
        assert_eq!(c_float_spec("10.3f"), None);
        assert_eq!(c_float_spec(".3"), None);
    }

    #[test]
    fn cython_rewrites_these_percent_conversions() {
        assert_eq!(cython_percent_field("d"), Some((Some('d'), Some("d".into()))));
        assert_eq!(cython_percent_field("5s"), Some((Some('s'), Some("5".into()))));
        assert_eq!(cython_percent_field("-05d"), Some((Some('d'), Some("<05d".into()))));
        assert_eq!(cython_percent_field("05s"), Some((Some('s'), Some(">5".into()))));
        assert_eq!(cython_percent_field("s"), Some((Some('s'), None)));
        assert_eq!(cython_percent_field(".2f"), Some((None, Some(".2f".into()))));
        assert_eq!(cython_percent_field(".3d"), None);
        assert_eq!(cython_percent_field("+d"), None);
        assert_eq!(cython_percent_field("e"), None);
    }
}
