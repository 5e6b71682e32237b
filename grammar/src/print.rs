//! A compact, readable rendering of the AST for snapshots and `--dump-ast`.
//!
//! Statements print one per line with their span; expressions print as
//! S-expressions: `x = a[i, 1:] + 2` → `assign 0..14 x = (+ (index a i (slice 1 _ _)) 2)`.

use std::fmt::Write;

use crate::ast::*;

/// Renders a whole module.
pub fn print_module(module: &Module) -> String {
    let mut p = Printer { out: String::new(), depth: 0 };
    for d in &module.directives {
        let settings: Vec<String> = d.settings.iter().map(|s| format!("{}={}", s.name.name, s.value.name)).collect();
        p.line(&format!("directives {:?} {}", d.span, settings.join(" ")));
    }
    p.block(&module.body);
    p.out
}

struct Printer {
    out: String,
    depth: usize,
}

impl Printer {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn block(&mut self, stmts: &[Stmt]) {
        self.depth += 1;
        for s in stmts {
            self.stmt(s);
        }
        self.depth -= 1;
    }

    fn stmt(&mut self, s: &Stmt) {
        let at = format!("{:?}", s.span);
        match &s.kind {
            StmtKind::Expr(e) => self.line(&format!("expr {at} {}", expr(e))),
            StmtKind::Assign { targets, value } => {
                let t: Vec<String> = targets.iter().map(expr).collect();
                self.line(&format!("assign {at} {} = {}", t.join(" = "), expr(value)))
            }
            StmtKind::AugAssign { target, op, value } => {
                self.line(&format!("augassign {at} {} {}= {}", expr(target), op.text(), expr(value)))
            }
            StmtKind::CDecl(decl) => {
                for d in &decl.declarators {
                    let init = d.init.as_ref().map(|e| format!(" = {}", expr(e))).unwrap_or_default();
                    self.line(&format!("cdef {at} {} : {}{init}", d.name.name, ty(&d.ty)));
                }
            }
            StmtKind::CTypedef { ty: t, name } => self.line(&format!("ctypedef {at} {} = {}", name.name, ty(t))),
            StmtKind::FusedType { name, members } => {
                let members: Vec<String> = members.iter().map(ty).collect();
                self.line(&format!("fused {at} {} = {}", name.name, members.join(" | ")))
            }
            StmtKind::Struct(decl) => {
                let kind = match (decl.packed, decl.union) {
                    (_, true) => "union",
                    (true, false) => "packed struct",
                    (false, false) => "struct",
                };
                let lead = if decl.typedef { "ctypedef" } else { "cdef" };
                self.line(&format!("{lead} {kind} {at} {}", decl.name.name));
                self.depth += 1;
                for d in &decl.fields {
                    let init = d.init.as_ref().map(|e| format!(" = {}", expr(e))).unwrap_or_default();
                    self.line(&format!("field {:?} {} : {}{init}", d.span, d.name.name, ty(&d.ty)));
                }
                self.depth -= 1;
            }
            StmtKind::Enum(decl) => {
                let lead = match (decl.cpdef, decl.typedef) {
                    (true, _) => "cpdef",
                    (false, true) => "ctypedef",
                    (false, false) => "cdef",
                };
                let name = decl.name.as_ref().map_or("<anonymous>", |n| n.name.as_str());
                self.line(&format!("{lead} enum {at} {name}"));
                self.depth += 1;
                for m in &decl.members {
                    let value = m.value.as_ref().map(|e| format!(" = {}", expr(e))).unwrap_or_default();
                    self.line(&format!("member {:?} {}{value}", m.name.span, m.name.name));
                }
                self.depth -= 1;
            }
            StmtKind::Function(f) => self.function(f, &at),
            StmtKind::Class { name, cdef } => {
                self.line(&format!("{}class {at} {}", if *cdef { "cdef " } else { "" }, name.name))
            }
            StmtKind::Cimport { module, alias } => {
                let alias = alias.as_ref().map(|a| format!(" as {}", a.name)).unwrap_or_default();
                self.line(&format!("cimport {at} {}{alias}", module.text()))
            }
            StmtKind::Include { path, .. } => self.line(&format!("include {at} {path:?}")),
            StmtKind::FromCimport { module, names } => {
                self.line(&format!("from-cimport {at} {} {}", module.text(), import_names(names)))
            }
            StmtKind::Import { module, alias, names } => match names {
                None => {
                    let alias = alias.as_ref().map(|a| format!(" as {}", a.name)).unwrap_or_default();
                    self.line(&format!("import {at} {}{alias}", module.text()))
                }
                Some(names) => self.line(&format!("from-import {at} {} {}", module.text(), import_names(names))),
            },
            StmtKind::If { branches, orelse } => {
                for (i, (cond, body)) in branches.iter().enumerate() {
                    let word = if i == 0 { format!("if {at}") } else { "elif".to_string() };
                    self.line(&format!("{word} {}", expr(cond)));
                    self.block(body);
                }
                self.orelse("else", orelse);
            }
            StmtKind::While { cond, body, orelse } => {
                self.line(&format!("while {at} {}", expr(cond)));
                self.block(body);
                self.orelse("else", orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.line(&format!("for {at} {} in {}", expr(target), expr(iter)));
                self.block(body);
                self.orelse("else", orelse);
            }
            StmtKind::Break => self.line(&format!("break {at}")),
            StmtKind::Continue => self.line(&format!("continue {at}")),
            StmtKind::Pass => self.line(&format!("pass {at}")),
            StmtKind::Return(e) => self.line(&format!("return {at}{}", opt(e))),
            StmtKind::Raise(e) => self.line(&format!("raise {at}{}", opt(e))),
            StmtKind::Assert { cond, message } => self.line(&format!("assert {at} {}{}", expr(cond), opt(message))),
            StmtKind::Try { body, handlers, orelse, finally } => {
                self.line(&format!("try {at}"));
                self.block(body);
                for h in handlers {
                    let ty = h.ty.as_ref().map(|t| format!(" {}", expr(t))).unwrap_or_default();
                    let name = h.name.as_ref().map(|n| format!(" as {}", n.name)).unwrap_or_default();
                    self.line(&format!("except {:?}{ty}{name}", h.span));
                    self.block(&h.body);
                }
                self.orelse("else", orelse);
                self.orelse("finally", finally);
            }
            StmtKind::With { items, body } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| match item {
                        WithItem::Nogil(_) => "nogil".to_string(),
                        WithItem::Context { expr: e, alias } => {
                            let alias = alias.as_ref().map(|a| format!(" as {}", a.name)).unwrap_or_default();
                            format!("{}{alias}", expr(e))
                        }
                    })
                    .collect();
                self.line(&format!("with {at} {}", items.join(", ")));
                self.block(body);
            }
            StmtKind::Global(names) => self.line(&format!("global {at} {}", idents(names))),
            StmtKind::Nonlocal(names) => self.line(&format!("nonlocal {at} {}", idents(names))),
            StmtKind::Del(targets) => {
                let t: Vec<String> = targets.iter().map(expr).collect();
                self.line(&format!("del {at} {}", t.join(", ")))
            }
            StmtKind::Extern(block) => {
                let header = block.header.as_deref().map_or("*".to_string(), |h| format!("{h:?}"));
                let nogil = if block.nogil.is_some() { " nogil" } else { "" };
                self.line(&format!("extern {at} from {header}{nogil}"));
                if let Some(code) = &block.verbatim {
                    self.depth += 1;
                    self.line(&format!("verbatim {code:?}"));
                    self.depth -= 1;
                }
                self.block(&block.items);
            }
            StmtKind::CEnum { name, items } => {
                let name = name.as_ref().map(|n| format!(" {}", n.name)).unwrap_or_default();
                self.line(&format!("enum {at}{name}: {}", idents(items)))
            }
            StmtKind::ExternStruct { keyword, name } => self.line(&format!("{keyword} {at} {}", name.name)),
            StmtKind::Error => self.line(&format!("error {at}")),
        }
    }

    fn orelse(&mut self, word: &str, body: &Option<Vec<Stmt>>) {
        if let Some(body) = body {
            self.line(word);
            self.block(body);
        }
    }

    fn function(&mut self, f: &FunctionDef, at: &str) {
        for d in &f.decorators {
            self.line(&format!("@{}", expr(d)));
        }
        let kind = match f.kind {
            FunctionKind::Def => "def",
            FunctionKind::Cdef => "cdef",
            FunctionKind::Cpdef => "cpdef",
        };
        let mut head = format!("{kind} {at} {}", f.name.name);
        let params: Vec<String> = f.params.iter().map(param).collect();
        write!(head, "({})", params.join(", ")).ok();
        if let Some(ret) = &f.return_type {
            write!(head, " -> {}", ty(ret)).ok();
        }
        for (flag, word) in
            [(f.inline, "inline"), (f.nogil, "nogil"), (f.noexcept, "noexcept"), (f.with_gil, "with-gil")]
        {
            if flag.is_some() {
                write!(head, " {word}").ok();
            }
        }
        if let Some(except) = &f.except {
            let clause = match &except.kind {
                ExceptKind::Value(v) => format!("except {}", expr(v)),
                ExceptKind::MaybeValue(v) => format!("except? {}", expr(v)),
                ExceptKind::Star => "except *".to_string(),
                ExceptKind::Plus => "except +".to_string(),
            };
            write!(head, " {clause}").ok();
        }
        write!(head, " header {:?}", f.header_span).ok();
        self.line(&head);
        self.block(&f.body);
    }
}

