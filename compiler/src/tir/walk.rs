//! Walks over the typed IR, for the analyses of later passes: every
//! expression of a statement list, sub-expressions included, in source order.

use super::{Expr, ExprKind, SliceItem, Stmt, StmtKind};

/// Calls `f` on every expression in `stmts` and on each of its
/// sub-expressions (parents before children).
pub fn exprs_in_stmts<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(&'a Expr)) {
    for s in stmts {
        exprs_in_stmt(s, f);
    }
}

fn exprs_in_stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::SetArrayCallbackFree { array: e } => exprs_in_expr(e, f),
        StmtKind::Assign { target, value }
        | StmtKind::FillView { target, value }
        | StmtKind::CopyView { target, value }
        | StmtKind::AugAssign { target, value, .. } => {
            exprs_in_expr(target, f);
            exprs_in_expr(value, f);
        }
        StmtKind::SetArrayData { array, data } => {
            exprs_in_expr(array, f);
            exprs_in_expr(data, f);
        }
        StmtKind::If { branches, orelse } => {
            for (cond, body) in branches {
                exprs_in_expr(cond, f);
                exprs_in_stmts(body, f);
            }
            exprs_in_stmts(orelse, f);
        }
        StmtKind::While { cond, body, orelse } => {
            exprs_in_expr(cond, f);
            exprs_in_stmts(body, f);
            exprs_in_stmts(orelse, f);
        }
        StmtKind::ForRange { start, stop, step, body, orelse, .. } => {
            exprs_in_expr(start, f);
            exprs_in_expr(stop, f);
            exprs_in_expr(step, f);
            exprs_in_stmts(body, f);
            exprs_in_stmts(orelse, f);
        }
        StmtKind::Return(e) => {
            if let Some(e) = e {
                exprs_in_expr(e, f);
            }
        }
        StmtKind::Raise(r) => {
            if let Some(m) = r.as_ref().and_then(|r| r.message.as_ref()) {
                exprs_in_expr(m, f);
            }
        }
        StmtKind::Assert { cond, message } => {
            exprs_in_expr(cond, f);
            if let Some(m) = message {
                exprs_in_expr(m, f);
            }
        }
        StmtKind::Try { body, handlers, orelse, finally } => {
            exprs_in_stmts(body, f);
            for h in handlers {
                exprs_in_stmts(&h.body, f);
            }
            exprs_in_stmts(orelse, f);
            exprs_in_stmts(finally, f);
        }
        StmtKind::Nogil { body, .. } | StmtKind::Block(body) => exprs_in_stmts(body, f),
        StmtKind::ParallelBlock { num_threads, body } => {
            if let Some(n) = num_threads {
                exprs_in_expr(n, f);
            }
            exprs_in_stmts(body, f)
        }
        StmtKind::Print { args, .. } => {
            for a in args {
                exprs_in_expr(a, f);
            }
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
    }
}

