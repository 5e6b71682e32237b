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
    pub(super) fn interface(&self, id: tir::FuncId, f: &tir::Function, body: &[Stmt]) -> lir::Interface {
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
                let view = var.ty.memview().map(|m| view_interface(m, p.not_none, p.elem_name.as_deref()));
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
        let mut params: Vec<lir::ParamInterface> = params;
        let mut python = self.py_interface(id, f);
        // Views of structs: the fields acquisition checks the format against.
        for ((p, param), arg) in f.params.iter().zip(&mut params).zip(&mut python.args) {
            let Some(m) = self.tir.var(p.var).ty.memview() else { continue };
            let info = self.elem_info(&m.elem, None);
            if let Some(view) = &mut param.view {
                view.elem_info = info.clone().map(|i| lir::ElemInfo { name: view.elem_name.clone(), ..i });
            }
            if let lir::PyConv::View { view, .. } = &mut arg.conv {
                view.elem_info = info.map(|i| lir::ElemInfo { name: view.elem_name.clone(), ..i });
            }
        }
        lir::Interface {
            header,
            doc,
            params,
            ret_view: f.ret.memview().map(|m| view_interface(m, false, None)),
            raises,
            needs_unsafe,
            numeric_views,
            python,
        }
    }

    /// The format check's description of a struct element type (`None` for
    /// a number): its fields with their output names, each named by its
    /// type as written. `written`: the type's name as written.
    fn elem_info(&self, elem: &Type, written: Option<&str>) -> Option<lir::ElemInfo> {
        let Type::Struct(d) = elem else { return None };
        let def = &self.tir.structs[d.id as usize];
        let fields = def
            .fields
            .iter()
            .zip(&self.field_names[d.id as usize])
            .map(|(field, out_name)| {
                let mut ty = &field.ty;
                let mut arraysize = Vec::new();
                while let Type::CArray(inner, n) = ty {
                    arraysize.push(*n);
                    ty = inner;
                }
                let info = self.elem_info(ty, field.type_name.as_deref()).unwrap_or_else(|| {
                    let (name, group) = match ty {
                        Type::Ptr(_) => (ty.display(), b'P'),
                        Type::Enum(_) => (ty.display(), b'I'),
                        _ => dtype_name(ty),
                    };
                    lir::ElemInfo {
                        name: field.type_name.clone().unwrap_or(name),
                        ty: ltype(ty),
                        group,
                        arraysize: Vec::new(),
                        fields: Vec::new(),
                    }
                });
                lir::ElemField {
                    name: field.name.clone(),
                    out_name: out_name.clone(),
                    info: lir::ElemInfo { arraysize, ..info },
                }
            })
            .collect();
        Some(lir::ElemInfo {
            name: written.map_or_else(|| def.name.clone(), str::to_string),
            ty: ltype(elem),
            group: b'S',
            arraysize: Vec::new(),
            fields,
        })
    }

    /// How Python calls `f`: its arguments' conversions and defaults, the
    /// signature `inspect.signature` shows, the result's conversion.
    fn py_interface(&self, id: tir::FuncId, f: &tir::Function) -> lir::PyInterface {
        let mut unsupported = None;
        let mut args = Vec::new();
        let mut shown = Vec::new();
        for p in &f.params {
            let var = self.tir.var(p.var);
            let conv = py_conv(&var.ty, p.not_none, p.elem_name.as_deref());
            if conv.is_none() && unsupported.is_none() {
                unsupported = Some(format!(
                    "parameter `{}` of type `{}` has no conversion from a Python object",
                    var.name,
                    var.ty.display()
                ));
            }
            let default = p.default.as_ref().map(|d| (d, default_value(d, &var.ty)));
            let mut text = var.name.clone();
            if let Some((d, value)) = default.as_ref() {
                match value {
                    Some((_, shown_value)) => {
                        text.push('=');
                        text.push_str(shown_value);
                    }
                    None if unsupported.is_none() => {
                        let written = self.source.get(d.span.start..d.span.end).unwrap_or("?");
                        unsupported =
                            Some(format!("the default `{written}` of parameter `{}` is not a constant", var.name));
                    }
                    None => {}
                }
            }
            shown.push(text);
            args.push(lir::PyArg {
                name: var.name.clone(),
                conv: conv.unwrap_or(lir::PyConv::None),
                default: default.and_then(|(_, v)| v).map(|(v, _)| v),
                line: self.line_of(p.span),
            });
        }
        let ret = match f.ret {
            Type::Void => Some(lir::PyConv::None),
            ref t => py_result_conv(t),
        };
        if ret.is_none() && unsupported.is_none() {
            unsupported =
                Some(format!("its result of type `{}` has no conversion to a Python object", f.ret.display()));
        }
        let mut seen = crate::HashSet::default();
        let mut written = self.written_name(id).to_string();
        // A specialisation is `__pyx_fuse_1twice` to Python; a `cpdef` one's
        // argument errors and entries name its C function's wrapper.
        let name = match self.fused_specs.get(&id) {
            Some(&(d, k)) => {
                let index = fused_index(&self.tir.fused_defs[d], k);
                if f.kind == tir::FunctionKind::Cpdef {
                    written = format!("__pyx_fuse_{index}__pyx_f_{}{}_{written}", self.tir.name.len(), self.tir.name);
                    written.clone()
                } else {
                    format!("__pyx_fuse_{index}{written}")
                }
            }
            None => f.name.clone(),
        };
        lir::PyInterface {
            name,
            text_signature: format!("({})", shown.join(", ")),
            args,
            ret: ret.unwrap_or(lir::PyConv::None),
            releases_gil: self.releases_gil(&f.body, &mut seen),
            wrapper_frame: f.kind == tir::FunctionKind::Cpdef,
            frame: lir::PyFrame {
                file: self.file_of(f.span).unwrap_or_else(|| self.file.clone()),
                function: format!("{}.{}", self.tir.name, written),
                line: self.line_of(f.first_decorator.unwrap_or(f.span)),
            },
            written_name: written,
            unsupported,
            ret_kinds: self.py_ret_kinds.get(&id).cloned(),
            ret_ndarray: self.returns_ndarray(f),
        }
    }

    /// The name of `id` as written: a fused function's specialisation
    /// (`twice__double`) is `twice`, in tracebacks and argument errors.
    pub(super) fn written_name(&self, id: tir::FuncId) -> &str {
        match self.fused_specs.get(&id) {
            Some(&(d, _)) => &self.tir.fused_defs[d].name,
            None => &self.tir.function(id).name,
        }
    }

    /// The Python object of the fused `def`/`cpdef` function `d`: Cython's
    /// dispatcher's tests for each fused type's first parameter, decided
    /// here from the specialisations' parameters; `None` when Python does
    /// not call its specialisations here (declared in a `.pxd` only).
    pub(super) fn py_fused(&self, d: &tir::FusedDef, functions: &[lir::Function]) -> Option<lir::PyFused> {
        let python = |id: tir::FuncId| {
            let f = &functions[id.0 as usize];
            (f.visibility == lir::Visibility::Exported && f.linkage.is_defined())
                .then_some(f.interface.as_deref())
                .flatten()
        };
        let &(_, first) = d.specs.first()?;
        let interface = python(first)?;
        let tf = self.tir.function(first);
        let mut args = Vec::new();
        let mut unsupported = None;
        for (slot, &position) in d.params.iter().enumerate() {
            let p = tf.params.get(position)?;
            let var = self.tir.var(p.var);
            // The members in declaration order, each with the first
            // specialisation that has it.
            let mut members: Vec<(Type, String, tir::FuncId)> = Vec::new();
            for ((types, id), names) in d.specs.iter().zip(&d.names) {
                if !members.iter().any(|(t, _, _)| *t == types[slot]) {
                    members.push((types[slot].clone(), names[slot].clone(), *id));
                }
            }
            let mut tests = Vec::new();
            let is_view = var.ty.memview().is_some();
            if is_view {
                for (t, name, id) in &members {
                    let Some(m) = self.tir.var(self.tir.function(*id).params[position].var).ty.memview() else {
                        continue;
                    };
                    let Some((kind, size)) = dtype_kind(&m.elem) else { continue };
                    let _ = t;
                    tests.push(lir::PyFusedTest::Dtype {
                        kind,
                        itemsize: size,
                        ndim: m.axes.len() as u32,
                        member: name.clone(),
                    });
                }
                if !p.not_none {
                    tests.push(lir::PyFusedTest::None { member: members[0].1.clone() });
                }
                for (_, name, id) in &members {
                    let spec = python(*id)?;
                    let Some(lir::PyConv::View { view, request }) = spec.python.args.get(position).map(|a| &a.conv)
                    else {
                        continue;
                    };
                    let Some(m) = self.tir.var(self.tir.function(*id).params[position].var).ty.memview() else {
                        continue;
                    };
                    // A view of structs: Cython's dispatcher takes a structured
                    // array through `memoryview()`; not done here yet.
                    if view.elem_info.is_some() {
                        unsupported.get_or_insert_with(|| {
                            format!(
                                "parameter `{}` is a view of a fused type with a struct member, which Python's dispatcher cannot pick yet",
                                var.name
                            )
                        });
                        continue;
                    }
                    let Some((_, itemsize)) = dtype_kind(&m.elem) else { continue };
                    tests.push(lir::PyFusedTest::Acquire {
                        itemsize,
                        view: view.clone(),
                        request: *request,
                        member: name.clone(),
                    });
                }
            } else {
                let mut sorted: Vec<(Type, String)> = members.iter().map(|(t, n, _)| (t.clone(), n.clone())).collect();
                python_sort(&mut sorted, |a, b| cython_lt(&a.0, &b.0));
                let mut seen = Vec::new();
                for (t, name) in sorted {
                    let int_class = match t {
                        Type::Int(_) | Type::Bint | Type::Enum(_) => true,
                        Type::Float { .. } => false,
                        _ => continue,
                    };
                    if seen.contains(&int_class) {
                        continue;
                    }
                    seen.push(int_class);
                    tests.push(lir::PyFusedTest::Instance { int_class, member: name });
                }
            }
            let default = p.default.as_ref().map(|e| {
                let picked = |test: &lir::PyFusedTest| match (test, default_class(e)) {
                    (lir::PyFusedTest::None { member }, DefaultClass::None) => Some(member.clone()),
                    (lir::PyFusedTest::Instance { int_class, member }, DefaultClass::Int) if *int_class => {
                        Some(member.clone())
                    }
                    (lir::PyFusedTest::Instance { int_class, member }, DefaultClass::Float) if !*int_class => {
                        Some(member.clone())
                    }
                    _ => None,
                };
                tests.iter().find_map(picked)
            });
            args.push(lir::PyFusedArg { name: var.name.clone(), position, default, tests });
        }
        let mut specs = Vec::new();
        for ((_, id), names) in d.specs.iter().zip(&d.names) {
            specs.push((names.join("|"), python(*id)?.python.name.clone()));
        }
        Some(lir::PyFused {
            name: d.name.clone(),
            doc: interface.doc.clone(),
            frame: lir::PyFrame {
                function: format!("{}.__pyx_fused_cpdef", self.tir.name),
                ..interface.python.frame.clone()
            },
            min_positional: tf.params.iter().filter(|p| p.default.is_none()).count(),
            args,
            specs,
            line: self.line_of(tf.span),
            unsupported,
        })
    }

    /// Whether every `return` of the `def` `f` with a value is written
    /// `np.asarray(view)`.
    fn returns_ndarray(&self, f: &tir::Function) -> bool {
        if !f.returns_object || f.ret.memview().is_none() {
            return false;
        }
        let (mut all, mut any) = (true, false);
        tir::walk::stmts(&f.body, &mut |s| {
            if let tir::StmtKind::Return(Some(_)) = &s.kind {
                any = true;
                all &= self.tir.asarray_returns.contains(&s.span);
            }
        });
        all && any
    }

    /// Whether `body`, or a function it calls, has a `with nogil:` block.
    fn releases_gil(&self, body: &[tir::Stmt], seen: &mut crate::HashSet<tir::FuncId>) -> bool {
        let mut found = false;
        tir::walk::stmts(body, &mut |s| {
            if matches!(s.kind, tir::StmtKind::Nogil { release: true, .. }) {
                found = true;
            }
        });
        if found {
            return true;
        }
        let mut callees = Vec::new();
        tir::walk::exprs_in_stmts(body, &mut |e| {
            if let tir::ExprKind::Call { func, .. } = &e.kind {
                callees.push(*func);
            }
        });
        callees.into_iter().any(|id| {
            seen.insert(id) && {
                let callee = &self.tir.functions[id.0 as usize];
                callee.linkage.has_body() && self.releases_gil(&callee.body, seen)
            }
        })
    }
}

