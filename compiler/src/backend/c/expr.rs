//! C expressions and places: lir values written straight into the output,
//! parenthesised only where their operators need it.
//!
//! `Element { slice: v, terms: [Strided(i), Contiguous(j)] }` on `double` →
//! `((double *)(v.data + i * v.strides[0]))[j]`

use std::borrow::Cow;
use std::fmt::Write;

use super::{ctype, exception_const, Helper, Writer};
use crate::lir::*;
use crate::tir::IntKind;

impl Writer<'_> {
    pub(super) fn place(&mut self, f: &Function, p: &Place) {
        match p {
            Place::Local(l) => self.out.push_str(&f.locals[l.0 as usize].name),
            Place::Global(g) => self.out.push_str(&self.m.globals[g.0 as usize].name),
            Place::Deref { ptr, index, .. } => {
                self.value(f, ptr);
                self.push("[");
                self.bare(f, index);
                self.push("]");
            }
            Place::Element(e) => self.element(f, e),
            Place::SliceField { slice, field, axis } => {
                self.place(f, slice);
                write!(self.out, ".{}[{axis}]", field_name(*field)).ok();
            }
            Place::SliceData(slice) => {
                self.place(f, slice);
                self.push(".data");
            }
            Place::Field { base, field, .. } => {
                // An element is `*(T *)(…)`: the field binds tighter than `*`.
                let wrap = matches!(**base, Place::Element(_));
                self.open(!wrap);
                self.place(f, base);
                self.close(!wrap);
                self.push(".");
                self.push(field);
            }
            Place::TupleField { base, index, .. } => {
                let wrap = matches!(**base, Place::Element(_));
                if wrap {
                    self.push("(");
                }
                self.place(f, base);
                if wrap {
                    self.push(")");
                }
                write!(self.out, ".f{index}").ok();
            }
        }
    }

    /// The element's lvalue: `*(T *)(s.data + i * s.strides[0] + …)`, or with a
    /// contiguous last axis `((T *)(s.data + …))[j]`.
    pub(super) fn element(&mut self, f: &Function, e: &Element) {
        // The view is nearly always a local: its name, without a copy.
        let s = match local_read(f, &e.slice) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(self.render(|w| w.value(f, &e.slice))),
        };
        let s: &str = &s;
        let t = ctype(&e.elem);
        if e.terms.iter().any(|term| matches!(term.access, Access::Indirect | Access::Generic)) {
            let text = self.indirect_element(f, e, s, &t);
            self.out.push_str(&text);
            return;
        }
        let last_contiguous = matches!(e.terms.last(), Some(term) if term.access == Access::Contiguous);
        if last_contiguous {
            write!(self.out, "(({t} *)({s}.data").ok();
        } else {
            write!(self.out, "*({t} *)({s}.data").ok();
        }
        let direct = if last_contiguous { &e.terms[..e.terms.len() - 1] } else { &e.terms[..] };
        for term in direct {
            self.push(" + ");
            self.value(f, &term.index);
            match term.access {
                Access::Contiguous => write!(self.out, " * (Py_ssize_t)sizeof({t})").ok(),
                _ => write!(self.out, " * {s}.strides[{}]", term.axis).ok(),
            };
        }
        if let (true, Some(last)) = (last_contiguous, e.terms.last()) {
            self.push("))[");
            self.bare(f, &last.index);
            self.push("]");
        } else {
            self.push(")");
        }
    }

    /// An element through indirect axes (`suboffsets`): the address is built
    /// from the inside out.
    pub(super) fn indirect_element(&mut self, f: &Function, e: &Element, s: &str, t: &str) -> String {
        let mut addr = format!("{s}.data");
        let mut last_contiguous = None;
        for (i, term) in e.terms.iter().enumerate() {
            let last = i == e.terms.len() - 1;
            if last && term.access == Access::Contiguous {
                last_contiguous = Some(self.render(|w| w.bare(f, &term.index)));
                break;
            }
            let idx = self.render(|w| w.value(f, &term.index));
            match term.access {
                Access::Contiguous => write!(addr, " + {idx} * (Py_ssize_t)sizeof({t})").unwrap_or(()),
                Access::Strided => write!(addr, " + {idx} * {s}.strides[{}]", term.axis).unwrap_or(()),
                Access::Indirect => {
                    addr = format!("(*(char **)({addr} + {idx} * {s}.strides[{a}]) + {s}.suboffsets[{a}])", a = term.axis)
                }
                Access::Generic => {
                    addr = format!(
                        "({s}.suboffsets[{a}] >= 0 ? *(char **)({addr} + {idx} * {s}.strides[{a}]) + {s}.suboffsets[{a}] : {addr} + {idx} * {s}.strides[{a}])",
                        a = term.axis
                    )
                }
            }
        }
        match last_contiguous {
            Some(idx) => format!("(({t} *)({addr}))[{idx}]"),
            None => format!("*({t} *)({addr})"),
        }
    }

    /// A value, parenthesised wherever its operators need it.
    pub(super) fn value(&mut self, f: &Function, v: &Value) {
        self.expr(f, v, false);
    }

    /// A value where the context delimits it already (a condition, an
    /// argument, an index): without its outermost parentheses.
    pub(super) fn bare(&mut self, f: &Function, v: &Value) {
        self.expr(f, v, true);
    }

    /// `(`, unless the value stands bare.
    pub(super) fn open(&mut self, bare: bool) {
        if !bare {
            self.out.push('(');
        }
    }

    pub(super) fn close(&mut self, bare: bool) {
        if !bare {
            self.out.push(')');
        }
    }

    pub(super) fn expr(&mut self, f: &Function, v: &Value, bare: bool) {
        match v {
            Value::Int(i, IntKind::Char) if (0x20..0x7f).contains(i) && *i != 0x27 && *i != 0x5c => {
                write!(self.out, "'{}'", *i as u8 as char).ok();
            }
            Value::Int(i, k) => int_literal(&mut self.out, *i, *k, bare),
            // The header declares the name.
            Value::Extern(id) => self.out.push_str(&self.m.externs[id.0 as usize].name),
            Value::ExternAddress(id) => {
                self.open(bare);
                self.out.push('&');
                self.out.push_str(&self.m.externs[id.0 as usize].name);
                self.close(bare);
            }
            Value::Int128(i) => {
                self.open(bare);
                if *i == i64::MIN as i128 {
                    self.push("(cytrus_i128)(-9223372036854775807LL - 1)");
                } else if *i > i64::MIN as i128 && *i <= i64::MAX as i128 {
                    write!(self.out, "(cytrus_i128){i}LL").ok();
                } else {
                    let hi = (*i >> 64) as i64;
                    let lo = *i as u64;
                    write!(self.out, "((cytrus_i128){hi}LL << 64) | (cytrus_i128){lo}ULL").ok();
                }
                self.close(bare);
            }
            Value::Float(x, bits) => float_literal(&mut self.out, *x, *bits, bare),
            Value::Bool(b) => self.push(if *b { "1" } else { "0" }),
            Value::Null(_) => self.push("NULL"),
            Value::CString(bytes) => {
                self.out.push('"');
                for &b in bytes {
                    match b {
                        b'"' | b'\\' => {
                            self.out.push('\\');
                            self.out.push(b as char);
                        }
                        // `?` too: no trigraphs.
                        0x20..=0x7e if b != b'?' => self.out.push(b as char),
                        _ => write!(self.out, "\\{b:03o}").unwrap_or(()),
                    }
                }
                self.out.push('"');
            }
            Value::FuncAddr { func, .. } => {
                let symbol = &self.m.functions[func.0 as usize].symbol;
                self.out.push('&');
                self.out.push_str(symbol);
            }
            Value::Zero(ty) => write!(self.out, "(({}){{0}})", ctype(ty)).unwrap_or(()),
            Value::Const { name, .. } => self.push(match *name {
                "M_PI" => "3.14159265358979323846",
                "M_E" => "2.7182818284590452354",
                other => other,
            }),
            Value::Read(p) => self.place(f, p),
            Value::Unary { op, operand, .. } => {
                self.open(bare);
                self.push(match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Invert => "~",
                    UnaryOp::Not => "!",
                });
                self.value(f, operand);
                self.close(bare);
            }
            Value::Binary { op, ty, left, right } => {
                let symbol = match op {
                    BinOp::Add => " + ",
                    BinOp::Sub => " - ",
                    BinOp::Mul => " * ",
                    BinOp::Div => " / ",
                    BinOp::Rem => " % ",
                    BinOp::Shl => " << ",
                    BinOp::Shr => " >> ",
                    BinOp::BitAnd => " & ",
                    BinOp::BitOr => " | ",
                    BinOp::BitXor => " ^ ",
                    _ => "",
                };
                if !symbol.is_empty() {
                    self.open(bare);
                    self.value(f, left);
                    self.push(symbol);
                    self.value(f, right);
                    self.close(bare);
                    return;
                }
                // A call: `pow(l, r)` or a helper of the module.
                let t = ctype(ty);
                let callee = match op {
                    _ => {
                        let (helper, op_name) = match op {
                            BinOp::FloorDiv => (Helper::FloorDiv(t.to_string()), "floordiv"),
                            BinOp::Mod => (Helper::Mod(t.to_string()), "mod"),
                            BinOp::IntPow => (Helper::IntPow(t.to_string()), "pow"),
                            BinOp::FloatFloorDiv => (Helper::FloatFloorDiv(t.to_string()), "floordiv"),
                            _ => (Helper::FloatMod(t.to_string()), "mod"),
                        };
                        self.helpers.insert(helper);
                        format!("cytrus_{op_name}_{}", t.replace(' ', "_"))
                    }
                };
                self.push(&callee);
                self.push("(");
                self.bare(f, left);
                self.push(", ");
                self.bare(f, right);
                self.push(")");
            }
            Value::Compare { op, left, right } => {
                let op = match op {
                    CmpOp::Lt => " < ",
                    CmpOp::Gt => " > ",
                    CmpOp::Le => " <= ",
                    CmpOp::Ge => " >= ",
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                };
                self.open(bare);
                self.value(f, left);
                self.push(op);
                self.value(f, right);
                self.close(bare);
            }
            Value::And(a, b) | Value::Or(a, b) => {
                self.open(bare);
                self.value(f, a);
                self.push(if matches!(v, Value::And(..)) { " && " } else { " || " });
                self.value(f, b);
                self.close(bare);
            }
            Value::Cond { cond, then, orelse, .. } => {
                self.open(bare);
                self.value(f, cond);
                self.push(" ? ");
                self.value(f, then);
                self.push(" : ");
                self.value(f, orelse);
                self.close(bare);
            }
            // C makes this conversion by itself where the value stands.
            Value::Cast { value, implicit: true, .. } => self.expr(f, value, bare),
            Value::Cast { ty, value, .. } => {
                self.open(bare);
                self.push("(");
                match ty {
                    LType::Array(inner, _) => write!(self.out, "{} *", ctype(inner)).ok(),
                    other => write!(self.out, "{}", ctype(other)).ok(),
                };
                self.push(")");
                self.value(f, value);
                self.close(bare);
            }
            Value::AddressOf(p) => {
                self.open(bare);
                self.push("&");
                self.place(f, p);
                self.close(bare);
            }
            Value::Math { name, args, .. } => {
                self.push(name);
                self.push("(");
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.bare(f, a);
                }
                self.push(")");
            }
            // An array's size is the whole array's: `sizeof(double[3][4])`.
            Value::Sizeof(t) => {
                write!(self.out, "sizeof({})", super::declare(t, "").trim_end()).ok();
            }
            Value::IsNone(s) => {
                self.push("cytrus_slice_is_none(&");
                self.value(f, s);
                self.push(")");
            }
            Value::SliceWith { .. } | Value::SliceWithData { .. } => self.push("/* unused */ cytrus_slice_none()"),
            Value::NoneSlice => self.push("cytrus_slice_none()"),
            Value::Tuple { items, ty } => {
                write!(self.out, "(({}){{", ctype(ty)).ok();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    self.bare(f, item);
                }
                self.push("})");
            }
            Value::ErrOccurred => self.push("cytrus_err_occurred()"),
            Value::ThreadId => self.push("cytrus_thread_num()"),
            Value::ErrorMatches { error, kind } => {
                write!(
                    self.out,
                    "cytrus_error_matches({}, {})",
                    f.locals[error.0 as usize].name,
                    exception_const(*kind)
                )
                .ok();
            }
        }
    }
}