/// Calls `f` on `e` and then on each of its sub-expressions.
pub fn exprs_in_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    f(e);
    match &e.kind {
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::BoolLit(_)
        | ExprKind::StrLit(_)
        | ExprKind::NoneLit
        | ExprKind::Null
        | ExprKind::ThreadId
        | ExprKind::MathConst(_)
        | ExprKind::Var(_)
        | ExprKind::Sizeof(_)
        | ExprKind::FuncRef(_)
        | ExprKind::BytesLit(_)
        | ExprKind::ExceptionClass(_)
        | ExprKind::Error => {}
        ExprKind::Unary { operand: x, .. }
        | ExprKind::IsNone { operand: x, .. }
        | ExprKind::Convert(x)
        | ExprKind::ConvertChecked(x)
        | ExprKind::Cast(x)
        | ExprKind::AddressOf(x)
        | ExprKind::ViewAttrArray { base: x, .. }
        | ExprKind::ViewObjectAttr { base: x, .. }
        | ExprKind::ViewLen(x)
        | ExprKind::Transpose(x)
        | ExprKind::ViewCopy { base: x, .. }
        | ExprKind::IsContig { base: x, .. }
        | ExprKind::ViewFromArray(x)
        | ExprKind::ViewConvert { operand: x, .. }
        | ExprKind::ArrayToView(x)
        | ExprKind::ArrayFromPtr(x)
        | ExprKind::FloatToInt(x)
        | ExprKind::Field { base: x, .. }
        | ExprKind::TupleItem { base: x, .. } => exprs_in_expr(x, f),
        ExprKind::ArrayAttr { base, index, .. } => {
            exprs_in_expr(base, f);
            if let Some(i) = index {
                exprs_in_expr(i, f);
            }
        }
        ExprKind::In { needle, items, .. } => {
            exprs_in_expr(needle, f);
            for (_, x) in items {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::StructLit(fields) => {
            for (_, x) in fields {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::Binary { left: a, right: b, .. }
        | ExprKind::And(a, b)
        | ExprKind::Or(a, b)
        | ExprKind::PtrIndex { base: a, index: b }
        | ExprKind::ViewAttrIndex { base: a, index: b, .. }
        | ExprKind::CompareTuples { left: a, right: b, .. } => {
            exprs_in_expr(a, f);
            exprs_in_expr(b, f);
        }
        ExprKind::Conditional { cond, then, orelse } => {
            exprs_in_expr(cond, f);
            exprs_in_expr(then, f);
            exprs_in_expr(orelse, f);
        }
        ExprKind::CallPtr { callee, args } => {
            exprs_in_expr(callee, f);
            for x in args {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::Compare { operands: xs, .. }
        | ExprKind::CTuple(xs)
        | ExprKind::ArrayLiteral(xs)
        | ExprKind::Call { args: xs, .. }
        | ExprKind::Builtin { args: xs, .. }
        | ExprKind::Format { args: xs, .. } => {
            for x in xs {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::ViewIndex { base, indices } => {
            exprs_in_expr(base, f);
            for x in indices {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::ViewSlice { base, items } => {
            exprs_in_expr(base, f);
            for item in items {
                match item {
                    SliceItem::Index(x) => exprs_in_expr(x, f),
                    SliceItem::Range { start, stop, step } => {
                        for x in [start, stop, step].into_iter().flatten() {
                            exprs_in_expr(x, f);
                        }
                    }
                    SliceItem::NewAxis => {}
                }
            }
        }
        ExprKind::ViewFromPtr { ptr, shape, .. } => {
            exprs_in_expr(ptr, f);
            for x in shape {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::NumpyArray(array) => {
            match &array.shape {
                crate::tir::ArrayShape::Extents(extents) => extents.iter().for_each(|x| exprs_in_expr(x, f)),
                crate::tir::ArrayShape::Like(view) => exprs_in_expr(view, f),
                crate::tir::ArrayShape::Arange { start, stop, step } => {
                    exprs_in_expr(start, f);
                    exprs_in_expr(stop, f);
                    exprs_in_expr(step, f);
                }
            }
            if let crate::tir::ArrayFill::Int(x) | crate::tir::ArrayFill::Float(x) = &array.fill {
                exprs_in_expr(x, f);
            }
        }
        ExprKind::NewArray { shape, itemsize, callback_free_data, .. } => {
            for x in shape {
                exprs_in_expr(x, f);
            }
            exprs_in_expr(itemsize, f);
            if let Some(c) = callback_free_data {
                exprs_in_expr(c, f);
            }
        }
    }
}

/// Calls `f` on every statement in `stmts`, nested ones included (parents
/// before their bodies).
pub fn stmts<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in stmts {
        f(s);
        match &s.kind {
            StmtKind::If { branches, orelse } => {
                for (_, body) in branches {
                    self::stmts(body, f);
                }
                self::stmts(orelse, f);
            }
            StmtKind::While { body, orelse, .. } | StmtKind::ForRange { body, orelse, .. } => {
                self::stmts(body, f);
                self::stmts(orelse, f);
            }
            StmtKind::Try { body, handlers, orelse, finally } => {
                self::stmts(body, f);
                for h in handlers {
                    self::stmts(&h.body, f);
                }
                self::stmts(orelse, f);
                self::stmts(finally, f);
            }
            StmtKind::Nogil { body, .. } | StmtKind::Block(body) | StmtKind::ParallelBlock { body, .. } => {
                self::stmts(body, f)
            }
            _ => {}
        }
    }
}