/// The conversions of a `def`'s returned values when they give Python
/// objects of different types (`None` when one conversion of the common type
/// serves them all, as for `int` and `long`, or when one is not a scalar).
pub(super) fn def_return_kinds(f: &tir::Function) -> Option<Vec<lir::PyConv>> {
    if !f.returns_object {
        return None;
    }
    let mut types = Vec::new();
    let mut scalar = true;
    tir::walk::stmts(&f.body, &mut |s| {
        if let tir::StmtKind::Return(Some(v)) = &s.kind {
            if !matches!(v.ty, Type::Int(_) | Type::Enum(_) | Type::Float { .. } | Type::Bint | Type::PyInt) {
                scalar = false;
            }
            types.push(v.ty.clone());
        }
    });
    if !scalar {
        return None;
    }
    let category = |c: &lir::PyConv| match c {
        lir::PyConv::Int { kind, .. } if !kind.signed() => 'u',
        lir::PyConv::Int { .. } | lir::PyConv::Index => 's',
        lir::PyConv::Int128 => 'p',
        lir::PyConv::Float(_) => 'f',
        lir::PyConv::Bint => 'b',
        _ => '?',
    };
    let mut convs: Vec<lir::PyConv> = Vec::new();
    for t in &types {
        let c = py_conv(t, false, None)?;
        if !convs.contains(&c) {
            convs.push(c);
        }
    }
    let mut categories: Vec<char> = convs.iter().map(category).collect();
    categories.dedup();
    categories.sort_unstable();
    categories.dedup();
    (categories.len() > 1).then_some(convs)
}

