//! What callers outside the module see of a `def`/`cpdef` function: its
//! `.pyx` header and docstring, what each view parameter must hold (element
//! type, axis specs, `const`, `not None`), and the exceptions its body raises.
//! Both backends print their entry points and documentation from it.
//!
//! `cpdef double dot(const double[:] a, double[:, ::1] m)` →
//! `a: view of double, axes [STRIDED], const; m: view of double, axes [FOLLOW, CONTIGUOUS]`

use super::view::{axis_specs, dtype_name};
use super::{ltype, Lowerer};
use crate::lir::{self, Stmt};
use crate::tir::{self, ExceptionKind, Type};

impl Lowerer<'_> {
    /// The interface of the exported function `f`, whose lowered body is `body`.
    pub(super) fn interface(&self, f: &tir::Function, body: &[Stmt]) -> lir::Interface {
        // A function written in a `.pxd` has its span there, not in this source.
        let here = self.file_of(f.span).is_none();
        let text = if here { self.source.get(f.span.start..f.span.end).unwrap_or("") } else { "" };
        let header = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let header = header.strip_suffix(':').unwrap_or(&header).trim_end().to_string();
        let doc = match f.body.first().map(|s| &s.kind) {
            Some(tir::StmtKind::Expr(e)) => match &e.kind {
                tir::ExprKind::StrLit(text) => Some(text.clone()),
                _ => None,
            },
            _ => None,
        };
        let mut needs_unsafe = false;
        let params = f
            .params
            .iter()
            .map(|p| {
                let var = self.tir.var(p.var);
                let view = var.ty.memview().map(|m| view_interface(m, p.not_none));
                if view.is_none() && matches!(var.ty, Type::Ptr(_) | Type::CArray(..) | Type::ViewArray) {
                    needs_unsafe = true;
                }
                lir::ParamInterface { name: var.name.clone(), spelling: var.ty.display(), view }
            })
            .collect();
        let numeric = |m: &tir::MemviewType| matches!(*m.elem, Type::Int(_) | Type::Float { .. } | Type::Bint);
        let numeric_views = f.params.iter().filter_map(|p| self.tir.var(p.var).ty.memview()).all(numeric)
            && f.ret.memview().is_none_or(numeric);
        let mut raises = Vec::new();
        raised_kinds(body, &mut raises);
        lir::Interface {
            header,
            doc,
            params,
            ret_view: f.ret.memview().map(|m| view_interface(m, false)),
            raises,
            needs_unsafe,
            numeric_views,
        }
    }
}

fn view_interface(m: &tir::MemviewType, not_none: bool) -> lir::ViewInterface {
    let (elem_name, elem_group) = dtype_name(&m.elem);
    lir::ViewInterface {
        elem: ltype(&m.elem),
        elem_name,
        elem_group,
        axes: axis_specs(m),
        is_const: m.is_const,
        not_none,
    }
}

/// The kinds of the exceptions `stmts` raise or check for, first seen first.
fn raised_kinds(stmts: &[Stmt], out: &mut Vec<ExceptionKind>) {
    for s in stmts {
        match s {
            Stmt::Check { kind, .. } | Stmt::Raise { kind, .. } if !out.contains(kind) => out.push(*kind),
            Stmt::If { then, orelse, .. } => {
                raised_kinds(then, out);
                raised_kinds(orelse, out);
            }
            Stmt::Loop(body) | Stmt::For { body, .. } | Stmt::Block(body) => raised_kinds(body, out),
            Stmt::Guard { body, handler, .. } => {
                raised_kinds(body, out);
                raised_kinds(handler, out);
            }
            _ => {}
        }
    }
}
