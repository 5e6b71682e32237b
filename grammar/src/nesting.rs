//! How deeply a module's statements and expressions nest, measured without
//! recursion. The passes after the parser recurse over the tree (and so does
//! dropping it), so a file nested deeper than [`MAX_NESTING`] gets a
//! diagnostic instead of overflowing the stack; the compiler gives deep files
//! a larger stack ([`Module::nesting`](crate::ast::Module::nesting)).

use crate::ast::*;

/// The deepest nesting accepted. Cython itself fails on a sum of about 400
/// terms (a tree that deep); 1,000 leaves room for any program written by hand.
pub const MAX_NESTING: usize = 1000;

/// What [`measure`] finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nesting {
    /// The depth of the deepest node (a top-level statement is 1).
    pub depth: usize,
    /// The first node, in source order, deeper than the limit.
    pub too_deep: Option<Span>,
}

/// A node of the tree, for the walk's own stack.
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Type(&'a TypeExpr),
}

/// Measures `body`, noting the first node deeper than `limit`.
pub fn measure(body: &[Stmt], limit: usize) -> Nesting {
    let mut nesting = Nesting { depth: 0, too_deep: None };
    // Children are pushed in reverse so that they are visited in source order.
    let mut stack: Vec<(Node<'_>, usize)> = body.iter().rev().map(|s| (Node::Stmt(s), 1)).collect();
    let mut children: Vec<(Node<'_>, usize)> = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        nesting.depth = nesting.depth.max(depth);
        if depth > limit {
            if nesting.too_deep.is_none() {
                nesting.too_deep = Some(span_of(&node));
            }
            // Nothing below matters: the file is refused.
            continue;
        }
        children.clear();
        match node {
            Node::Stmt(s) => stmt_children(s, &mut children),
            Node::Expr(e) => expr_children(e, &mut children),
            Node::Type(t) => type_children(t, &mut children),
        }
        stack.extend(children.drain(..).rev().map(|(c, extra)| (c, depth + 1 + extra)));
    }
    nesting
}

fn span_of(node: &Node<'_>) -> Span {
    match node {
        Node::Stmt(s) => s.span,
        Node::Expr(e) => e.span,
        Node::Type(t) => t.span,
    }
}

/// Children as the walk sees them: each with the levels it sits below its
/// parent beyond the first. A flat list that lowering turns into a nested
/// chain (`elif`s, `a < b < c < …`, `except` clauses) counts one level per
/// item, as the later passes recurse.
struct Children<'a, 'o> {
    out: &'o mut Vec<(Node<'a>, usize)>,
    extra: usize,
}

impl<'a> Children<'a, '_> {
    fn push(&mut self, node: Node<'a>) {
        self.out.push((node, self.extra));
    }

    fn extend(&mut self, nodes: impl IntoIterator<Item = Node<'a>>) {
        for node in nodes {
            self.push(node);
        }
    }
}

fn stmts<'a>(body: &'a [Stmt], out: &mut Children<'a, '_>) {
    out.extend(body.iter().map(Node::Stmt));
}