/// How a parameter (or result) of type `ty` converts, as Cython converts it;
/// `None` when it does not. `elem_name`: a view's element type as written.
pub(super) fn py_conv(ty: &Type, not_none: bool, elem_name: Option<&str>) -> Option<lir::PyConv> {
    Some(match ty {
        Type::Int(tir::IntKind::SsizeT) => lir::PyConv::Index,
        Type::Int(k) => lir::PyConv::Int { kind: *k, name: cython_int_name(*k).to_string() },
        Type::Enum(_) => lir::PyConv::Int { kind: tir::IntKind::Int, name: "int".to_string() },
        Type::Float { bits } => lir::PyConv::Float(*bits),
        Type::Bint => lir::PyConv::Bint,
        Type::PyInt => lir::PyConv::Int128,
        Type::Memview(m) => {
            let view = view_interface(m, not_none, elem_name);
            let request = buffer_request(&view.axes);
            lir::PyConv::View { view, request }
        }
        _ => return None,
    })
}

/// How a result of type `ty` becomes a Python object: as an argument of its
/// type converts back, and a C tuple as a `tuple` of its items (nested
/// tuples included; an item that is a view has no conversion).
fn py_result_conv(ty: &Type) -> Option<lir::PyConv> {
    match ty {
        Type::CTuple(items) => items
            .iter()
            .map(|t| match py_result_conv(t)? {
                lir::PyConv::View { .. } => None,
                conv => Some(conv),
            })
            .collect::<Option<Vec<_>>>()
            .map(lir::PyConv::Tuple),
        t => py_conv(t, false, None),
    }
}

