//! Places and elements: reading and writing locals, globals (thread-local
//! cells), pointer targets and view elements. A view element is a raw
//! pointer computed from the slice's fields, read or written in an `unsafe`
//! block under a `// SAFETY:` note that names the bounds check printed
//! before it in the same source statement, or says there was none.
//!
//! `m[t3, t4] = x` on `double[:, ::1]` →
//! `unsafe { *m.data.offset(t3 * m.strides[0]).cast::<f64>().offset(t4) = x; }`

use super::expr::{field_name, prec, rust_type, Expr, Ty};
use super::Writer;
use crate::lir::*;
use crate::tir::IntKind;

impl Writer<'_> {
    /// The printed name of a local.
    pub(super) fn local(&self, l: LocalId) -> String {
        self.locals()[l.0 as usize].clone()
    }

    /// The lir type of a place.
    pub(super) fn place_type(&self, f: &Function, p: &Place) -> LType {
        match p {
            Place::Local(l) => f.locals[l.0 as usize].ty.clone(),
            Place::Global(g) => self.m.globals[g.0 as usize].ty.clone(),
            Place::Deref { elem, .. } => elem.clone(),
            Place::Element(e) => e.elem.clone(),
            Place::SliceField { .. } => LType::Int(IntKind::SsizeT),
            Place::SliceData(_) => LType::Ptr(Box::new(LType::Int(IntKind::UChar))),
            Place::Field { ty, .. } => ty.clone(),
            Place::TupleField { elem, .. } => elem.clone(),
        }
    }

    /// Whether reading the place needs `unsafe`: it is reached through a
    /// raw pointer, or it is a union's field.
    pub(super) fn read_needs_unsafe(&self, f: &Function, p: &Place) -> bool {
        match p {
            Place::Element(_) => true,
            Place::Deref { ptr, .. } => match self.value_type(f, ptr) {
                Some(LType::Array(..)) => match &**ptr {
                    Value::Read(inner) => self.read_needs_unsafe(f, inner),
                    _ => false,
                },
                _ => true,
            },
            Place::Field { base, union, .. } => *union || self.read_needs_unsafe(f, base),
            Place::TupleField { base, .. } => self.read_needs_unsafe(f, base),
            Place::SliceField { slice, .. } | Place::SliceData(slice) => self.read_needs_unsafe(f, slice),
            Place::Local(l) => self.through_pointer.iter().any(|(x, _)| x == l),
            Place::Global(_) => false,
        }
    }

    /// Whether writing the place needs `unsafe`: it is reached through a raw
    /// pointer (writing a union's field is safe).
    /// Assigning a whole field of a union is safe; a part of one (`u.a[0]`,
    /// `u.s.x`) is not.
    fn write_needs_unsafe(&self, f: &Function, p: &Place) -> bool {
        match p {
            Place::Field { base, .. } => self.read_needs_unsafe(f, base),
            other => self.read_needs_unsafe(f, other),
        }
    }

    /// The lir type of a value, where it matters for arrays and pointers.
    fn value_type(&self, f: &Function, v: &Value) -> Option<LType> {
        match v {
            Value::Read(p) => Some(self.place_type(f, p)),
            Value::Cast { ty, .. } | Value::Binary { ty, .. } | Value::Null(ty) => Some(ty.clone()),
            _ => None,
        }
    }

    /// The pointer a `prange` body reads local `l` through, if it does
    /// (`ParallelLoop::through_pointer`), with the SAFETY note of the read.
    fn through_pointer_of(&mut self, l: LocalId) -> Option<String> {
        let ptr = self.through_pointer.iter().find(|(x, _)| *x == l)?.1.clone();
        self.note(format!(
            "`{ptr}` points to `{}`, which lives until after the loop; reading through it holds no reference to a variable a thread may write through another pointer (C reads the shared variable)",
            self.local(l)
        ));
        Some(ptr)
    }

    /// A place as an expression Rust can assign to or borrow (no globals).
    pub(super) fn place_text(&mut self, f: &Function, p: &Place) -> String {
        match p {
            Place::Local(l) => match self.through_pointer_of(*l) {
                Some(ptr) => cat!("(*", ptr, ")"),
                None => self.local(*l),
            },
            Place::Global(g) => format!("{}.get()", self.globals[g.0 as usize]),
            Place::Deref { ptr, index, elem } => {
                if let Some(LType::Array(..)) = self.value_type(f, ptr) {
                    let base = match &**ptr {
                        Value::Read(inner) => self.place_text(f, inner),
                        other => self.value(f, other).at(prec::ATOM),
                    };
                    let i = self.value(f, index);
                    // Rust indexes arrays with `usize`.
                    let i = self.cast(i, &LType::Int(IntKind::SizeT));
                    return format!("{base}[{}]", i.text);
                }
                let _ = elem;
                let ptr_text = self.pointer_at(f, ptr, index);
                self.unchecked_note(f, ptr, index);
                cat!("*", ptr_text)
            }
            Place::Element(e) => {
                let ptr = self.element_ptr(f, e);
                cat!("*", ptr)
            }
            Place::SliceField { slice, field, axis } => {
                cat!(self.place_text(f, slice), ".", field_name(*field), "[", axis.to_string(), "]")
            }
            Place::SliceData(slice) => cat!(self.place_text(f, slice), ".data"),
            Place::Field { base, field, .. } => {
                let b = self.place_text(f, base);
                // `*p.offset(i)` and `*ptr` need brackets before `.field`.
                if b.starts_with('*') {
                    cat!("(", b, ").", field)
                } else {
                    cat!(b, ".", field)
                }
            }
            Place::TupleField { base, index, .. } => {
                let base_text = self.place_text(f, base);
                if matches!(**base, Place::Deref { .. } | Place::Element(_)) && base_text.starts_with('*') {
                    cat!("(", base_text, ").", index.to_string())
                } else {
                    cat!(base_text, ".", index.to_string())
                }
            }
        }
    }

    /// `p.offset(i)` (or `p` for index 0): the address of `p[i]`.
    fn pointer_at(&mut self, f: &Function, ptr: &Value, index: &Value) -> String {
        let p = self.value(f, ptr);
        let i = self.value(f, index);
        if i.literal && i.text == "0" {
            return p.at(prec::UNARY + 1);
        }
        match &i.ty {
            Ty::L(LType::Int(IntKind::SizeT)) => cat!(p.receiver(), ".add(", i.text, ")"),
            _ => cat!(p.receiver(), ".offset(", i.text, ")"),
        }
    }

    fn unchecked_note(&mut self, f: &Function, ptr: &Value, index: &Value) {
        let p = self.value(f, ptr).text;
        let i = self.value(f, index).text;
        self.note(format!("`{p}[{i}]` is not checked, as in C: the program promises it is valid"));
    }

    /// Reading a place.
    pub(super) fn read(&mut self, f: &Function, p: &Place) -> Expr {
        let ty = self.place_type(f, p);
        match p {
            Place::Global(g) => {
                let name = self.globals[g.0 as usize].clone();
                let text = if ty == LType::ErrorRef {
                    format!("{name}.with_borrow(Clone::clone)")
                } else {
                    format!("{name}.get()")
                };
                Expr::new(text, Ty::L(ty), prec::ATOM)
            }
            Place::Local(l) if self.through_pointer.iter().any(|(x, _)| x == l) => {
                // `*ptr`, not `(*ptr)`, where the read is the whole expression.
                let ptr = self.through_pointer_of(*l).unwrap_or_default();
                let text = self.in_unsafe(|_| cat!("*", ptr));
                Expr::new(text, Ty::L(ty), if self.unsafe_depth > 0 { prec::UNARY } else { prec::ATOM })
            }
            Place::Local(l) if ty == LType::ErrorRef => {
                Expr::new(format!("{}.clone()", self.local(*l)), Ty::L(ty), prec::ATOM)
            }
            Place::Element(_) => {
                let text = self.in_unsafe(|w| w.place_text(f, p));
                Expr::new(text, Ty::L(ty), if self.unsafe_depth > 0 { prec::UNARY } else { prec::ATOM })
            }
            Place::Deref { ptr, .. } if !matches!(self.value_type(f, ptr), Some(LType::Array(..))) => {
                let text = self.in_unsafe(|w| w.place_text(f, p));
                Expr::new(text, Ty::L(ty), if self.unsafe_depth > 0 { prec::UNARY } else { prec::ATOM })
            }
            _ if self.read_needs_unsafe(f, p) => {
                if let Place::Field { union: true, field, .. } = p {
                    self.note(format!("`.{field}` reads a union's bytes as that field, as C does"));
                }
                let text = self.in_unsafe(|w| w.place_text(f, p));
                Expr::new(text, Ty::L(ty), prec::ATOM)
            }
            _ => {
                let text = self.place_text(f, p);
                Expr::new(text, Ty::L(ty), prec::ATOM)
            }
        }
    }

    /// Runs `print` in an unsafe context: wraps its text in one `unsafe { }`
    /// unless an enclosing statement already opened one.
    pub(super) fn in_unsafe(&mut self, print: impl FnOnce(&mut Self) -> String) -> String {
        self.unsafe_depth += 1;
        let text = print(self);
        self.unsafe_depth -= 1;
        if self.unsafe_depth > 0 {
            text
        } else {
            cat!("unsafe { ", text, " }")
        }
    }

    /// Writing a value into a place: the statement.
    pub(super) fn write(&mut self, f: &Function, p: &Place, value: &Value) -> String {
        let ty = self.place_type(f, p);
        // `x = x + y` → `x += y` where the operator is Rust's own.
        let compound = match value {
            Value::Binary { op, ty: op_ty, left, right }
                if **left == Value::Read(Box::new(p.clone()))
                    && self.global_root(p).is_none()
                    && *op_ty == ty
                    && !self.read_needs_unsafe(f, p) =>
            {
                let float = matches!(op_ty, LType::Float(_));
                let symbol = match op {
                    BinOp::Add if float => Some("+="),
                    BinOp::Sub if float => Some("-="),
                    BinOp::Mul if float => Some("*="),
                    BinOp::Div if float => Some("/="),
                    BinOp::BitAnd if !float => Some("&="),
                    BinOp::BitOr if !float => Some("|="),
                    BinOp::BitXor if !float => Some("^="),
                    _ => None,
                };
                symbol.map(|s| (s, &**right))
            }
            _ => None,
        };
        let (symbol, v) = compound.unwrap_or(("=", value));
        self.assign_with(f, p, |w| {
            let e = w.value(f, v);
            (symbol, e.text)
        })
    }

    /// Storing a printed value into a place: the statement.
    pub(super) fn store(&mut self, f: &Function, p: &Place, e: Expr) -> String {
        self.assign_with(f, p, |_| ("=", e.text))
    }

    /// `target op value;`, with the value printed by `value` in the context
    /// the target needs (inside its `unsafe` block for an element).
    fn assign_with(
        &mut self,
        f: &Function,
        p: &Place,
        value: impl FnOnce(&mut Self) -> (&'static str, String),
    ) -> String {
        if let Place::Global(g) = p {
            let name = self.globals[g.0 as usize].clone();
            let (_, v) = value(self);
            return format!("{name}.set({v});");
        }
        if let Some(g) = self.global_root(p) {
            // A part of a global: change a copy, then store it back.
            let name = self.globals[g.0 as usize].clone();
            let (_, v) = value(self);
            let path = self.place_text(f, p).replacen(&format!("{name}.get()"), "__global", 1);
            // A part of a union's field (`u.a[0]`) is written in unsafe code.
            let store = if self.write_needs_unsafe(f, p) && self.unsafe_depth == 0 {
                format!("unsafe {{ {path} = __value; }}")
            } else {
                format!("{path} = __value;")
            };
            return format!("{{ let __value = {v}; let mut __global = {name}.get(); {store} {name}.set(__global); }}");
        }
        let through_pointer = self.write_needs_unsafe(f, p);
        if through_pointer {
            return self.in_unsafe_stmt(|w| {
                let target = w.place_text(f, p);
                let (op, v) = value(w);
                cat!(target, " ", op, " ", v, ";")
            });
        }
        let target = self.place_text(f, p);
        let (op, v) = value(self);
        cat!(target, " ", op, " ", v, ";")
    }

    /// A statement whose unsafe operations share one `unsafe { … }`.
    pub(super) fn in_unsafe_stmt(&mut self, print: impl FnOnce(&mut Self) -> String) -> String {
        if self.unsafe_depth > 0 {
            return print(self);
        }
        self.unsafe_depth += 1;
        let text = print(self);
        self.unsafe_depth -= 1;
        cat!("unsafe { ", text, " }")
    }

    /// The global a place is part of, if any.
    fn global_root(&self, p: &Place) -> Option<GlobalId> {
        match p {
            Place::Global(g) => Some(*g),
            Place::SliceField { slice, .. } | Place::SliceData(slice) | Place::Field { base: slice, .. } => {
                self.global_root(slice)
            }
            Place::TupleField { base, .. } => self.global_root(base),
            Place::Deref { ptr, .. } => match &**ptr {
                Value::Read(inner) => match &**inner {
                    Place::Global(g) if matches!(self.m.globals[g.0 as usize].ty, LType::Array(..)) => Some(*g),
                    Place::Deref { .. } => self.global_root(inner),
                    Place::Field { ty: LType::Array(..), .. } => self.global_root(inner),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// `&g[i][j]` of a global array: the cell's pointer, stepped in safe code.
    fn global_element_address(&mut self, f: &Function, p: &Place) -> Option<String> {
        let Place::Deref { ptr, index, elem } = p else { return None };
        let Value::Read(inner) = &**ptr else { return None };
        let base = match &**inner {
            Place::Global(g) if matches!(self.m.globals[g.0 as usize].ty, LType::Array(..)) => {
                format!("{}.with(std::cell::Cell::as_ptr)", self.globals[g.0 as usize])
            }
            deeper @ Place::Deref { .. } => self.global_element_address(f, deeper)?,
            _ => return None,
        };
        let i = self.value(f, index);
        Some(format!("{base}.cast::<{}>().wrapping_offset({})", rust_type(elem), i.text))
    }

    /// A place made only of a local and fields of it (arrays stay inside).
    fn is_local_path(&self, p: &Place) -> bool {
        match p {
            Place::Local(_) => true,
            Place::Field { base, .. } => self.is_local_path(base),
            _ => false,
        }
    }

    /// An array read as a pointer to its first element.
    pub(super) fn decay(&mut self, f: &Function, p: &Place, pointee: &LType) -> Option<Expr> {
        if !matches!(self.place_type(f, p), LType::Array(..)) {
            return None;
        }
        if matches!(p, Place::Field { .. }) && !self.is_local_path(p) {
            let pointee_text = if *pointee == LType::Void { "std::ffi::c_void".into() } else { rust_type(pointee) };
            let a = self.address_of(f, p);
            let ty = Ty::L(LType::Ptr(Box::new(pointee.clone())));
            return Some(Expr::new(cat!(a.at(prec::ATOM), ".cast::<", pointee_text, ">()"), ty, prec::ATOM));
        }
        let pointee_text = if *pointee == LType::Void { "std::ffi::c_void".into() } else { rust_type(pointee) };
        let ty = Ty::L(LType::Ptr(Box::new(pointee.clone())));
        if let Place::Global(g) = p {
            let name = &self.globals[g.0 as usize];
            return Some(Expr::new(
                format!("{name}.with(std::cell::Cell::as_ptr).cast::<{pointee_text}>()"),
                ty,
                prec::ATOM,
            ));
        }
        let place = self.place_text(f, p);
        Some(Expr::new(format!("(&raw mut {place}).cast::<{pointee_text}>()"), ty, prec::ATOM))
    }

    pub(super) fn address_of(&mut self, f: &Function, p: &Place) -> Expr {
        let ty = Ty::L(LType::Ptr(Box::new(self.place_type(f, p))));
        if let Place::Field { base, field, .. } = p {
            if !self.is_local_path(base) {
                // The base's address, then the field's: no reference is made
                // (a packed struct's field may be unaligned).
                let b = self.address_of(f, base);
                let text = self.in_unsafe(|_| cat!("&raw mut (*", b.text, ").", field));
                return Expr::new(text, ty, prec::ATOM);
            }
        }
        if let Some(text) = self.global_element_address(f, p) {
            return Expr::new(text, ty, prec::ATOM);
        }
        if let (Place::TupleField { .. }, Some(g)) = (p, self.global_root(p)) {
            // A field of a global C tuple: its address inside the cell.
            let name = self.globals[g.0 as usize].clone();
            let cell = format!("(*{name}.with(std::cell::Cell::as_ptr))");
            let text = self.in_unsafe(|w| {
                let path = w.place_text(f, p).replacen(&format!("{name}.get()"), &cell, 1);
                format!("&raw mut {path}")
            });
            return Expr::new(text, ty, prec::ATOM);
        }
        match p {
            Place::Global(g) => {
                let name = &self.globals[g.0 as usize];
                Expr::new(format!("{name}.with(std::cell::Cell::as_ptr)"), ty, prec::ATOM)
            }
            Place::Deref { ptr, index, .. } if !matches!(self.value_type(f, ptr), Some(LType::Array(..))) => {
                let p = self.value(f, ptr);
                let i = self.value(f, index);
                Expr::new(format!("{}.wrapping_offset({})", p.receiver(), i.text), ty, prec::ATOM)
            }
            Place::Element(e) if e.terms.iter().all(|t| t.index == Value::Int(0, IntKind::SsizeT)) => {
                // `&v[0, 0]` is `v.data`: no arithmetic, nothing unsafe.
                let s = self.value(f, &e.slice).receiver();
                Expr::new(format!("{s}.data.cast::<{}>()", rust_type(&e.elem)), ty, prec::ATOM)
            }
            Place::Element(e) => {
                let text = self.in_unsafe(|w| w.element_ptr(f, e));
                Expr::new(text, ty, prec::ATOM)
            }
            _ => {
                let place = self.place_text(f, p);
                Expr::new(format!("&raw mut {place}"), ty, prec::UNARY)
            }
        }
    }

    /// The address of a view element, `*mut T`, and the note saying why
    /// using it is sound.
    fn element_ptr(&mut self, f: &Function, e: &Element) -> String {
        let s = self.value(f, &e.slice).receiver();
        let t = rust_type(&e.elem);
        let mut addr = cat!(s, ".data");
        let mut last_contiguous = None;
        let mut indices = Vec::new();
        for (i, term) in e.terms.iter().enumerate() {
            let idx = self.value(f, &term.index);
            indices.push(idx.text.clone());
            let zero = idx.literal && idx.text == "0";
            let scaled = |stride: String| {
                if idx.literal && idx.text == "1" {
                    stride
                } else {
                    cat!(idx.at(prec::MUL), " * ", stride)
                }
            };
            let a = term.axis;
            match term.access {
                Access::Contiguous if i == e.terms.len() - 1 => last_contiguous = Some(idx.clone()),
                _ if zero && matches!(term.access, Access::Contiguous | Access::Strided) => {}
                Access::Contiguous if idx.literal && idx.text == "1" => {
                    addr = format!("{addr}.add(std::mem::size_of::<{t}>())")
                }
                Access::Contiguous => {
                    addr = format!("{addr}.offset({})", scaled(format!("std::mem::size_of::<{t}>() as isize")))
                }
                Access::Strided => {
                    let stride = cat!(s, ".strides[", a.to_string(), "]");
                    addr.push_str(".offset(");
                    addr.push_str(&scaled(stride));
                    addr.push(')');
                }
                Access::Indirect => {
                    let step = if zero {
                        addr.clone()
                    } else {
                        format!("{addr}.offset({})", scaled(format!("{s}.strides[{a}]")))
                    };
                    addr = format!("(*{step}.cast::<*mut u8>()).offset({s}.suboffsets[{a}])");
                }
                Access::Generic => {
                    let step = if zero {
                        addr.clone()
                    } else {
                        format!("{addr}.offset({})", scaled(format!("{s}.strides[{a}]")))
                    };
                    addr = format!(
                        "(if {s}.suboffsets[{a}] >= 0 {{ (*{step}.cast::<*mut u8>()).offset({s}.suboffsets[{a}]) }} else {{ {step} }})"
                    );
                }
            }
        }
        let view = cat!(s, "[", indices.join(", "), "]");
        // Each axis is safe because of a check printed above, a proof lowering
        // made (its note is above too), or the user's boundscheck(False).
        let reasons: Vec<&str> = e
            .terms
            .iter()
            .map(|term| match term.bounds {
                Bounds::Checked => "checked against the extent above (IndexError)",
                Bounds::Proven(why) => why,
                Bounds::Unchecked => "not checked: boundscheck is off, and the program promises it is in range",
            })
            .collect();
        let note = if reasons.windows(2).all(|w| w[0] == w[1]) {
            cat!("`", view, "`: every index ", reasons.first().copied().unwrap_or("is in range"))
        } else {
            let per_axis: Vec<String> = reasons.iter().enumerate().map(|(a, r)| format!("axis {a} {r}")).collect();
            format!("`{view}`: {}", per_axis.join(", "))
        };
        self.note(note);
        match last_contiguous {
            Some(idx) if idx.literal && idx.text == "0" => cat!(addr, ".cast::<", t, ">()"),
            Some(idx) => cat!(addr, ".cast::<", t, ">().offset(", idx.text, ")"),
            None => cat!(addr, ".cast::<", t, ">()"),
        }
    }
}