fn stmt_children<'a>(s: &'a Stmt, out: &mut Vec<(Node<'a>, usize)>) {
    let out = &mut Children { out, extra: 0 };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Raise(Some(e)) => out.push(Node::Expr(e)),
        StmtKind::Assign { targets, value } => {
            out.extend(targets.iter().map(Node::Expr));
            out.push(Node::Expr(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(value));
        }
        StmtKind::CDecl(decl) => {
            for d in &decl.declarators {
                out.push(Node::Type(&d.ty));
                out.extend(d.init.as_ref().map(Node::Expr));
            }
        }
        StmtKind::CTypedef { ty, .. } => out.push(Node::Type(ty)),
        StmtKind::FusedType { members, .. } => out.extend(members.iter().map(Node::Type)),
        StmtKind::Struct(decl) => {
            for d in &decl.fields {
                out.push(Node::Type(&d.ty));
                out.extend(d.init.as_ref().map(Node::Expr));
            }
        }
        StmtKind::Enum(decl) => out.extend(decl.members.iter().filter_map(|m| m.value.as_ref()).map(Node::Expr)),
        StmtKind::Function(f) => {
            out.extend(f.decorators.iter().map(Node::Expr));
            for p in &f.params {
                out.extend(p.ty.as_ref().map(Node::Type));
                out.extend(p.default.as_ref().map(Node::Expr));
            }
            out.extend(f.return_type.as_ref().map(Node::Type));
            if let Some(ExceptClause { kind: ExceptKind::Value(e) | ExceptKind::MaybeValue(e), .. }) = &f.except {
                out.push(Node::Expr(e));
            }
            stmts(&f.body, out);
        }
        StmtKind::If { branches, orelse } => {
            // Each `elif` is an `if` inside the previous one's `else`.
            for (i, (cond, body)) in branches.iter().enumerate() {
                out.extra = i;
                out.push(Node::Expr(cond));
                stmts(body, out);
            }
            stmts(orelse.as_deref().unwrap_or_default(), out);
        }
        StmtKind::While { cond, body, orelse } => {
            out.push(Node::Expr(cond));
            stmts(body, out);
            stmts(orelse.as_deref().unwrap_or_default(), out);
        }
        StmtKind::For { target, iter, body, orelse } => {
            out.push(Node::Expr(target));
            out.push(Node::Expr(iter));
            stmts(body, out);
            stmts(orelse.as_deref().unwrap_or_default(), out);
        }
        StmtKind::Assert { cond, message } => {
            out.push(Node::Expr(cond));
            out.extend(message.as_ref().map(Node::Expr));
        }
        StmtKind::Try { body, handlers, orelse, finally } => {
            stmts(body, out);
            // The handlers are tested as an `if`/`elif` chain.
            for (i, h) in handlers.iter().enumerate() {
                out.extra = i;
                out.extend(h.ty.as_ref().map(Node::Expr));
                stmts(&h.body, out);
            }
            stmts(orelse.as_deref().unwrap_or_default(), out);
            stmts(finally.as_deref().unwrap_or_default(), out);
        }
        StmtKind::With { items, body } => {
            // Each item is a context around the next.
            for (i, item) in items.iter().enumerate() {
                out.extra = i;
                if let WithItem::Context { expr, .. } = item {
                    out.push(Node::Expr(expr));
                }
            }
            stmts(body, out);
        }
        StmtKind::Del(targets) => out.extend(targets.iter().map(Node::Expr)),
        StmtKind::Extern(block) => stmts(&block.items, out),
        StmtKind::CEnum { .. } | StmtKind::ExternStruct { .. } => {}
        StmtKind::Return(None)
        | StmtKind::Raise(None)
        | StmtKind::Class { .. }
        | StmtKind::Cimport { .. }
        | StmtKind::FromCimport { .. }
        | StmtKind::Include { .. }
        | StmtKind::Import { .. }
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Error => {}
    }
}