/// The buffer flags Cython asks for a view with these axis specs
/// (`MemoryView.get_buf_flags`): C or Fortran contiguity only for Cython's
/// `is_cf_contig` layouts (`[:, ::1]`, `[::1, :]`: every other axis
/// `follow`), so `double[::view.strided, ::view.contiguous]` asks for
/// strides and its contiguous axis is checked by acquisition.
fn buffer_request(axes: &[i32]) -> lir::BufferRequest {
    const DIRECT: i32 = 1;
    const CONTIGUOUS: i32 = 9;
    const FOLLOW: i32 = 33;
    let c_contig = axes.last() == Some(&CONTIGUOUS) && axes[..axes.len() - 1].iter().all(|&a| a == FOLLOW);
    let f_contig = axes.len() > 1 && axes[0] == CONTIGUOUS && axes[1..].iter().all(|&a| a == FOLLOW);
    if c_contig {
        lir::BufferRequest::CContiguous
    } else if f_contig {
        lir::BufferRequest::FContiguous
    } else if axes.iter().any(|a| a & DIRECT == 0) {
        lir::BufferRequest::Full
    } else {
        lir::BufferRequest::Strided
    }
}

/// The name Cython's conversion messages give a C integer type.
fn cython_int_name(k: tir::IntKind) -> &'static str {
    match k {
        tir::IntKind::LongLong => "PY_LONG_LONG",
        tir::IntKind::ULongLong => "unsigned PY_LONG_LONG",
        k => k.cython_name(),
    }
}

