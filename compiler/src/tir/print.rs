//! A readable rendering of the typed IR, for snapshots and `cytrus check --dump-tir`.
//!
//! Every expression shows its type after a colon; conversions are explicit:
//! `x = v[i] + 1` → `x = (+ (index v (convert i : Py_ssize_t)) : double (convert 1 : double)) : double`.
//! Statements whose directives differ from Cython's defaults say so in brackets.

use std::fmt::Write;

use super::*;

/// Renders a whole module.
pub fn print_module(m: &Module) -> String {
    let mut p = Printer { m, out: String::new(), depth: 0 };
    writeln!(p.out, "module {}", m.name).ok();
    for s in &m.structs {
        let kind = match (s.union, s.packed) {
            (true, _) => "union",
            (false, true) => "packed struct",
            (false, false) => "struct",
        };
        let fields: Vec<String> = s.fields.iter().map(|f| format!("{}: {}", f.name, f.ty.display())).collect();
        writeln!(p.out, "{kind} {} {{ {} }}", s.name, fields.join(", ")).ok();
    }
    for e in &m.enums {
        let members: Vec<String> = e.members.iter().map(|(n, v)| format!("{n}={v}")).collect();
        let lead = if e.cpdef { "cpdef enum" } else { "enum" };
        writeln!(p.out, "{lead} {} {{ {} }}", e.name.as_deref().unwrap_or("<anonymous>"), members.join(", ")).ok();
    }
    for (i, v) in m.vars.iter().enumerate() {
        if v.scope == VarScope::Global {
            let how = if v.declared { "cdef" } else { "inferred" };
            writeln!(p.out, "global {} : {} ({how}) v{i}", v.name, v.ty.display()).ok();
        }
    }
    for (i, f) in m.functions.iter().enumerate() {
        p.function(FuncId(i as u32), f);
    }
    p.out.push_str("init\n");
    p.block(&m.init);
    p.out
}

struct Printer<'m> {
    m: &'m Module,
    out: String,
    depth: usize,
}