fn param(p: &Param) -> String {
    let mut s = match p.star {
        ParamStar::None => String::new(),
        ParamStar::Args => "*".to_string(),
        ParamStar::Kwargs => "**".to_string(),
    };
    s.push_str(&p.name.name);
    if let Some(t) = &p.ty {
        write!(s, ": {}", ty(t)).ok();
    }
    if p.not_none.is_some() {
        s.push_str(" not None");
    }
    if p.or_none.is_some() {
        s.push_str(" or None");
    }
    if let Some(d) = &p.default {
        write!(s, " = {}", expr(d)).ok();
    }
    s
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map(|e| format!(" {}", expr(e))).unwrap_or_default()
}

fn idents(names: &[Ident]) -> String {
    names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn import_names(names: &[ImportName]) -> String {
    names
        .iter()
        .map(|n| match &n.alias {
            Some(a) => format!("{} as {}", n.name.name, a.name),
            None => n.name.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A type as an S-expression: `(memview (const double) : ::1)`.
pub fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeKind::Named(n) => n.clone(),
        TypeKind::Const(inner) => format!("(const {})", ty(inner)),
        TypeKind::Pointer(inner) => format!("(ptr {})", ty(inner)),
        TypeKind::Array { elem, len } => format!("(array {} {})", ty(elem), expr(len)),
        TypeKind::Memview { elem, axes } => {
            let axes: Vec<String> = axes.iter().map(|a| slice_text(&a.start, &a.stop, &a.step)).collect();
            format!("(memview {} {})", ty(elem), axes.join(" "))
        }
        TypeKind::Buffer(buffer) => {
            let BufferType { object, dtype, ndim, mode } = &**buffer;
            let mut s = format!("(buffer {}", ty(object));
            if let Some(d) = dtype {
                write!(s, " {}", ty(d)).ok();
            }
            if let Some(n) = ndim {
                write!(s, " ndim={n}").ok();
            }
            if let Some(m) = mode {
                write!(s, " mode={m}").ok();
            }
            s.push(')');
            s
        }
        TypeKind::Tuple(items) => {
            let items: Vec<String> = items.iter().map(ty).collect();
            format!("(ctuple {})", items.join(" "))
        }
        TypeKind::FuncPtr(f) => {
            let params: Vec<String> = f.params.iter().map(ty).collect();
            let mut s = format!("(fnptr {} ({})", ty(&f.ret), params.join(" "));
            if f.noexcept.is_some() {
                s.push_str(" noexcept");
            }
            if f.nogil.is_some() {
                s.push_str(" nogil");
            }
            if let Some(clause) = &f.except {
                s.push_str(&match &clause.kind {
                    ExceptKind::Value(v) => format!(" (except {})", expr(v)),
                    ExceptKind::MaybeValue(v) => format!(" (except? {})", expr(v)),
                    ExceptKind::Star => " (except *)".into(),
                    ExceptKind::Plus => " (except +)".into(),
                });
            }
            s.push(')');
            s
        }
    }
}

fn slice_text(start: &Option<Expr>, stop: &Option<Expr>, step: &Option<Expr>) -> String {
    let part = |e: &Option<Expr>| e.as_ref().map(expr).unwrap_or_else(|| "_".to_string());
    format!("(slice {} {} {})", part(start), part(stop), part(step))
}

/// An f-string's parts: text as a quoted string, a field as
/// `(field VALUE [= "x="] [!r] [: PARTS])`.
fn fstring_parts(parts: &[FStringPart]) -> String {
    let items: Vec<String> = parts
        .iter()
        .map(|part| match part {
            FStringPart::Text(t) => format!("{t:?}"),
            FStringPart::Field(f) => {
                let mut text = format!("(field {}", expr(&f.value));
                if let Some(debug) = &f.debug {
                    let _ = write!(text, " = {debug:?}");
                }
                if let Some(c) = f.conversion {
                    let _ = write!(text, " !{c}");
                }
                if let Some(spec) = &f.spec {
                    let _ = write!(text, " : {}", fstring_parts(spec));
                }
                text.push(')');
                text
            }
        })
        .collect();
    format!("[{}]", items.join(" "))
}

/// An expression as an S-expression.
pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(v) => v.to_string(),
        ExprKind::CInt { value, suffix_type } => format!("(literal {value} {suffix_type:?})"),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Str(s) if s.format => format!("(fstring {})", fstring_parts(&s.parts)),
        ExprKind::Str(s) => {
            let prefix = if s.bytes { "b" } else { "" };
            format!("{prefix}{:?}", s.value)
        }
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        ExprKind::None => "None".to_string(),
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::Unary { op, operand } => {
            let op = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not",
            };
            format!("({op} {})", expr(operand))
        }
        ExprKind::AddressOf(inner) => format!("(& {})", expr(inner)),
        ExprKind::Binary { op, left, right } => format!("({} {} {})", op.text(), expr(left), expr(right)),
        ExprKind::BoolOp { op, left, right } => {
            let op = match op {
                BoolOp::And => "and",
                BoolOp::Or => "or",
            };
            format!("({op} {} {})", expr(left), expr(right))
        }
        ExprKind::Compare { first, rest } => {
            let mut s = format!("(cmp {}", expr(first));
            for (op, operand) in rest {
                let op = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Gt => ">",
                    CmpOp::Le => "<=",
                    CmpOp::Ge => ">=",
                    CmpOp::Eq => "==",
                    CmpOp::NotEq => "!=",
                    CmpOp::Is => "is",
                    CmpOp::IsNot => "is-not",
                    CmpOp::In => "in",
                    CmpOp::NotIn => "not-in",
                };
                write!(s, " {op} {}", expr(operand)).ok();
            }
            s.push(')');
            s
        }
        ExprKind::Conditional { cond, then, orelse } => {
            format!("(if {} {} {})", expr(cond), expr(then), expr(orelse))
        }
        ExprKind::Cast { ty: t, operand, checked } => {
            format!("(cast{} {} {})", if *checked { "?" } else { "" }, ty(t), expr(operand))
        }
        ExprKind::SizeofType(t) => format!("(sizeof-type {})", ty(t)),
        ExprKind::CType(t) => format!("(type {})", ty(t)),
        ExprKind::SizeofExpr(inner) => format!("(sizeof {})", expr(inner)),
        ExprKind::Call { func, args } => {
            let mut s = format!("(call {}", expr(func));
            for a in args {
                let star = match a.star {
                    ParamStar::None => "",
                    ParamStar::Args => "*",
                    ParamStar::Kwargs => "**",
                };
                match &a.keyword {
                    Some(k) => write!(s, " {}={}", k.name, expr(&a.value)).ok(),
                    None => write!(s, " {star}{}", expr(&a.value)).ok(),
                };
            }
            s.push(')');
            s
        }
        ExprKind::Attribute { value, attr } => format!("{}.{}", expr(value), attr.name),
        ExprKind::Subscript { value, items } => {
            let mut s = format!("(index {}", expr(value));
            for item in items {
                match item {
                    SubscriptItem::Index(e) => write!(s, " {}", expr(e)).ok(),
                    SubscriptItem::Slice { start, stop, step, .. } => {
                        write!(s, " {}", slice_text(start, stop, step)).ok()
                    }
                };
            }
            s.push(')');
            s
        }
        ExprKind::Tuple(items) => format!("(tuple {})", items.iter().map(expr).collect::<Vec<_>>().join(" ")),
        ExprKind::List(items) => format!("(list {})", items.iter().map(expr).collect::<Vec<_>>().join(" ")),
        ExprKind::Dict(items) => format!("(dict {})", items.iter().map(expr).collect::<Vec<_>>().join(" ")),
        ExprKind::Lambda => "(lambda)".to_string(),
        ExprKind::Error => "(error)".to_string(),
    }
}