/// A constant default as a value of the parameter's type, and as
/// `inspect.signature` shows it (the repr of the Python object Cython makes
/// of the converted value).
fn default_value(e: &tir::Expr, ty: &Type) -> Option<(lir::Value, String)> {
    enum Const {
        Int(i128),
        Float(f64),
        None,
    }
    fn eval(e: &tir::Expr) -> Option<Const> {
        match &e.kind {
            tir::ExprKind::IntLit(v) => Some(Const::Int(*v)),
            tir::ExprKind::FloatLit(v) => Some(Const::Float(*v)),
            tir::ExprKind::BoolLit(b) => Some(Const::Int(i128::from(*b))),
            tir::ExprKind::NoneLit => Some(Const::None),
            tir::ExprKind::MathConst(c) => Some(Const::Float(super::expr::named_constant(c))),
            tir::ExprKind::Unary { op: tir::UnaryOp::Pos, operand } => eval(operand),
            tir::ExprKind::Unary { op: tir::UnaryOp::Neg, operand } => match eval(operand)? {
                Const::Int(v) => Some(Const::Int(-v)),
                Const::Float(v) => Some(Const::Float(-v)),
                Const::None => None,
            },
            tir::ExprKind::Convert(inner) | tir::ExprKind::Cast(inner) => match (eval(inner)?, &e.ty) {
                (Const::Int(v), Type::Float { .. }) => Some(Const::Float(v as f64)),
                (c, _) => Some(c),
            },
            _ => None,
        }
    }
    let c = eval(e)?;
    Some(match (ty, c) {
        (Type::Memview(_), Const::None) => (lir::Value::NoneSlice, "None".to_string()),
        (Type::Bint, Const::Int(v)) => (lir::Value::Int(i128::from(v != 0), tir::IntKind::Int), py_bool(v != 0)),
        (Type::Bint, Const::Float(v)) => (lir::Value::Int(i128::from(v != 0.0), tir::IntKind::Int), py_bool(v != 0.0)),
        (Type::Int(k), Const::Int(v)) => (lir::Value::Int(v, *k), v.to_string()),
        (Type::Enum(_), Const::Int(v)) => (lir::Value::Int(v, tir::IntKind::Int), v.to_string()),
        (Type::PyInt, Const::Int(v)) => (lir::Value::Int128(v), v.to_string()),
        // Cython keeps the default as the Python float of the literal (a
        // double: `float f=0.1` shows `f=0.1`, `float f=1e40` shows `f=1e+40`)
        // and converts it to the parameter's type when the call leaves it out.
        (Type::Float { bits }, Const::Int(v)) => {
            let f = if *bits == 32 { f64::from(v as f32) } else { v as f64 };
            (lir::Value::Float(f, *bits), py_float_repr(v as f64))
        }
        (Type::Float { bits }, Const::Float(v)) => {
            let f = if *bits == 32 { f64::from(v as f32) } else { v };
            (lir::Value::Float(f, *bits), py_float_repr(v))
        }
        _ => return None,
    })
}

fn py_bool(b: bool) -> String {
    if b { "True" } else { "False" }.to_string()
}

