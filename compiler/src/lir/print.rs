//! A readable rendering of the lowered IR, for `SOURCE / LIR` snapshots: what
//! lowering decided, before either backend spells it.
//!
//! Every value shows its type where it is not obvious; conversions are
//! explicit (`(cast long i)`, or `(as long i)` when C makes it implicitly):
//! `v[i] = x` on `double[::1]` →
//! `check (>= (as size_t i) (as size_t v.shape[0])) IndexError "Out of bounds on buffer access (axis 0)"`,
//! then `store v[i contiguous checked] = x`.

use std::fmt::Write;

use super::*;

/// Renders a whole module.
pub fn print_module(m: &Module) -> String {
    let mut p = Printer { m, out: String::new(), depth: 0 };
    writeln!(p.out, "module {} ({})", m.name, m.file).ok();
    for s in &m.structs {
        let kind = match (s.union, s.packed) {
            (true, _) => "union",
            (false, true) => "packed struct",
            (false, false) => "struct",
        };
        let fields: Vec<String> = s.fields.iter().map(|f| format!("{}: {}", f.name, type_name(&f.ty))).collect();
        writeln!(p.out, "{kind} {} {{ {} }}", s.name, fields.join(", ")).ok();
    }
    for g in &m.globals {
        writeln!(p.out, "global {} : {}", g.name, type_name(&g.ty)).ok();
    }
    for f in &m.functions {
        p.function(f);
    }
    p.function(&m.init);
    p.out
}

