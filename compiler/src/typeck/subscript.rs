//! Typing subscripts: view indexing and slicing (`...` expanded, `None`
//! axes inserted), `v.shape[k]`, and pointer or C-array indexing.

use cytrus_grammar::ast::{self, Span};

use super::error::CTupleProblem;
use super::{Checker, SemanticError};
use crate::tir::{Axis, ConstValue, Expr, ExprKind, MemviewType, SliceItem, Type, ViewAttr};

impl<'a> Checker<'a> {
    pub(super) fn subscript(&mut self, value: &ast::Expr, items: &[ast::SubscriptItem], span: Span) -> Expr {
        // `v.shape[k]` without building the array.
        if let ast::ExprKind::Attribute { value: inner, attr } = &value.kind {
            if matches!(attr.name.as_str(), "shape" | "strides" | "suboffsets") {
                let base = self.expr(inner);
                if base.ty.is_error() {
                    return Expr::error(span);
                }
                if base.ty == Type::ViewArray && attr.name != "suboffsets" {
                    if let [ast::SubscriptItem::Index(index)] = items {
                        return self.array_axis_attribute(base, &attr.name, index, span);
                    }
                }
                if base.ty.memview().is_some() {
                    let which = match attr.name.as_str() {
                        "shape" => ViewAttr::Shape,
                        "strides" => ViewAttr::Strides,
                        _ => ViewAttr::Suboffsets,
                    };
                    let [ast::SubscriptItem::Index(index)] = items else {
                        self.error(SemanticError::Unsupported {
                            span,
                            what: "slices of `.shape`",
                            instead: "index one axis at a time: `v.shape[0]`",
                        });
                        return Expr::error(span);
                    };
                    let index = self.index_value(index);
                    return Expr::new(
                        ExprKind::ViewAttrIndex { base: Box::new(base), attr: which, index: Box::new(index) },
                        Type::SSIZE,
                        span,
                    );
                }
            }
        }
        let base = self.expr(value);
        if base.ty.is_error() {
            return Expr::error(span);
        }
        match base.ty.clone() {
            Type::Memview(m) => self.view_subscript(base, &m, items, span),
            Type::Ptr(elem) | Type::CArray(elem, _) => {
                let [ast::SubscriptItem::Index(index)] = items else {
                    self.error(SemanticError::Unsupported {
                        span,
                        what: "slices and several indices of pointers",
                        instead: "index a pointer with one integer: `p[i]`; for slicing, make a view: `<double[:n]>p`",
                    });
                    return Expr::error(span);
                };
                if *elem == Type::Void {
                    self.error(SemanticError::NotIndexable { span, ty: base.ty.display() });
                    return Expr::error(span);
                }
                let index = self.index_value(index);
                Expr::new(ExprKind::PtrIndex { base: Box::new(base), index: Box::new(index) }, (*elem).clone(), span)
            }
            Type::CTuple(members) => self.tuple_item(base, &members, items, span),
            other => {
                self.error(SemanticError::NotIndexable { span: value.span, ty: other.display() });
                Expr::error(span)
            }
        }
    }

    /// `t[k]` on a C tuple: `k` a constant (Cython folds it to a struct
    /// member; a negative one counts from the end).
    fn tuple_item(&mut self, base: Expr, members: &[Type], items: &[ast::SubscriptItem], span: Span) -> Expr {
        let ty = base.ty.display();
        let index = match items {
            [ast::SubscriptItem::Index(index)] => index,
            _ => {
                self.error(SemanticError::Unsupported {
                    span,
                    what: "slices of C tuples",
                    instead: "take the items one by one: `t[0]`, `t[1]`",
                });
                return Expr::error(span);
            }
        };
        let Some(ConstValue::Int(k)) = super::types::const_value(index) else {
            let value = self.expr(index);
            if !value.ty.is_error() {
                self.error(SemanticError::CTuple {
                    span: index.span,
                    problem: Box::new(CTupleProblem::IndexNotConstant { ty }),
                });
            }
            return Expr::error(span);
        };
        let n = members.len() as i128;
        let position = if k < 0 { k + n } else { k };
        if !(0..n).contains(&position) {
            self.error(SemanticError::CTuple {
                span,
                problem: Box::new(CTupleProblem::IndexOutOfRange { index: k, ty }),
            });
            return Expr::error(span);
        }
        let member = members[position as usize].clone();
        Expr::new(ExprKind::TupleItem { base: Box::new(base), index: position as usize }, member, span)
    }