/// The name of a local when `v` reads one.
pub(super) fn local_read<'f>(f: &'f Function, v: &Value) -> Option<&'f str> {
    match v {
        Value::Read(p) => match **p {
            Place::Local(l) => Some(&f.locals[l.0 as usize].name),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn field_name(f: SliceField) -> &'static str {
    match f {
        SliceField::Shape => "shape",
        SliceField::Strides => "strides",
        SliceField::Suboffsets => "suboffsets",
    }
}

/// An integer literal of kind `k`; a negative one is parenthesised unless it stands `bare`.
pub(super) fn int_literal(out: &mut String, v: i128, k: IntKind, bare: bool) {
    let suffix = match (k.bits(), k.signed()) {
        (64, true) => "L",
        (64, false) => "UL",
        (_, false) => "U",
        _ => "",
    };
    let (open, close) = if bare { ("", "") } else { ("(", ")") };
    if v == i64::MIN as i128 && k.bits() == 64 {
        write!(out, "{open}-9223372036854775807L - 1{close}").ok();
    } else if v == i32::MIN as i128 && k.bits() <= 32 {
        write!(out, "{open}-2147483647 - 1{close}").ok();
    } else if v < 0 {
        write!(out, "{open}{v}{suffix}{close}").ok();
    } else {
        write!(out, "{v}{suffix}").ok();
    }
}

/// A floating literal; a negative one is parenthesised unless it stands `bare`.
pub(super) fn float_literal(out: &mut String, x: f64, bits: u32, bare: bool) {
    let negative = x.is_sign_negative() && !x.is_nan();
    if negative && !bare {
        out.push('(');
    }
    if x.is_nan() {
        out.push_str("NAN");
    } else if x.is_infinite() {
        out.push_str(if x > 0.0 { "INFINITY" } else { "-INFINITY" });
    } else {
        let start = out.len();
        write!(out, "{x:?}").ok();
        let digits = &out[start..];
        if !(digits.contains('e') || digits.contains('.') || digits.contains("inf")) {
            out.push_str(".0");
        }
        if bits == 32 {
            out.push('f');
        }
    }
    if negative && !bare {
        out.push(')');
    }
}