/// `repr(x)` of a Python float: the shortest digits that round-trip, in
/// exponent form below 1e-4 and from 1e16 up.
pub(crate) fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` has an exponent");
    let exp: i32 = exp.parse().expect("an integer exponent");
    let (sign, mantissa) = mantissa.strip_prefix('-').map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if !(-4..16).contains(&exp) {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{first}{rest}e{esign}{:02}", exp.abs());
    }
    let point = exp + 1;
    let text = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}.0", "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    format!("{sign}{text}")
}

/// A view's interface; `written` is its element type's name as written.
fn view_interface(m: &tir::MemviewType, not_none: bool, written: Option<&str>) -> lir::ViewInterface {
    let (elem_name, elem_group) = dtype_name(&m.elem);
    // Cython's messages name the element type as declared, typedef names
    // included: "Buffer dtype mismatch, expected 'const float64_t' but got 'long'".
    let elem_name = written.map_or(elem_name, str::to_string);
    let elem_name = if m.is_const { format!("const {elem_name}") } else { elem_name };
    lir::ViewInterface {
        elem: ltype(&m.elem),
        elem_name,
        elem_group,
        axes: axis_specs(m),
        is_const: m.is_const,
        not_none,
        elem_info: None,
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
            Stmt::Parallel(p) => raised_kinds(&p.body, out),
            Stmt::ParallelBlock(p) => raised_kinds(&p.body, out),
            Stmt::Loop(body) | Stmt::For { body, .. } | Stmt::Block(body) => raised_kinds(body, out),
            Stmt::Guard { body, handler, .. } => {
                raised_kinds(body, out);
                raised_kinds(handler, out);
            }
            _ => {}
        }
    }
}

/// The class of a default's Python object, for the fused dispatcher.
enum DefaultClass {
    Int,
    Float,
    None,
    Other,
}

fn default_class(e: &tir::Expr) -> DefaultClass {
    match &e.kind {
        tir::ExprKind::IntLit(_) | tir::ExprKind::BoolLit(_) => DefaultClass::Int,
        tir::ExprKind::FloatLit(_) | tir::ExprKind::MathConst(_) => DefaultClass::Float,
        tir::ExprKind::NoneLit => DefaultClass::None,
        tir::ExprKind::Unary { operand, .. } | tir::ExprKind::Convert(operand) | tir::ExprKind::Cast(operand) => {
            default_class(operand)
        }
        _ => DefaultClass::Other,
    }
}

/// A view element as numpy's dtype shows it: kind (`i`, `u`, `f`) and itemsize.
fn dtype_kind(t: &Type) -> Option<(u8, u32)> {
    match t {
        Type::Int(k) => Some((if k.signed() { b'i' } else { b'u' }, k.bits() / 8)),
        Type::Bint => Some((b'i', 4)),
        Type::Float { bits } => Some((b'f', bits / 8)),
        _ => None,
    }
}

/// Cython's order of preference among a fused type's members for a Python
/// scalar (`CNumericType.__lt__`: a higher rank first, signed no less than
/// the other's signedness; `plain` is 1, `signed` 2, `unsigned` 0).
fn cython_lt(a: &Type, b: &Type) -> bool {
    fn key(t: &Type) -> Option<(f64, u8)> {
        use tir::IntKind::*;
        Some(match t {
            Type::Int(k) => {
                let k = &k.c_kind();
                let rank = match k {
                    Char | SChar | UChar | Int8 | UInt8 => 0.0,
                    Short | UShort | Int16 | UInt16 => 1.0,
                    Int | UInt | Int32 | UInt32 => 2.0,
                    Long | ULong | Int64 | UInt64 => 3.0,
                    SsizeT | SizeT => 3.5,
                    LongLong | ULongLong => 4.0,
                    Npy(_) => unreachable!("c_kind() is the C type"),
                };
                let signed = match k {
                    SChar | SsizeT => 2,
                    k if !k.signed() => 0,
                    _ => 1,
                };
                (rank, signed)
            }
            Type::Bint | Type::Enum(_) => (2.0, 1),
            Type::Float { bits: 32 } => (5.0, 1),
            Type::Float { .. } => (6.0, 1),
            _ => return None,
        })
    }
    match (key(a), key(b)) {
        (Some((ra, sa)), Some((rb, sb))) => ra > rb && sa >= sb,
        (Some(_), None) => true,
        _ => false,
    }
}

/// CPython's `list.sort` for short lists (as Cython sorts a fused type's
/// members with a `__lt__` that is not a total order, the algorithm decides
/// the result): the leading run (reversed if strictly descending), then
/// binary insertion of the rest.
fn python_sort<T>(items: &mut [T], lt: impl Fn(&T, &T) -> bool) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if lt(&items[1], &items[0]) {
        while run < n && lt(&items[run], &items[run - 1]) {
            run += 1;
        }
        items[..run].reverse();
    } else {
        while run < n && !lt(&items[run], &items[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(&items[start], &items[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items[l..=start].rotate_right(1);
    }
}

/// A specialisation's index as Cython spells it in names: each fused type's
/// member index, joined by `_` (`1_0`).
fn fused_index(d: &tir::FusedDef, k: usize) -> String {
    let first = &d.specs[k].0;
    (0..first.len())
        .map(|slot| {
            let mut seen: Vec<&Type> = Vec::new();
            for (types, _) in &d.specs {
                if !seen.contains(&&types[slot]) {
                    seen.push(&types[slot]);
                }
            }
            seen.iter().position(|t| **t == first[slot]).unwrap_or(0).to_string()
        })
        .collect::<Vec<_>>()
        .join("_")
}