    /// Indexing or slicing a view: `...` expanded, `None` axes inserted.
    fn view_subscript(&mut self, base: Expr, m: &MemviewType, items: &[ast::SubscriptItem], span: Span) -> Expr {
        let is_ellipsis =
            |i: &ast::SubscriptItem| matches!(i, ast::SubscriptItem::Index(e) if e.kind == ast::ExprKind::Ellipsis);
        let is_none =
            |i: &ast::SubscriptItem| matches!(i, ast::SubscriptItem::Index(e) if e.kind == ast::ExprKind::None);
        let ellipses = items.iter().filter(|i| is_ellipsis(i)).count();
        if ellipses > 1 {
            self.error(SemanticError::Unsupported {
                span,
                what: "several `...` in one subscript",
                instead: "use `...` once",
            });
            return Expr::error(span);
        }
        let consuming = items.iter().filter(|i| !is_ellipsis(i) && !is_none(i)).count();
        if consuming > m.ndim() {
            self.error(SemanticError::TooManyIndices { span, given: consuming, ndim: m.ndim() });
            return Expr::error(span);
        }
        let mut out = Vec::new();
        let mut result_axes = Vec::new();
        let mut axis = 0;
        let mut all_indices = true;
        for item in items {
            match item {
                _ if is_ellipsis(item) => {
                    let fill = m.ndim() - consuming;
                    for _ in 0..fill {
                        out.push(SliceItem::Range { start: None, stop: None, step: None });
                        result_axes.push(m.axes[axis]);
                        axis += 1;
                    }
                    all_indices = false;
                }
                _ if is_none(item) => {
                    out.push(SliceItem::NewAxis);
                    result_axes.push(Axis::Strided);
                    all_indices = false;
                }
                ast::SubscriptItem::Index(e) => {
                    let index = self.index_value(e);
                    out.push(SliceItem::Index(index));
                    axis += 1;
                }
                ast::SubscriptItem::Slice { start, stop, step, .. } => {
                    let start = start.as_ref().map(|e| self.index_value(e));
                    let stop = stop.as_ref().map(|e| self.index_value(e));
                    let step = step.as_ref().map(|e| self.index_value(e));
                    // Cython's rule: a slice without a step keeps the axis
                    // spec (`m[1:, 2:4]` of a `[:, ::1]` view is `[:, ::1]`),
                    // one with a step keeps the access and becomes strided.
                    result_axes.push(if step.is_none() { m.axes[axis] } else { strided(m.axes[axis]) });
                    out.push(SliceItem::Range { start, stop, step });
                    axis += 1;
                    all_indices = false;
                }
            }
        }
        if all_indices && axis == m.ndim() {
            let indices = out
                .into_iter()
                .map(|item| match item {
                    SliceItem::Index(e) => e,
                    _ => unreachable!("only indices here"),
                })
                .collect();
            return Expr::new(ExprKind::ViewIndex { base: Box::new(base), indices }, (*m.elem).clone(), span);
        }
        // Axes not mentioned are taken whole.
        while axis < m.ndim() {
            out.push(SliceItem::Range { start: None, stop: None, step: None });
            result_axes.push(m.axes[axis]);
            axis += 1;
        }
        let ty = Type::Memview(MemviewType { elem: m.elem.clone(), axes: result_axes, is_const: m.is_const });
        Expr::new(ExprKind::ViewSlice { base: Box::new(base), items: out }, ty, span)
    }
}

/// The axis a slice with a step leaves: the same access, strided packing.
fn strided(axis: Axis) -> Axis {
    match axis {
        Axis::Strided | Axis::Follow | Axis::Contiguous => Axis::Strided,
        Axis::Generic => Axis::Generic,
        Axis::Indirect | Axis::IndirectContiguous => Axis::Indirect,
    }
}
