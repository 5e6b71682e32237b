//! Python's type calls on C values, and membership tests, as Cython
//! compiles them: `int(x)` is a Python int (exact truncation of a double),
//! `float(x)` a C double (`float("nan")` a constant), `bool(x)` a truth
//! value; `x in (a, b)` compares in C, `c in b"xyz"` compares a `char`
//! with each byte.
//!
//! `int(v[i])` on `double[:] v` → `FloatToInt(ViewIndex(v, [i])) : Python int`.

use cytrus_grammar::ast::{self, Span};

use super::types::arithmetic_type;
use super::{Checker, SemanticError};
use crate::tir::{Expr, ExprKind, IntKind, Type, UnaryOp};

/// Python's `float(text)` of a literal: `None` if Python raises ValueError.
fn parse_python_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "nan" => f64::NAN,
        "inf" | "infinity" => f64::INFINITY,
        _ => {
            // Underscores only between digits, as in Python's literals.
            let bytes = body.as_bytes();
            for (i, b) in bytes.iter().enumerate() {
                if *b == b'_'
                    && !(i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    return None;
                }
            }
            let cleaned: String = body.chars().filter(|c| *c != '_').collect();
            let valid = !cleaned.is_empty()
                && cleaned.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
                && cleaned.bytes().any(|b| b.is_ascii_digit());
            if !valid {
                return None;
            }
            cleaned.parse::<f64>().ok()?
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

impl<'a> Checker<'a> {
    /// `int(x)`, `float(x)`, `bool(x)`.
    pub(super) fn type_call(&mut self, name: &str, args: &[ast::Arg], span: Span) -> Expr {
        let [ast::Arg { keyword: None, value: written, .. }] = args else {
            let what = if args.is_empty() {
                "calls of `int()`, `float()` and `bool()` without an argument"
            } else {
                "`int(x, base)` and other calls of `int`, `float` and `bool` with more than one argument"
            };
            self.error(SemanticError::Unsupported {
                span,
                what,
                instead: "convert one C value: `int(x)`, `float(x)`, `bool(x)`",
            });
            return Expr::error(span);
        };
        // `float("nan")`: a string literal, converted at compile time.
        if let ast::ExprKind::Str(s) = &written.kind {
            if name == "float" && !s.format && !s.bytes {
                return match parse_python_float(&s.value) {
                    Some(x) => self.float_constant(x, span),
                    None => {
                        let mut message = String::from("could not convert string to float: ");
                        cytrus_runtime::format::push_repr_str(&mut message, &s.value, false);
                        self.error(SemanticError::RaisesAtRunTime { span, error: "ValueError", message });
                        Expr::error(span)
                    }
                };
            }
            self.error(SemanticError::Unsupported {
                span,
                what: "conversions of strings other than `float(\"…\")` of a literal",
                instead: "write the number: `int(\"12\")` is `12`",
            });
            return Expr::error(span);
        }
        let value = self.expr(written);
        if value.ty.is_error() {
            return Expr::error(span);
        }
        if !value.ty.is_numeric() {
            self.error(SemanticError::InvalidOperands {
                span,
                op: format!("{name}()"),
                left: value.ty.display(),
                right: None,
            });
            return Expr::error(span);
        }
        match name {
            "int" => {
                if value.ty.is_float() {
                    self.require_gil(span, "`int()` of a float");
                    let value = self.coerce(value, &Type::DOUBLE, written.span);
                    return Expr::new(ExprKind::FloatToInt(Box::new(value)), Type::PyInt, span);
                }
                let converted = self.coerce(value, &Type::PyInt, written.span);
                Expr::new(converted.kind, converted.ty, span)
            }
            "float" => {
                let converted = self.coerce(value, &Type::DOUBLE, written.span);
                Expr::new(converted.kind, converted.ty, span)
            }
            _ => {
                let converted = Expr::new(ExprKind::Cast(Box::new(value)), Type::Bint, written.span);
                Expr::new(converted.kind, Type::Bint, span)
            }
        }
    }

    /// A double constant as C spells it (`NAN`, `-INFINITY`, `1.5`).
    fn float_constant(&mut self, x: f64, span: Span) -> Expr {
        let named = |name: &'static str| Expr::new(ExprKind::MathConst(name), Type::DOUBLE, span);
        let magnitude = if x.is_nan() {
            named("NAN")
        } else if x.is_infinite() {
            named("INFINITY")
        } else {
            return Expr::new(ExprKind::FloatLit(x), Type::DOUBLE, span);
        };
        if x.is_sign_negative() {
            Expr::new(ExprKind::Unary { op: UnaryOp::Neg, operand: Box::new(magnitude) }, Type::DOUBLE, span)
        } else {
            magnitude
        }
    }

    /// `x in (a, b, …)`, `x not in …`, `c in b"…"`: the only comparison of its chain.
    pub(super) fn membership(&mut self, needle: &ast::Expr, negated: bool, haystack: &ast::Expr, span: Span) -> Expr {
        let value = self.expr(needle);
        if value.ty.is_error() {
            return Expr::error(span);
        }
        let items: Vec<Expr> = match &haystack.kind {
            ast::ExprKind::Tuple(items) | ast::ExprKind::List(items) => {
                let typed: Vec<Expr> = items.iter().map(|i| self.expr(i)).collect();
                if typed.iter().any(|i| i.ty.is_error()) {
                    return Expr::error(span);
                }
                typed
            }
            ast::ExprKind::Str(s) if s.bytes && !s.format => {
                if !matches!(value.ty, Type::Int(IntKind::Char | IntKind::SChar | IntKind::UChar)) {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "`in` tests of a bytes literal with anything but a `char`",
                        instead: "test a `char` value: `c in b\"xyz\"`",
                    });
                    return Expr::error(span);
                }
                // Each byte as the needle's C type holds it (memchr compares chars).
                let kind = match value.ty {
                    Type::Int(k) => k,
                    _ => IntKind::Char,
                };
                s.value
                    .chars()
                    .map(|c| {
                        let byte = c as u32 as u8;
                        let code = if kind == IntKind::UChar { i128::from(byte) } else { i128::from(byte as i8) };
                        Expr::new(ExprKind::IntLit(code), Type::Int(kind), haystack.span)
                    })
                    .collect()
            }
            _ => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "`in` tests other than against a tuple of values or a bytes literal",
                    instead: "write the values out: `x in (1, 2, 3)`, or compare with `==` in a loop",
                });
                return Expr::error(span);
            }
        };
        let mut compared = Vec::with_capacity(items.len());
        for item in items {
            let Some(ty) = arithmetic_type(&value.ty, &item.ty) else {
                self.error(SemanticError::InvalidOperands {
                    span,
                    op: if negated { "not in".into() } else { "in".into() },
                    left: value.ty.display(),
                    right: Some(item.ty.display()),
                });
                return Expr::error(span);
            };
            if ty == Type::PyInt {
                self.require_gil(span, "comparing a Python int");
            }
            let item_span = item.span;
            let item = self.coerce(item, &ty, item_span);
            compared.push((ty, item));
        }
        Expr::new(ExprKind::In { needle: Box::new(value), items: compared, negated }, Type::Bint, span)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_python_float;

    #[test]
    fn float_of_a_literal_reads_as_python_reads_it() {
        assert!(parse_python_float("nan").unwrap().is_nan());
        assert_eq!(parse_python_float(" -Infinity "), Some(f64::NEG_INFINITY));
        assert_eq!(parse_python_float("1_000.5"), Some(1000.5));
        assert_eq!(parse_python_float("1e3"), Some(1000.0));
        assert_eq!(parse_python_float("abc"), None);
        assert_eq!(parse_python_float("1__0"), None);
        assert_eq!(parse_python_float(""), None);
    }
}