fn expr_children<'a>(e: &'a Expr, out: &mut Vec<(Node<'a>, usize)>) {
    let out = &mut Children { out, extra: 0 };
    match &e.kind {
        ExprKind::Unary { operand, .. } => out.push(Node::Expr(operand)),
        ExprKind::AddressOf(inner) | ExprKind::SizeofExpr(inner) => out.push(Node::Expr(inner)),
        ExprKind::Binary { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
            out.push(Node::Expr(left));
            out.push(Node::Expr(right));
        }
        ExprKind::Compare { first, rest } => {
            // `a < b < c` is `a < b and b < c`, one `and` per comparison.
            out.push(Node::Expr(first));
            for (i, (_, e)) in rest.iter().enumerate() {
                out.extra = i;
                out.push(Node::Expr(e));
            }
        }
        ExprKind::Conditional { cond, then, orelse } => {
            out.push(Node::Expr(then));
            out.push(Node::Expr(cond));
            out.push(Node::Expr(orelse));
        }
        ExprKind::Cast { ty, operand, .. } => {
            out.push(Node::Type(ty));
            out.push(Node::Expr(operand));
        }
        ExprKind::SizeofType(ty) | ExprKind::CType(ty) => out.push(Node::Type(ty)),
        ExprKind::Call { func, args } => {
            out.push(Node::Expr(func));
            out.extend(args.iter().map(|a| Node::Expr(&a.value)));
        }
        ExprKind::Attribute { value, .. } => out.push(Node::Expr(value)),
        ExprKind::Subscript { value, items } => {
            out.push(Node::Expr(value));
            for item in items {
                match item {
                    SubscriptItem::Index(e) => out.push(Node::Expr(e)),
                    SubscriptItem::Slice { start, stop, step, .. } => {
                        out.extend([start, stop, step].into_iter().flatten().map(Node::Expr));
                    }
                }
            }
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Dict(items) => {
            out.extend(items.iter().map(Node::Expr));
        }
        ExprKind::Str(s) => out.extend(s.field_values().into_iter().map(Node::Expr)),
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::CInt { .. }
        | ExprKind::Float(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Lambda
        | ExprKind::Error => {}
    }
}

fn type_children<'a>(t: &'a TypeExpr, out: &mut Vec<(Node<'a>, usize)>) {
    let out = &mut Children { out, extra: 0 };
    match &t.kind {
        TypeKind::Named(_) => {}
        TypeKind::Const(inner) | TypeKind::Pointer(inner) => out.push(Node::Type(inner)),
        TypeKind::Array { elem, len } => {
            out.push(Node::Type(elem));
            out.push(Node::Expr(len));
        }
        TypeKind::Memview { elem, axes } => {
            out.push(Node::Type(elem));
            for axis in axes {
                out.extend([&axis.start, &axis.stop, &axis.step].into_iter().flatten().map(Node::Expr));
            }
        }
        TypeKind::Buffer(buffer) => {
            out.push(Node::Type(&buffer.object));
            out.extend(buffer.dtype.iter().map(Node::Type));
        }
        TypeKind::Tuple(items) => out.extend(items.iter().map(Node::Type)),
        TypeKind::FuncPtr(f) => {
            out.push(Node::Type(&f.ret));
            out.extend(f.params.iter().map(Node::Type));
            if let Some(ExceptClause { kind: ExceptKind::Value(v) | ExceptKind::MaybeValue(v), .. }) = &f.except {
                out.push(Node::Expr(v));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_module;

    #[test]
    fn depth_counts_statements_and_expressions() {
        let m = parse_module("x = 1\n").unwrap();
        // The statement, then `x` and `1` under it.
        assert_eq!(m.nesting, 2);
        let m = parse_module("def f(double x):\n    if x:\n        return -(x + 1)\n").unwrap();
        // def > if > return > - > + > x
        assert_eq!(m.nesting, 6);
        let m = parse_module("cdef int x = 1 + 2 + 3 + 4\n").unwrap();
        // cdef > + > + > + > 1
        assert_eq!(m.nesting, 5);
        // Lowered as nested chains: the third `elif`'s body, and the last comparison, are deepest.
        let m = parse_module("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelif d:\n    pass\n").unwrap();
        assert_eq!(m.nesting, 5);
        let m = parse_module("x = a < b < c < d < e\n").unwrap();
        assert_eq!(m.nesting, 6);
    }

    #[test]
    fn deeper_than_the_limit_is_an_error_at_the_first_deep_node() {
        let source = format!("cdef int x = {}1\n", "-".repeat(MAX_NESTING + 5));
        let errors = parse_module(&source).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].code(), "E0132");
        // The statement is level 1, so the first too deep `-` is the limit's.
        assert_eq!(errors[0].span().start, "cdef int x = ".len() + MAX_NESTING - 1);
        let ok = format!("cdef int x = {}1\n", "-".repeat(MAX_NESTING - 2));
        assert_eq!(parse_module(&ok).unwrap().nesting, MAX_NESTING);
    }
}