/// A type as the printer shows it (C's spelling).
pub fn type_name(t: &LType) -> String {
    match t {
        LType::Int(k) => k.c_name().to_string(),
        LType::Float(32) => "float".into(),
        LType::Float(_) => "double".into(),
        LType::Bint => "bint".into(),
        LType::Bool => "bool".into(),
        LType::Int128 => "pyint".into(),
        LType::Ptr(inner) => format!("{}*", type_name(inner)),
        LType::Array(inner, n) => format!("{}[{n}]", type_name(inner)),
        LType::Slice => "slice".into(),
        LType::ErrorRef => "error".into(),
        LType::Str => "str".into(),
        LType::Struct(name) => name.clone(),
        LType::Void => "void".into(),
        LType::Tuple(fields) => {
            let fields: Vec<String> = fields.iter().map(type_name).collect();
            format!("({})", fields.join(", "))
        }
        LType::FnPtr(f) => {
            let params: Vec<String> = f.params.iter().map(type_name).collect();
            format!("fn({}) -> {}", params.join(", "), type_name(&f.ret))
        }
    }
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

    fn function(&mut self, f: &Function) {
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| {
                let l = &f.locals[p.0 as usize];
                format!("{}: {}", l.name, type_name(&l.ty))
            })
            .collect();
        let visibility = match f.visibility {
            Visibility::Private => "private",
            Visibility::Exported => "exported",
        };
        let error = match &f.error {
            ErrorConvention::NoExcept => "noexcept".to_string(),
            ErrorConvention::Value(v) => format!("except {}", self.value(f, v)),
            ErrorConvention::MaybeValue(v) => format!("except? {}", self.value(f, v)),
            ErrorConvention::Indicator => "except *".to_string(),
        };
        let inline = if f.inline { " inline" } else { "" };
        self.line(&format!(
            "fn {} ({visibility}{inline}, {error}) ({}) -> {}   # {}, line {}",
            f.symbol,
            params.join(", "),
            type_name(&f.ret),
            f.name,
            f.line
        ));
        self.depth += 1;
        for (i, l) in f.locals.iter().enumerate() {
            if f.params.contains(&LocalId(i as u32)) {
                continue;
            }
            let temp = if l.temp { " (temp)" } else { "" };
            self.line(&format!("local {} : {}{temp}", l.name, type_name(&l.ty)));
        }
        self.stmts(f, &f.body);
        self.depth -= 1;
    }

    fn stmts(&mut self, f: &Function, body: &[Stmt]) {
        for s in body {
            self.stmt(f, s);
        }
    }

    fn block(&mut self, f: &Function, head: &str, body: &[Stmt]) {
        self.line(head);
        self.depth += 1;
        self.stmts(f, body);
        self.depth -= 1;
    }

    fn stmt(&mut self, f: &Function, s: &Stmt) {
        match s {
            Stmt::Line(n) => self.line(&format!("# line {n}")),
            Stmt::Note(text) => self.line(&format!("# note: {text}")),
            Stmt::Assign { place, value } => {
                let text = format!("{} = {}", self.place(f, place), self.value(f, value));
                self.line(&text);
            }
            Stmt::CallPtr { dest, callee, args } => {
                let args: Vec<String> = args.iter().map(|a| self.value(f, a)).collect();
                let call = format!("call *{}({})", self.value(f, callee), args.join(", "));
                let text = match dest {
                    Some(d) => format!("{} = {call}", self.place(f, d)),
                    None => call,
                };
                self.line(&text);
            }
            Stmt::Call { dest, func, args } => {
                let callee = &self.m.functions[func.0 as usize];
                let args: Vec<String> = args.iter().map(|a| self.value(f, a)).collect();
                let call = format!("call {}({})", callee.symbol, args.join(", "));
                let text = match dest {
                    Some(d) => format!("{} = {call}", self.place(f, d)),
                    None => call,
                };
                self.line(&text);
            }
            Stmt::Runtime { dest, func, args, checked } => {
                let sig = func.signature();
                let args: Vec<String> = args.iter().map(|a| self.runtime_arg(f, a)).collect();
                let mut text = format!("runtime {}({})", sig.c_name, args.join(", "));
                if let Some(d) = dest {
                    text = format!("{} = {text}", self.place(f, d));
                }
                if *checked {
                    text.push_str(" or fail");
                }
                self.line(&text);
            }
            Stmt::Check { fail_if, kind, message } => {
                let text = format!("check {} -> {} {}", self.value(f, fail_if), kind.name(), self.message(f, message));
                self.line(&text);
            }
            Stmt::Raise { kind, message } => {
                let m = message.as_ref().map(|m| format!(" {}", self.message(f, m))).unwrap_or_default();
                self.line(&format!("raise {}{m}", kind.name()));
            }
            Stmt::Reraise(l) => self.line(&format!("reraise {}", f.locals[l.0 as usize].name)),
            Stmt::FailIf(c) => {
                let text = format!("fail if {}", self.value(f, c));
                self.line(&text);
            }
            Stmt::Fail => self.line("fail"),
            Stmt::If { cond, then, orelse } => {
                let head = format!("if {}", self.value(f, cond));
                self.block(f, &head, then);
                if !orelse.is_empty() {
                    self.block(f, "else", orelse);
                }
            }
            Stmt::Loop(body) => self.block(f, "loop", body),
            Stmt::Parallel(p) => {
                let name = |l: &LocalId| f.locals[l.0 as usize].name.clone();
                let names = |ls: &[LocalId]| ls.iter().map(name).collect::<Vec<_>>().join(", ");
                let mut head =
                    format!("parallel for {} < {}; schedule {:?}", name(&p.index), name(&p.count), p.schedule);
                if let Some(c) = &p.chunksize {
                    head.push_str(&format!(", chunk {}", self.value(f, c)));
                }
                if let Some(n) = &p.num_threads {
                    head.push_str(&format!(", threads {}", self.value(f, n)));
                }
                for r in &p.reductions {
                    head.push_str(&format!(", reduce {:?} {}", r.op, name(&r.local)));
                }
                if !p.lastprivate.is_empty() {
                    head.push_str(&format!(", lastprivate {}", names(&p.lastprivate)));
                }
                if !p.private.is_empty() {
                    head.push_str(&format!(", private {}", names(&p.private)));
                }
                if !p.shared.is_empty() {
                    head.push_str(&format!(", shared {}", names(&p.shared)));
                }
                if !p.through_pointer.is_empty() {
                    head.push_str(&format!(", through pointer {}", names(&p.through_pointer)));
                }
                let e = &p.exit;
                head.push_str(&format!(", exit {} {}", name(&e.why), name(&e.error)));
                if let Some(r) = &e.ret {
                    head.push_str(&format!(" {}", name(r)));
                }
                head.push_str(&format!(" -> {} {}", name(&e.team_why), name(&e.team_error)));
                if let Some(r) = &e.team_ret {
                    head.push_str(&format!(" {}", name(r)));
                }
                if p.module_state {
                    head.push_str(", module state");
                }
                if p.in_team {
                    head.push_str(", in team");
                }
                self.block(f, &head, &p.body);
            }
            Stmt::ParallelBlock(p) => {
                let name = |l: &LocalId| f.locals[l.0 as usize].name.clone();
                let names = |ls: &[LocalId]| ls.iter().map(name).collect::<Vec<_>>().join(", ");
                let mut head = String::from("parallel block");
                if let Some(n) = &p.num_threads {
                    head.push_str(&format!(", threads {}", self.value(f, n)));
                }
                for r in &p.reductions {
                    head.push_str(&format!(", reduce {:?} {}", r.op, name(&r.local)));
                }
                for (what, ls) in [
                    ("lastprivate", &p.lastprivate),
                    ("firstprivate", &p.firstprivate),
                    ("private", &p.private),
                    ("shared", &p.shared),
                    ("through pointer", &p.through_pointer),
                    ("shared written", &p.shared_written),
                ] {
                    if !ls.is_empty() {
                        head.push_str(&format!(", {what} {}", names(ls)));
                    }
                }
                let e = &p.exit;
                head.push_str(&format!(", exit {} {}", name(&e.why), name(&e.error)));
                if let Some(r) = &e.ret {
                    head.push_str(&format!(" {}", name(r)));
                }
                head.push_str(&format!(" -> {} {}", name(&e.team_why), name(&e.team_error)));
                if let Some(r) = &e.team_ret {
                    head.push_str(&format!(" {}", name(r)));
                }
                if p.module_state {
                    head.push_str(", module state");
                }
                self.block(f, &head, &p.body);
            }
            Stmt::For { counter, start, stop, step, ascending, wrap, body } => {
                let head = format!(
                    "for {} = {}; {} {}; += {}{}",
                    f.locals[counter.0 as usize].name,
                    self.value(f, start),
                    if *ascending { "<" } else { ">" },
                    self.value(f, stop),
                    self.value(f, step),
                    wrap.as_ref().map(|t| format!(" wrapping in {t:?}")).unwrap_or_default()
                );
                self.block(f, &head, body);
            }
            Stmt::Break => self.line("break"),
            Stmt::Continue => self.line("continue"),
            Stmt::Return(v) => match v {
                Some(v) => {
                    let text = format!("return {}", self.value(f, v));
                    self.line(&text);
                }
                None => self.line("return"),
            },
            Stmt::Guard { body, handler, frame } => {
                self.block(f, "guard", body);
                let head = match frame {
                    Some(name) => format!("on error (traceback frame {name})"),
                    None => "on error".to_string(),
                };
                self.block(f, &head, handler);
            }
            Stmt::FetchError(l) => self.line(&format!("{} = fetch error", f.locals[l.0 as usize].name)),
            Stmt::RestoreError(l) => self.line(&format!("restore error {}", f.locals[l.0 as usize].name)),
            Stmt::DropError(l) => self.line(&format!("drop error {}", f.locals[l.0 as usize].name)),
            Stmt::ClearError => self.line("clear error"),
            Stmt::CopySlice { dst, src, ndim } => {
                let text = format!("{} = copy {} ({ndim} axes)", self.place(f, dst), self.place(f, src));
                self.line(&text);
            }
            Stmt::Acquire(p) => {
                let text = format!("acquire {}", self.place(f, p));
                self.line(&text);
            }
            Stmt::Release(p) => {
                let text = format!("release {}", self.place(f, p));
                self.line(&text);
            }
            Stmt::WriteUnraisable(name) => self.line(&format!("write unraisable {name}")),
            Stmt::Print(items) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| match item {
                        PrintItem::Text(t) => format!("{t:?}"),
                        PrintItem::Double(v) => format!("double {}", self.value(f, v)),
                        PrintItem::Signed(v) => format!("signed {}", self.value(f, v)),
                        PrintItem::Unsigned(v) => format!("unsigned {}", self.value(f, v)),
                        PrintItem::Int128(v) => format!("pyint {}", self.value(f, v)),
                        PrintItem::Bint(v) => format!("bint {}", self.value(f, v)),
                        PrintItem::Dims(p, field) => format!("{}.{field:?}", self.place(f, p)),
                        PrintItem::Error(v) => format!("error {}", self.value(f, v)),
                        PrintItem::Str(p) => format!("str {}", self.place(f, p)),
                    })
                    .collect();
                self.line(&format!("print {}", items.join(", ")));
            }
            Stmt::Block(body) => self.block(f, "block", body),
        }
    }

    fn message(&self, f: &Function, m: &Message) -> String {
        match m {
            Message::Text(t) => format!("{t:?}"),
            Message::Value(v) => format!("(text of {})", self.value(f, v)),
            Message::Str(p) => format!("(str {})", self.place(f, p)),
        }
    }

    fn runtime_arg(&self, f: &Function, a: &RuntimeArg) -> String {
        match a {
            RuntimeArg::Value(v) => self.value(f, v),
            RuntimeArg::Ref(p) => format!("&{}", self.place(f, p)),
            RuntimeArg::Str(s) => format!("{s:?}"),
            RuntimeArg::IntArray(values, kind) => {
                let items: Vec<String> = values.iter().map(|v| self.value(f, v)).collect();
                format!("{}[{}]", kind.c_name(), items.join(", "))
            }
            RuntimeArg::Callback(func) => format!("callback {}", func.signature().c_name),
            RuntimeArg::Function(id) => format!("function {}", self.m.functions[id.0 as usize].name),
        }
    }

    fn place(&self, f: &Function, p: &Place) -> String {
        match p {
            Place::Local(l) => f.locals[l.0 as usize].name.clone(),
            Place::Global(g) => self.m.globals[g.0 as usize].name.clone(),
            Place::Deref { ptr, index, elem } => {
                format!("(deref {} [{}] : {})", self.value(f, ptr), self.value(f, index), type_name(elem))
            }
            Place::Element(e) => {
                let terms: Vec<String> = e
                    .terms
                    .iter()
                    .map(|t| {
                        let access = match t.access {
                            Access::Strided => "strided",
                            Access::Contiguous => "contiguous",
                            Access::Indirect => "indirect",
                            Access::Generic => "generic",
                        };
                        let bounds = match t.bounds {
                            Bounds::Checked => "checked".to_string(),
                            Bounds::Proven(why) => why.to_string(),
                            Bounds::Unchecked => "unchecked".to_string(),
                        };
                        format!("{} {access} {bounds}", self.value(f, &t.index))
                    })
                    .collect();
                format!("{}[{}] : {}", self.value(f, &e.slice), terms.join(", "), type_name(&e.elem))
            }
            Place::SliceField { slice, field, axis } => {
                let field = match field {
                    SliceField::Shape => "shape",
                    SliceField::Strides => "strides",
                    SliceField::Suboffsets => "suboffsets",
                };
                format!("{}.{field}[{axis}]", self.place(f, slice))
            }
            Place::SliceData(slice) => format!("{}.data", self.place(f, slice)),
            Place::Field { base, field, .. } => format!("{}.{field}", self.place(f, base)),
            Place::TupleField { base, index, .. } => format!("{}.{index}", self.place(f, base)),
        }
    }

    fn value(&self, f: &Function, v: &Value) -> String {
        match v {
            Value::Int(i, k) => format!("{i}:{}", k.c_name()),
            Value::Int128(i) => format!("{i}:pyint"),
            Value::Float(x, bits) => format!("{x:?}:{}", if *bits == 32 { "float" } else { "double" }),
            Value::Bool(b) => b.to_string(),
            Value::Extern(id) => format!("extern {}", self.m.externs[id.0 as usize].name),
            Value::ExternAddress(id) => format!("&extern {}", self.m.externs[id.0 as usize].name),
            Value::Null(t) => format!("NULL:{}", type_name(t)),
            Value::CString(b) => format!("c{:?}", String::from_utf8_lossy(b)),
            Value::FuncAddr { func, .. } => format!("&{}", self.m.functions[func.0 as usize].symbol),
            Value::Zero(t) => format!("zero:{}", type_name(t)),
            Value::Const { name, .. } => name.to_string(),
            Value::Read(p) => self.place(f, p),
            Value::Unary { op, ty, operand } => {
                let op = match op {
                    UnaryOp::Neg => "neg",
                    UnaryOp::Invert => "~",
                    UnaryOp::Not => "not",
                };
                format!("({op} {} : {})", self.value(f, operand), type_name(ty))
            }
            Value::Binary { op, ty, left, right } => {
                let op = match op {
                    BinOp::Add => "+",
                    BinOp::Sub => "-",
                    BinOp::Mul => "*",
                    BinOp::Div => "/",
                    BinOp::Rem => "%",
                    BinOp::FloorDiv => "py//",
                    BinOp::Mod => "py%",
                    BinOp::FloatFloorDiv => "pyfloat//",
                    BinOp::FloatMod => "pyfloat%",
                    BinOp::IntPow => "intpow",
                    BinOp::Shl => "<<",
                    BinOp::Shr => ">>",
                    BinOp::BitAnd => "&",
                    BinOp::BitOr => "|",
                    BinOp::BitXor => "^",
                };
                format!("({op} {} {} : {})", self.value(f, left), self.value(f, right), type_name(ty))
            }
            Value::Compare { op, left, right } => {
                let op = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Gt => ">",
                    CmpOp::Le => "<=",
                    CmpOp::Ge => ">=",
                    CmpOp::Eq => "==",
                    CmpOp::NotEq => "!=",
                };
                format!("({op} {} {})", self.value(f, left), self.value(f, right))
            }
            Value::And(a, b) => format!("(and {} {})", self.value(f, a), self.value(f, b)),
            Value::Or(a, b) => format!("(or {} {})", self.value(f, a), self.value(f, b)),
            Value::Cond { cond, then, orelse, ty } => format!(
                "(if {} {} {} : {})",
                self.value(f, cond),
                self.value(f, then),
                self.value(f, orelse),
                type_name(ty)
            ),
            Value::Cast { ty, value, implicit } => {
                format!("({} {} {})", if *implicit { "as" } else { "cast" }, type_name(ty), self.value(f, value))
            }
            Value::AddressOf(p) => format!("(& {})", self.place(f, p)),
            Value::Math { name, args, ty } => {
                let args: Vec<String> = args.iter().map(|a| self.value(f, a)).collect();
                format!("({name} {} : {})", args.join(" "), type_name(ty))
            }
            Value::Sizeof(t) => format!("(sizeof {})", type_name(t)),
            Value::IsNone(s) => format!("(is-none {})", self.value(f, s)),
            Value::SliceWith { base, field, axis, value } => {
                format!("({} with {field:?}[{axis}] = {})", self.value(f, base), self.value(f, value))
            }
            Value::SliceWithData { base, data } => {
                format!("({} with data = {})", self.value(f, base), self.value(f, data))
            }
            Value::NoneSlice => "None".into(),
            Value::Tuple { items, ty } => {
                let items: Vec<String> = items.iter().map(|i| self.value(f, i)).collect();
                format!("(tuple {} : {})", items.join(" "), type_name(ty))
            }
            Value::ErrOccurred => "(error occurred)".into(),
            Value::ThreadId => "threadid()".into(),
            Value::ErrorMatches { error, kind } => {
                format!("(matches {} {})", f.locals[error.0 as usize].name, kind.name())
            }
        }
    }
}