impl Printer<'_> {
    fn line(&mut self, text: &str) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn function(&mut self, _id: FuncId, f: &Function) {
        let kind = match f.kind {
            FunctionKind::Def => "def",
            FunctionKind::Cdef => "cdef",
            FunctionKind::Cpdef => "cpdef",
        };
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let v = self.m.var(p.var);
                let mut s = format!("{}: {}", v.name, v.ty.display());
                if p.not_none {
                    s.push_str(" not None");
                }
                if let Some(d) = &p.default {
                    write!(s, " = {}", self.expr(d)).ok();
                }
                s
            })
            .collect();
        let mut head = format!("{kind} {}({}) -> {}", f.name, params.join(", "), f.ret.display());
        match &f.error_return {
            ErrorReturn::None => head.push_str(" noexcept"),
            ErrorReturn::Always => head.push_str(" except *"),
            ErrorReturn::Value(v) => write!(head, " except {}", const_text(v)).unwrap_or(()),
            ErrorReturn::MaybeValue(v) => write!(head, " except? {}", const_text(v)).unwrap_or(()),
        }
        for (flag, word) in [(f.nogil, "nogil"), (f.with_gil, "with gil"), (f.inline, "inline")] {
            if flag {
                write!(head, " {word}").ok();
            }
        }
        self.line(&head);
        let locals: Vec<String> = self
            .m
            .vars
            .iter()
            .filter(|v| matches!(v.scope, VarScope::Local(fid) if self.m.function(fid).name == f.name))
            .map(|v| format!("{}: {}{}", v.name, v.ty.display(), if v.declared { "" } else { " (inferred)" }))
            .collect();
        if !locals.is_empty() {
            self.depth += 1;
            self.line(&format!("locals {}", locals.join(", ")));
            self.depth -= 1;
        }
        self.block(&f.body);
    }

    fn block(&mut self, stmts: &[Stmt]) {
        self.depth += 1;
        for s in stmts {
            self.stmt(s);
        }
        self.depth -= 1;
    }

    fn stmt(&mut self, s: &Stmt) {
        let d = directives_text(&s.directives);
        let text = match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { target, value } => format!("{} = {}", self.expr(target), self.expr(value)),
            StmtKind::FillView { target, value } => format!("fill {} with {}", self.expr(target), self.expr(value)),
            StmtKind::CopyView { target, value } => format!("copy {} into {}", self.expr(value), self.expr(target)),
            StmtKind::AugAssign { target, op, value, ty } => {
                format!("{} {}= {} in {}", self.expr(target), bin_text(*op), self.expr(value), ty.display())
            }
            StmtKind::If { branches, orelse } => {
                for (i, (cond, body)) in branches.iter().enumerate() {
                    let word = if i == 0 { "if" } else { "elif" };
                    let c = self.expr(cond);
                    self.line(&format!("{word} {c}{d}"));
                    self.block(body);
                }
                if !orelse.is_empty() {
                    self.line("else");
                    self.block(orelse);
                }
                return;
            }
            StmtKind::While { cond, body, orelse } => {
                let c = self.expr(cond);
                self.line(&format!("while {c}{d}"));
                self.block(body);
                self.orelse(orelse);
                return;
            }
            StmtKind::ForRange { var, start, stop, step, ty, body, orelse, parallel } => {
                let header = format!(
                    "for {} in {}({}, {}, {}) in {}{d}",
                    self.m.var(*var).name,
                    if parallel.is_some() { "prange" } else { "range" },
                    self.expr(start),
                    self.expr(stop),
                    self.expr(step),
                    ty.display()
                );
                let mut header = header;
                if let Some(p) = parallel {
                    if let Some(schedule) = p.schedule {
                        header.push_str(&format!(" schedule={schedule:?}"));
                    }
                    for (var, op) in &p.reductions {
                        header.push_str(&format!(" reduction({}:{})", bin_text(*op), self.m.var(*var).name));
                    }
                }
                self.line(&header);
                self.block(body);
                self.orelse(orelse);
                return;
            }
            StmtKind::Break => "break".into(),
            StmtKind::Continue => "continue".into(),
            StmtKind::Pass => "pass".into(),
            StmtKind::Return(v) => match v {
                Some(v) => format!("return {}", self.expr(v)),
                None => "return".into(),
            },
            StmtKind::Raise(r) => match r {
                None => "raise".into(),
                Some(r) => match &r.message {
                    Some(m) => format!("raise {}({})", r.kind.name(), self.expr(m)),
                    None => format!("raise {}", r.kind.name()),
                },
            },
            StmtKind::Assert { cond, message } => match message {
                Some(m) => format!("assert {}, {}", self.expr(cond), self.expr(m)),
                None => format!("assert {}", self.expr(cond)),
            },
            StmtKind::Try { body, handlers, orelse, finally } => {
                self.line(&format!("try{d}"));
                self.block(body);
                for h in handlers {
                    let kinds: Vec<&str> = h.kinds.iter().map(|k| k.name()).collect();
                    let name = h.name.map(|v| format!(" as {}", self.m.var(v).name)).unwrap_or_default();
                    self.line(&format!(
                        "except {}{name}",
                        if kinds.is_empty() { "*".into() } else { kinds.join(", ") }
                    ));
                    self.block(&h.body);
                }
                if !orelse.is_empty() {
                    self.line("else");
                    self.block(orelse);
                }
                if !finally.is_empty() {
                    self.line("finally");
                    self.block(finally);
                }
                return;
            }
            StmtKind::Nogil { body, release } => {
                self.line(&format!("{}{d}", if *release { "with nogil" } else { "with gil" }));
                self.block(body);
                return;
            }
            StmtKind::ParallelBlock { num_threads, body } => {
                let n = num_threads.as_ref().map(|n| format!("num_threads={}", self.expr(n))).unwrap_or_default();
                self.line(&format!("parallel({n}){d}"));
                self.block(body);
                return;
            }
            StmtKind::Block(body) => {
                self.line(&format!("block{d}"));
                self.block(body);
                return;
            }
            StmtKind::SetArrayData { array, data } => format!("{}.data = {}", self.expr(array), self.expr(data)),
            StmtKind::SetArrayCallbackFree { array } => format!("{}.callback_free_data = free", self.expr(array)),
            StmtKind::Print { args, sep, end } => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                format!("print({}) sep={sep:?} end={end:?}", args.join(", "))
            }
        };
        self.line(&format!("{text}{d}"));
    }

    fn orelse(&mut self, orelse: &[Stmt]) {
        if !orelse.is_empty() {
            self.line("else");
            self.block(orelse);
        }
    }

    fn expr(&self, e: &Expr) -> String {
        let ty = e.ty.display();
        match &e.kind {
            ExprKind::IntLit(v) => format!("{v}:{ty}"),
            ExprKind::FloatLit(v) => format!("{v:?}"),
            ExprKind::BoolLit(b) => if *b { "True" } else { "False" }.into(),
            ExprKind::StrLit(s) => format!("{s:?}"),
            ExprKind::NoneLit => "None".into(),
            ExprKind::Null => "NULL".into(),
            ExprKind::ThreadId => "threadid()".into(),
            ExprKind::MathConst(c) => c.to_string(),
            ExprKind::Var(v) => self.m.var(*v).name.clone(),
            ExprKind::Unary { op, operand } => {
                let op = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Pos => "+",
                    UnaryOp::Invert => "~",
                    UnaryOp::Not => "not",
                };
                format!("({op} {}):{ty}", self.expr(operand))
            }
            ExprKind::Binary { op, left, right } => {
                format!("({} {} {}):{ty}", bin_text(*op), self.expr(left), self.expr(right))
            }
            ExprKind::Compare { operands, ops } => {
                let mut s = String::from("(cmp");
                for (i, op) in ops.iter().enumerate() {
                    let op = cmp_text(*op);
                    write!(s, " {} {op} {}", self.expr(&operands[2 * i]), self.expr(&operands[2 * i + 1])).ok();
                }
                s.push(')');
                s
            }
            ExprKind::IsNone { operand, negated } => {
                format!("({} {})", if *negated { "is-not-none" } else { "is-none" }, self.expr(operand))
            }
            ExprKind::And(a, b) => format!("(and {} {}):{ty}", self.expr(a), self.expr(b)),
            ExprKind::Or(a, b) => format!("(or {} {}):{ty}", self.expr(a), self.expr(b)),
            ExprKind::Conditional { cond, then, orelse } => {
                format!("(if {} {} {}):{ty}", self.expr(cond), self.expr(then), self.expr(orelse))
            }
            ExprKind::Convert(inner) => format!("(convert {} : {ty})", self.expr(inner)),
            ExprKind::ConvertChecked(inner) => format!("(convert-checked {} : {ty})", self.expr(inner)),
            ExprKind::Cast(inner) => format!("(cast {} : {ty})", self.expr(inner)),
            ExprKind::Call { func, args } => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                format!("(call {} {}):{ty}", self.m.function(*func).name, args.join(" "))
            }
            ExprKind::BytesLit(b) => format!("(bytes {:?}):{ty}", String::from_utf8_lossy(b)),
            ExprKind::CallPtr { callee, args } => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                format!("(call-pointer {} {}):{ty}", self.expr(callee), args.join(" "))
            }
            ExprKind::Builtin { builtin, args } => {
                let args: Vec<String> = args.iter().map(|a| self.expr(a)).collect();
                let name = match builtin {
                    Builtin::Math(f) => f.to_string(),
                    other => format!("{other:?}").to_lowercase(),
                };
                format!("({name} {}):{ty}", args.join(" "))
            }
            ExprKind::FloatToInt(inner) => format!("(int {}):{ty}", self.expr(inner)),
            ExprKind::In { needle, items, negated } => {
                let items: Vec<String> = items.iter().map(|(_, x)| self.expr(x)).collect();
                let op = if *negated { "not-in" } else { "in" };
                format!("({op} {} ({})):{ty}", self.expr(needle), items.join(" "))
            }
            ExprKind::Format { args, pieces } => {
                let pieces: Vec<String> = pieces
                    .iter()
                    .map(|p| match p {
                        FormatPiece::Text(t) => format!("{t:?}"),
                        FormatPiece::Value { arg, how, spec } => {
                            format!("{how:?}({}, {spec:?})", self.expr(&args[*arg]))
                        }
                    })
                    .collect();
                format!("(format {}):{ty}", pieces.join(" "))
            }
            ExprKind::Sizeof(t) => format!("(sizeof {})", t.display()),
            ExprKind::AddressOf(inner) => format!("(& {}):{ty}", self.expr(inner)),
            ExprKind::PtrIndex { base, index } => format!("(deref {} {}):{ty}", self.expr(base), self.expr(index)),
            ExprKind::Field { base, field } => {
                let name = match &base.ty {
                    crate::tir::Type::Struct(d) => self.m.structs[d.id as usize].fields[*field].name.clone(),
                    _ => field.to_string(),
                };
                format!("(field {} {name}):{ty}", self.expr(base))
            }
            ExprKind::StructLit(fields) => {
                let fields: Vec<String> = fields.iter().map(|(i, x)| format!("{i}={}", self.expr(x))).collect();
                format!("(struct {}):{ty}", fields.join(" "))
            }
            ExprKind::ViewIndex { base, indices } => {
                let idx: Vec<String> = indices.iter().map(|i| self.expr(i)).collect();
                format!("(index {} {}):{ty}", self.expr(base), idx.join(" "))
            }
            ExprKind::ViewSlice { base, items } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| match item {
                        SliceItem::Index(i) => self.expr(i),
                        SliceItem::NewAxis => "None".into(),
                        SliceItem::Range { start, stop, step } => {
                            let part = |e: &Option<Expr>| e.as_ref().map(|e| self.expr(e)).unwrap_or_default();
                            format!("{}:{}:{}", part(start), part(stop), part(step))
                        }
                    })
                    .collect();
                format!("(slice {} [{}]):{ty}", self.expr(base), items.join(", "))
            }
            ExprKind::ViewAttrIndex { base, attr, index } => {
                format!("({}[{}] {})", attr_text(*attr), self.expr(index), self.expr(base))
            }
            ExprKind::ViewAttrArray { base, attr } => format!("({} {})", attr_text(*attr), self.expr(base)),
            ExprKind::ViewObjectAttr { base, attr } => format!("({} {})", attr.name(), self.expr(base)),
            ExprKind::ArrayFromPtr(view) => format!("(array-from {})", self.expr(view)),
            ExprKind::ArrayAttr { base, attr, index } => match index {
                Some(i) => format!("(array-{attr:?} {} {})", self.expr(base), self.expr(i)),
                None => format!("(array-{attr:?} {})", self.expr(base)),
            },
            ExprKind::ViewLen(b) => format!("(len {})", self.expr(b)),
            ExprKind::Transpose(b) => format!("(transpose {}):{ty}", self.expr(b)),
            ExprKind::ViewCopy { base, fortran } => {
                format!("({} {}):{ty}", if *fortran { "copy-fortran" } else { "copy" }, self.expr(base))
            }
            ExprKind::IsContig { base, fortran } => {
                format!("({} {})", if *fortran { "is-f-contig" } else { "is-c-contig" }, self.expr(base))
            }
            ExprKind::ViewFromPtr { ptr, shape, fortran } => {
                let shape: Vec<String> = shape.iter().map(|s| self.expr(s)).collect();
                let order = if *fortran { "fortran" } else { "c" };
                format!("(view-of-pointer {} shape=[{}] {order}):{ty}", self.expr(ptr), shape.join(", "))
            }
            ExprKind::ViewFromArray(a) => format!("(view-of-array {}):{ty}", self.expr(a)),
            ExprKind::ViewConvert { operand, checked } => {
                format!(
                    "({} {}):{ty}",
                    if *checked { "view-convert-checked" } else { "view-convert" },
                    self.expr(operand)
                )
            }
            ExprKind::NewArray { shape, itemsize, format, fortran, allocate_buffer, .. } => {
                let shape: Vec<String> = shape.iter().map(|s| self.expr(s)).collect();
                format!(
                    "(new-array shape=[{}] itemsize={} format={format:?} mode={}{}):{ty}",
                    shape.join(", "),
                    self.expr(itemsize),
                    if *fortran { "fortran" } else { "c" },
                    if *allocate_buffer { "" } else { " no-buffer" }
                )
            }
            ExprKind::NumpyArray(array) => {
                let shape = match &array.shape {
                    crate::tir::ArrayShape::Extents(extents) => {
                        format!("[{}]", extents.iter().map(|s| self.expr(s)).collect::<Vec<_>>().join(", "))
                    }
                    crate::tir::ArrayShape::Like(view) => format!("like {}", self.expr(view)),
                    crate::tir::ArrayShape::Arange { start, stop, step } => {
                        format!("arange {} {} {}", self.expr(start), self.expr(stop), self.expr(step))
                    }
                };
                let fill = match &array.fill {
                    crate::tir::ArrayFill::Zeros => String::new(),
                    crate::tir::ArrayFill::Int(x) | crate::tir::ArrayFill::Float(x) => {
                        format!(" fill={}", self.expr(x))
                    }
                };
                format!(
                    "(numpy-array shape={shape} dtype={}/{:?} order={:?}{fill}):{ty}",
                    array.dtype.elem.display(),
                    array.dtype.format,
                    array.order
                )
            }
            ExprKind::ArrayToView(a) => format!("(array-as-view {}):{ty}", self.expr(a)),
            ExprKind::FuncRef(f) => self.m.function(*f).name.clone(),
            ExprKind::CTuple(items) => {
                let items: Vec<String> = items.iter().map(|i| self.expr(i)).collect();
                format!("(ctuple {}):{ty}", items.join(" "))
            }
            ExprKind::ArrayLiteral(items) => {
                let items: Vec<String> = items.iter().map(|i| self.expr(i)).collect();
                format!("(array {}):{ty}", items.join(" "))
            }
            ExprKind::TupleItem { base, index } => format!("(item {} {index}):{ty}", self.expr(base)),
            ExprKind::CompareTuples { op, left, right, .. } => {
                format!("(cmp-tuples {} {} {})", cmp_text(*op), self.expr(left), self.expr(right))
            }
            ExprKind::ExceptionClass(k) => k.name().into(),
            ExprKind::Error => "<error>".into(),
        }
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Gt => ">",
        CmpOp::Le => "<=",
        CmpOp::Ge => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
    }
}

fn const_text(v: &ConstValue) -> String {
    match v {
        ConstValue::Int(i) => i.to_string(),
        ConstValue::Float(f) => format!("{f:?}"),
    }
}

fn bin_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::CDiv => "c/",
        BinOp::CMod => "c%",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
    }
}

fn attr_text(a: ViewAttr) -> &'static str {
    match a {
        ViewAttr::Shape => "shape",
        ViewAttr::Strides => "strides",
        ViewAttr::Suboffsets => "suboffsets",
    }
}

/// `  [boundscheck=False cdivision=True]` for directives that differ from the defaults.
fn directives_text(d: &Directives) -> String {
    let default = Directives::default();
    let mut parts = Vec::new();
    for (name, value, def) in [
        ("boundscheck", d.boundscheck, default.boundscheck),
        ("wraparound", d.wraparound, default.wraparound),
        ("cdivision", d.cdivision, default.cdivision),
        ("initializedcheck", d.initializedcheck, default.initializedcheck),
        ("nonecheck", d.nonecheck, default.nonecheck),
    ] {
        if value != def {
            parts.push(format!("{name}={}", if value { "True" } else { "False" }));
        }
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("  [{}]", parts.join(" "))
    }
}
