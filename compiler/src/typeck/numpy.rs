//! numpy's Python side, as far as cytrus provides it: the array constructors
//! (`np.zeros`, `np.empty`, `np.ones`, `np.full`, their `*_like` forms,
//! `np.arange`) whose result a typed memoryview holds, `np.asarray(view)`,
//! dtype objects (`np.float64`, `float`, `'f8'`, `np.dtype(…)`, and module
//! names bound to one: `DTYPE = np.intp`) and the float constants
//! (`np.nan`, `np.inf`, `np.pi`, `np.e`). Everything else of numpy is E0247.
//!
//! `cdef double[:, ::1] a = np.zeros((n, 3))` → `NumpyArray { shape: [n, 3],
//! dtype: double/'d', order: C, fill: Zeros } : double[:, ::1]`

use cytrus_grammar::ast::{self, Span};

use super::{Checker, SemanticError, Symbol};
use crate::tir::{ArrayFill, ArrayOrder, ArrayShape, Dtype, Expr, ExprKind, IntKind, NumpyArray, Type};

/// The constructors, by name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Constructor {
    Zeros,
    Empty,
    Ones,
    Full,
    ZerosLike,
    EmptyLike,
    OnesLike,
    FullLike,
    Arange,
}

impl Constructor {
    fn of(name: &str) -> Option<Constructor> {
        Some(match name {
            "zeros" => Constructor::Zeros,
            "empty" => Constructor::Empty,
            "ones" => Constructor::Ones,
            "full" => Constructor::Full,
            "zeros_like" => Constructor::ZerosLike,
            "empty_like" => Constructor::EmptyLike,
            "ones_like" => Constructor::OnesLike,
            "full_like" => Constructor::FullLike,
            "arange" => Constructor::Arange,
            _ => return None,
        })
    }

    /// The parameters numpy takes, in order (the ones cytrus accepts).
    fn params(self) -> &'static [&'static str] {
        match self {
            Constructor::Zeros | Constructor::Empty | Constructor::Ones => &["shape", "dtype", "order"],
            Constructor::Full => &["shape", "fill_value", "dtype", "order"],
            Constructor::ZerosLike | Constructor::EmptyLike | Constructor::OnesLike => {
                &["prototype", "dtype", "order", "subok", "shape"]
            }
            Constructor::FullLike => &["a", "fill_value", "dtype", "order", "subok", "shape"],
            Constructor::Arange => &["start", "stop", "step", "dtype"],
        }
    }

    fn is_like(self) -> bool {
        matches!(self, Constructor::ZerosLike | Constructor::EmptyLike | Constructor::OnesLike | Constructor::FullLike)
    }
}

/// The dtypes cytrus makes: numpy's names (and aliases), the C type of an
/// element and the buffer format numpy exports (x86-64 Linux: `long` is 64 bits).
pub fn dtype_named(name: &str) -> Option<Dtype> {
    let (elem, format) = match name {
        "float64" | "double" | "float_" | "f8" | "d" | "<f8" | "=f8" => (Type::DOUBLE, "d"),
        "float32" | "single" | "f4" | "f" | "<f4" | "=f4" => (Type::FLOAT, "f"),
        "int8" | "byte" | "i1" | "b" => (Type::Int(IntKind::SChar), "b"),
        "uint8" | "ubyte" | "u1" | "B" => (Type::Int(IntKind::UChar), "B"),
        "int16" | "short" | "i2" | "h" => (Type::Int(IntKind::Short), "h"),
        "uint16" | "ushort" | "u2" | "H" => (Type::Int(IntKind::UShort), "H"),
        "int32" | "intc" | "i4" | "i" => (Type::Int(IntKind::Int), "i"),
        "uint32" | "uintc" | "u4" | "I" => (Type::Int(IntKind::UInt), "I"),
        "int64" | "intp" | "int_" | "long" | "i8" | "l" | "p" | "<i8" | "=i8" => (Type::Int(IntKind::Long), "l"),
        "uint64" | "uintp" | "uint" | "ulong" | "u8" | "L" | "P" => (Type::Int(IntKind::ULong), "L"),
        "longlong" | "q" => (Type::Int(IntKind::LongLong), "q"),
        "ulonglong" | "Q" => (Type::Int(IntKind::ULongLong), "Q"),
        "bool_" | "bool" | "?" | "b1" => (Type::Int(IntKind::UChar), "?"),
        _ => return None,
    };
    Some(Dtype { elem, format: format.into(), fields: Vec::new() })
}

/// The dtype numpy gives an array made from a view of `elem` (`zeros_like`).
fn dtype_of_elem(elem: &Type) -> Option<Dtype> {
    let (elem, format) = match elem {
        Type::Float { bits: 64 } => (Type::DOUBLE, "d".to_string()),
        Type::Float { bits: 32 } => (Type::FLOAT, "f".to_string()),
        // A numpy typedef's format is its C type's.
        Type::Int(k) => (Type::Int(*k), k.format_char().to_string()),
        _ => return None,
    };
    Some(Dtype { elem, format, fields: Vec::new() })
}

/// numpy's float constants, as the C constants they equal.
fn float_constant(name: &str) -> Option<&'static str> {
    Some(match name {
        "nan" | "NAN" => "NAN",
        "inf" | "infty" | "Inf" | "PINF" => "INFINITY",
        "pi" => "M_PI",
        "e" => "M_E",
        _ => return None,
    })
}

/// A dtype written as a Python value, or why it is not one.
enum DtypeValue {
    Known(Dtype),
    /// Something numpy would take that cytrus has no C type for (`np.float16`, `complex`).
    Unsupported(String),
    NotADtype,
}

impl<'a> Checker<'a> {
    /// `np` in `np.NAME` when it names numpy (imported, cimported or both)
    /// and no variable hides it.
    pub(super) fn numpy_module<'e>(&self, e: &'e ast::Expr) -> Option<(&'e str, &'e ast::Ident)> {
        let ast::ExprKind::Attribute { value, attr } = &e.kind else { return None };
        let ast::ExprKind::Name(module) = &value.kind else { return None };
        if self.lookup_var(module).is_some() {
            return None;
        }
        matches!(self.lookup_global(module), Some(Symbol::Numpy { .. })).then_some((module.as_str(), attr))
    }

    /// Whether `value` is written as a call of numpy (`np.empty(n)`,
    /// `np.asarray(v)`): where it is an array, Cython's value is an ndarray.
    pub(super) fn is_numpy_array_call(&self, value: &super::stmt::Source) -> bool {
        matches!(value, super::stmt::Source::Ast(e)
            if matches!(&e.kind, ast::ExprKind::Call { func, .. } if self.numpy_module(func).is_some()))
    }

    /// `np.nan` and the other constants where a value stands; E0247 for the rest of numpy.
    pub(super) fn numpy_attribute(&mut self, module: &str, attr: &ast::Ident, span: Span) -> Expr {
        if let Some(c) = float_constant(&attr.name) {
            return Expr::new(ExprKind::MathConst(c), Type::DOUBLE, span);
        }
        if dtype_named(&attr.name).is_some() {
            self.error(SemanticError::WrongKindOfName {
                span,
                name: format!("{module}.{}", attr.name),
                is: "a numpy dtype, which cytrus knows only where an array is made",
                expected: "a value",
            });
            return Expr::error(span);
        }
        self.error(SemanticError::NumpyOutsideSubset { span, name: format!("{module}.{}", attr.name) });
        Expr::error(span)
    }

    /// A call `np.NAME(…)`, when `func` is one; `None` otherwise.
    pub(super) fn numpy_call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Arg],
        span: Span,
        target: Option<&Type>,
    ) -> Option<Expr> {
        let (module, attr) = self.numpy_module(func)?;
        let name = format!("{module}.{}", attr.name);
        if matches!(attr.name.as_str(), "import_array" | "import_umath" | "import_ufunc") {
            return None;
        }
        if !matches!(self.lookup_global(module), Some(Symbol::Numpy { imported: true, .. })) {
            self.error(SemanticError::NumpyArgument {
                span: func.span,
                function: name,
                message: "numpy's functions need numpy imported, not only cimported".into(),
                help: Some(format!("add `import numpy as {module}` beside the cimport")),
            });
            return Some(Expr::error(span));
        }
        if attr.name == "asarray" {
            return Some(self.numpy_asarray(&name, args, span, target));
        }
        let Some(constructor) = Constructor::of(&attr.name) else {
            self.error(SemanticError::NumpyOutsideSubset { span: func.span, name });
            return Some(Expr::error(span));
        };
        self.require_gil(span, &format!("calling `{name}`"));
        Some(self.numpy_constructor(constructor, &name, args, span, target).unwrap_or_else(|| Expr::error(span)))
    }

    /// `np.asarray(view)`: the view itself, as the caller holds it.
    fn numpy_asarray(&mut self, name: &str, args: &[ast::Arg], span: Span, target: Option<&Type>) -> Expr {
        let [ast::Arg { keyword: None, value, .. }] = args else {
            self.error(SemanticError::NumpyArgument {
                span,
                function: name.into(),
                message: "cytrus takes `np.asarray` of one typed memoryview, with no other arguments".into(),
                help: None,
            });
            return Expr::error(span);
        };
        self.require_gil(span, &format!("calling `{name}`"));
        let view = self.expr_expecting(value, target);
        match &view.ty {
            Type::Memview(_) | Type::Error => view,
            other => {
                self.error(SemanticError::NumpyArgument {
                    span: value.span,
                    function: name.into(),
                    message: format!("cytrus takes `np.asarray` of a typed memoryview, not of {}", other.display()),
                    help: None,
                });
                Expr::error(span)
            }
        }
    }

    fn numpy_constructor(
        &mut self,
        constructor: Constructor,
        name: &str,
        args: &[ast::Arg],
        span: Span,
        target: Option<&Type>,
    ) -> Option<Expr> {
        // Arguments by parameter name.
        let params = constructor.params();
        let mut given: Vec<Option<&ast::Expr>> = vec![None; params.len()];
        for (i, arg) in args.iter().enumerate() {
            let slot = match &arg.keyword {
                Some(k) => match params.iter().position(|p| *p == k.name) {
                    Some(slot) => slot,
                    None => {
                        self.error(SemanticError::UnknownKeyword {
                            span: k.span,
                            name: k.name.clone(),
                            function: name.into(),
                        });
                        return None;
                    }
                },
                None if i < params.len() => i,
                None => {
                    self.error(SemanticError::NumpyArgument {
                        span: arg.value.span,
                        function: name.into(),
                        message: format!("`{name}` takes at most {} positional arguments", params.len()),
                        help: None,
                    });
                    return None;
                }
            };
            if given[slot].is_some() {
                self.error(SemanticError::NumpyArgument {
                    span: arg.value.span,
                    function: name.into(),
                    message: format!("`{}` is given twice", params[slot]),
                    help: None,
                });
                return None;
            }
            given[slot] = Some(&arg.value);
        }
        let arg = |p: &str| params.iter().position(|q| *q == p).and_then(|i| given[i]);
        for unsupported in ["subok", "shape"] {
            if let (true, Some(e)) = (constructor.is_like(), arg(unsupported)) {
                self.error(SemanticError::NumpyArgument {
                    span: e.span,
                    function: name.into(),
                    message: format!("cytrus does not take `{unsupported}=` of `{name}`"),
                    help: None,
                });
                return None;
            }
        }
        let dtype = match arg("dtype") {
            Some(e) => Some(self.dtype_argument(e)?),
            None => None,
        };
        let order = match arg("order") {
            Some(e) => self.order_argument(e, constructor.is_like())?,
            None => ArrayOrder::C,
        };
        let first = params[0];
        let fill_arg = || arg("fill_value");
        let (shape, fill, default_dtype) = match constructor {
            Constructor::Arange => {
                let (shape, is_float) = self.arange_arguments(name, arg("start"), arg("stop"), arg("step"), span)?;
                let default = if is_float { dtype_named("float64") } else { dtype_named("int64") };
                (shape, ArrayFill::Zeros, default.expect("a dtype"))
            }
            _ if constructor.is_like() => {
                let Some(proto) = arg(first) else {
                    self.missing(name, first, span);
                    return None;
                };
                let view = self.expr(proto);
                let Type::Memview(m) = &view.ty else {
                    if !view.ty.is_error() {
                        self.error(SemanticError::NumpyArgument {
                            span: proto.span,
                            function: name.into(),
                            message: format!(
                                "cytrus takes `{name}` of a typed memoryview, not of {}",
                                view.ty.display()
                            ),
                            help: None,
                        });
                    }
                    return None;
                };
                let Some(default) = dtype_of_elem(&m.elem) else {
                    self.error(SemanticError::NumpyArgument {
                        span: proto.span,
                        function: name.into(),
                        message: format!("cytrus cannot make numpy arrays of {}", m.elem.display()),
                        help: None,
                    });
                    return None;
                };
                let fill = self.fill_argument(constructor, name, fill_arg(), span)?;
                (ArrayShape::Like(view), fill, default)
            }
            _ => {
                let Some(shape) = arg(first) else {
                    self.missing(name, first, span);
                    return None;
                };
                let extents = self.shape_argument(shape)?;
                let fill = self.fill_argument(constructor, name, fill_arg(), span)?;
                // `np.full` without a dtype takes the fill value's.
                let default = match &fill {
                    ArrayFill::Int(v) if v.ty == Type::Bint => dtype_named("bool"),
                    ArrayFill::Int(_) if constructor == Constructor::Full => dtype_named("int64"),
                    _ => dtype_named("float64"),
                };
                (ArrayShape::Extents(extents), fill, default.expect("a dtype"))
            }
        };
        let mut dtype = dtype.unwrap_or(default_dtype);
        if !dtype.fields.is_empty() || matches!(dtype.elem, Type::Struct(_)) {
            let dtype_span = arg("dtype").map_or(span, |e| e.span);
            if !matches!(fill, ArrayFill::Zeros) || matches!(shape, ArrayShape::Arange { .. }) {
                self.error(SemanticError::NumpyArgument {
                    span,
                    function: name.into(),
                    message: "cytrus makes arrays of structs with `np.zeros` and `np.empty` only".into(),
                    help: None,
                });
                return None;
            }
            if !dtype.fields.is_empty() {
                let held = target.and_then(Type::memview).map(|m| (*m.elem).clone());
                let matched = match &held {
                    Some(elem) => self.match_record(&dtype.fields, elem),
                    None => Err("a record dtype needs a typed view of a struct to hold the array".into()),
                };
                match (matched, held) {
                    (Ok(()), Some(elem)) => dtype.elem = elem,
                    (Ok(()), None) => unreachable!("matching needs a struct"),
                    (Err(why), _) => {
                        self.error(SemanticError::NumpyDtype { span: dtype_span, what: format!("record: {why}") });
                        return None;
                    }
                }
            }
        }
        let array = NumpyArray { shape, dtype, order, fill };
        let ty = match target {
            Some(t @ Type::Memview(_)) => t.clone(),
            Some(Type::Error) => return None,
            _ => Type::Memview(array.natural_type()),
        };
        Some(Expr::new(ExprKind::NumpyArray(Box::new(array)), ty, span))
    }

    fn missing(&mut self, name: &str, param: &str, span: Span) {
        self.error(SemanticError::NumpyArgument {
            span,
            function: name.into(),
            message: format!("`{name}` needs its `{param}` argument"),
            help: None,
        });
    }

    /// `n` or `(n, m, …)`: each extent a C integer.
    fn shape_argument(&mut self, e: &ast::Expr) -> Option<Vec<Expr>> {
        let items: Vec<&ast::Expr> = match &e.kind {
            ast::ExprKind::Tuple(items) => items.iter().collect(),
            _ => vec![e],
        };
        if items.is_empty() || items.len() > super::types::MAX_DIMS {
            self.error(SemanticError::BadArrayArgument {
                span: e.span,
                message: format!(
                    "cytrus makes numpy arrays of 1 to {} axes; this shape has {}",
                    super::types::MAX_DIMS,
                    items.len()
                ),
            });
            return None;
        }
        let extents: Vec<Expr> = items.into_iter().map(|x| self.index_value(x)).collect();
        (!extents.iter().any(|x| x.ty.is_error())).then_some(extents)
    }

    fn fill_argument(
        &mut self,
        constructor: Constructor,
        name: &str,
        value: Option<&ast::Expr>,
        span: Span,
    ) -> Option<ArrayFill> {
        match constructor {
            Constructor::Ones | Constructor::OnesLike => {
                Some(ArrayFill::Int(Expr::new(ExprKind::IntLit(1), Type::PyInt, span)))
            }
            Constructor::Full | Constructor::FullLike => {
                let Some(value) = value else {
                    self.missing(name, "fill_value", span);
                    return None;
                };
                let v = self.expr(value);
                match &v.ty {
                    Type::Error => None,
                    Type::Bint => Some(ArrayFill::Int(v)),
                    t if t.is_integral() => Some(ArrayFill::Int(self.coerce(v, &Type::PyInt, value.span))),
                    t if t.is_float() => Some(ArrayFill::Float(self.coerce(v, &Type::DOUBLE, value.span))),
                    t => {
                        self.error(SemanticError::NumpyArgument {
                            span: value.span,
                            function: name.into(),
                            message: format!("cytrus fills numpy arrays with C numbers, not with {}", t.display()),
                            help: None,
                        });
                        None
                    }
                }
            }
            _ => Some(ArrayFill::Zeros),
        }
    }

    /// `np.arange(stop)`, `(start, stop)`, `(start, stop, step)`: all Python
    /// ints, or all doubles when any is a float.
    fn arange_arguments(
        &mut self,
        name: &str,
        start: Option<&ast::Expr>,
        stop: Option<&ast::Expr>,
        step: Option<&ast::Expr>,
        span: Span,
    ) -> Option<(ArrayShape, bool)> {
        let (start, stop) = match (start, stop) {
            (Some(stop), None) => (None, stop),
            (Some(start), Some(stop)) => (Some(start), stop),
            _ => {
                self.missing(name, "stop", span);
                return None;
            }
        };
        let typed: Vec<Option<Expr>> = [start, Some(stop), step].iter().map(|e| e.map(|e| self.expr(e))).collect();
        if typed.iter().flatten().any(|e| e.ty.is_error()) {
            return None;
        }
        if let Some(bad) = typed.iter().flatten().find(|e| !e.ty.is_numeric()) {
            self.error(SemanticError::NumpyArgument {
                span: bad.span,
                function: name.into(),
                message: format!("cytrus takes `{name}` of C numbers, not of {}", bad.ty.display()),
                help: None,
            });
            return None;
        }
        let is_float = typed.iter().flatten().any(|e| e.ty.is_float());
        let to = if is_float { Type::DOUBLE } else { Type::PyInt };
        let literal = |v: i128| {
            if is_float {
                Expr::new(ExprKind::FloatLit(v as f64), Type::DOUBLE, span)
            } else {
                Expr::new(ExprKind::IntLit(v), Type::PyInt, span)
            }
        };
        let mut parts = typed.into_iter();
        let mut next = |default: i128, this: &mut Self| match parts.next().flatten() {
            Some(e) => {
                let s = e.span;
                this.coerce(e, &to, s)
            }
            None => literal(default),
        };
        let start = next(0, self);
        let stop = next(0, self);
        let step = next(1, self);
        Some((ArrayShape::Arange { start, stop, step }, is_float))
    }

    /// `dtype=…`: a dtype object, a builtin type, a string, `np.dtype(…)` or a
    /// module name bound to one.
    fn dtype_argument(&mut self, e: &ast::Expr) -> Option<Dtype> {
        match self.dtype_value(e) {
            DtypeValue::Known(d) => Some(d),
            DtypeValue::Unsupported(what) => {
                self.error(SemanticError::NumpyDtype { span: e.span, what });
                None
            }
            DtypeValue::NotADtype => {
                self.error(SemanticError::NumpyDtype { span: e.span, what: String::new() });
                None
            }
        }
    }

    fn dtype_value(&mut self, e: &ast::Expr) -> DtypeValue {
        let by_name = |name: &str, shown: String| match dtype_named(name) {
            Some(d) => DtypeValue::Known(d),
            None => DtypeValue::Unsupported(shown),
        };
        match &e.kind {
            ast::ExprKind::Attribute { value, attr } if attr.name == "dtype" && self.numpy_module(e).is_none() => {
                self.dtype_of_view_expr(value)
            }
            ast::ExprKind::Attribute { .. } => match self.numpy_module(e) {
                Some((module, attr)) => by_name(&attr.name, format!("{module}.{}", attr.name)),
                None => DtypeValue::NotADtype,
            },
            ast::ExprKind::Name(n) if self.local_dtype(n).is_some() => {
                DtypeValue::Known(self.local_dtype(n).expect("checked"))
            }
            ast::ExprKind::Name(n) if self.lookup_var(n).is_none() => match (n.as_str(), self.lookup_global(n)) {
                (_, Some(Symbol::Dtype(d))) => DtypeValue::Known(d.clone()),
                ("float", _) => by_name("float64", n.clone()),
                ("int", _) => by_name("int64", n.clone()),
                ("bool", _) => by_name("bool", n.clone()),
                ("complex", _) => DtypeValue::Unsupported(n.clone()),
                _ => DtypeValue::NotADtype,
            },
            ast::ExprKind::CType(t) => match &t.kind {
                ast::TypeKind::Named(n) if n == "float" => by_name("float64", n.clone()),
                ast::TypeKind::Named(n) if n == "int" => by_name("int64", n.clone()),
                ast::TypeKind::Named(n) if n == "bint" || n == "bool" => by_name("bool", n.clone()),
                _ => DtypeValue::NotADtype,
            },
            ast::ExprKind::Str(s) if !s.format => by_name(&s.value, format!("'{}'", s.value)),
            // `np.float32 if floating is float else np.float64`: decided when compiling.
            ast::ExprKind::Conditional { cond, then, orelse } => match self.type_test(cond) {
                Some(b) => self.dtype_value(if b { then } else { orelse }),
                None => DtypeValue::NotADtype,
            },
            ast::ExprKind::Call { func, args } if self.numpy_module(func).is_some_and(|(_, a)| a.name == "dtype") => {
                match args.as_slice() {
                    [ast::Arg { keyword: None, value, .. }] if matches!(value.kind, ast::ExprKind::List(_)) => {
                        self.record_dtype(value)
                    }
                    [ast::Arg { keyword: None, value, .. }] => self.dtype_value(value),
                    _ => DtypeValue::Unsupported("np.dtype(…) with these arguments".into()),
                }
            }

            _ => DtypeValue::NotADtype,
        }
    }

    /// `np.dtype([('x', np.float64), ('n', np.uint32)])`: a record dtype,
    /// packed as numpy packs it.
    fn record_dtype(&mut self, list: &ast::Expr) -> DtypeValue {
        let ast::ExprKind::List(items) = &list.kind else { return DtypeValue::NotADtype };
        let mut fields = Vec::new();
        let mut format = String::from("T{");
        for item in items {
            let ast::ExprKind::Tuple(pair) = &item.kind else {
                return DtypeValue::Unsupported("np.dtype([...]) with items that are not (name, dtype) pairs".into());
            };
            let [name, dtype] = pair.as_slice() else {
                return DtypeValue::Unsupported("np.dtype([...]) with sub-array fields".into());
            };
            let ast::ExprKind::Str(name) = &name.kind else {
                return DtypeValue::Unsupported("np.dtype([...]) with a field name that is not a string".into());
            };
            match self.dtype_value(dtype) {
                DtypeValue::Known(d) if d.fields.is_empty() && !matches!(d.elem, Type::Struct(_)) => {
                    format.push_str(&format!("{}:{}:", d.format, name.value));
                    fields.push((name.value.clone(), d.elem));
                }
                DtypeValue::Known(_) => {
                    return DtypeValue::Unsupported("np.dtype([...]) with nested records".into());
                }
                other => return other,
            }
        }
        format.push('}');
        DtypeValue::Known(Dtype { elem: Type::Void, format, fields })
    }

    /// `.dtype` of `np.asarray(view)` (or of a view): the view's element
    /// type, when it is a struct (or a scalar numpy knows).
    fn dtype_of_view_expr(&mut self, e: &ast::Expr) -> DtypeValue {
        let inner = match &e.kind {
            ast::ExprKind::Call { func, args } if self.numpy_module(func).is_some_and(|(_, a)| a.name == "asarray") => {
                match args.as_slice() {
                    [ast::Arg { keyword: None, value, .. }] => value,
                    _ => return DtypeValue::NotADtype,
                }
            }
            _ => e,
        };
        // The element type, read from the cast's written type or the variable's.
        let elem = match &inner.kind {
            ast::ExprKind::Cast { ty, .. } => match &ty.kind {
                ast::TypeKind::Memview { elem, .. } => {
                    let before = self.errors.len();
                    let t = self.resolve_type(elem);
                    self.errors.truncate(before);
                    t
                }
                _ => return DtypeValue::NotADtype,
            },
            ast::ExprKind::Name(n) => match self.lookup_var(n).map(|v| self.vars[v.0 as usize].ty.clone()) {
                Some(Type::Memview(m)) => (*m.elem).clone(),
                _ => return DtypeValue::NotADtype,
            },
            _ => return DtypeValue::NotADtype,
        };
        match &elem {
            Type::Struct(_) => {
                let format = format!("T{{{}}}", elem.display());
                DtypeValue::Known(Dtype { elem, format, fields: Vec::new() })
            }
            other => match dtype_of_elem(other) {
                Some(d) => DtypeValue::Known(d),
                None => DtypeValue::Unsupported(other.display()),
            },
        }
    }

    /// A record dtype held by a view of the struct `elem`: the struct, if
    /// numpy's packed fields have its fields' types and offsets (Cython's
    /// check when it takes the array); else the reason it does not.
    fn match_record(&self, fields: &[(String, Type)], elem: &Type) -> Result<(), String> {
        let Type::Struct(d) = elem else {
            return Err(format!("a record dtype is held by a view of a struct, not of {}", elem.display()));
        };
        let def = &self.structs[d.id as usize];
        if def.union {
            return Err(format!("`{}` is a union", def.name));
        }
        let size = |t: &Type| -> Option<u64> {
            Some(match t {
                Type::Float { bits } => u64::from(*bits / 8),
                Type::Int(k) => u64::from(k.bits()) / 8,
                Type::Bint => 4,
                _ => return None,
            })
        };
        if def.fields.len() != fields.len() {
            return Err(format!("the dtype has {} fields and `{}` has {}", fields.len(), def.name, def.fields.len()));
        }
        let (mut numpy_at, mut c_at) = (0u64, 0u64);
        for ((name, t), field) in fields.iter().zip(&def.fields) {
            let (Some(n), Some(c)) = (size(t), size(&field.ty)) else {
                return Err(format!("field `{}` of `{}` is not a number", field.name, def.name));
            };
            if !def.packed {
                c_at = c_at.div_ceil(c) * c;
            }
            if n != c || t.is_float() != field.ty.is_float() || c_at != numpy_at {
                return Err(format!(
                    "field `{name}` ({}, at byte {numpy_at}) does not match `{}.{}` ({}, at byte {c_at})",
                    t.display(),
                    def.name,
                    field.name,
                    field.ty.display()
                ));
            }
            numpy_at += n;
            c_at += c;
        }
        Ok(())
    }

    /// `order='C'` / `'F'` (and `'K'`/`'A'` for `*_like`).
    fn order_argument(&mut self, e: &ast::Expr, like: bool) -> Option<ArrayOrder> {
        let ast::ExprKind::Str(s) = &e.kind else {
            self.error(SemanticError::BadArrayArgument {
                span: e.span,
                message: "`order` must be a string literal: 'C' or 'F'".into(),
            });
            return None;
        };
        match (s.value.as_str(), like) {
            ("C" | "c", _) => Some(ArrayOrder::C),
            ("F" | "f", _) => Some(ArrayOrder::Fortran),
            // numpy lays out a copy of a typed view (a buffer to it) in C order.
            ("K" | "k" | "A" | "a", true) => Some(ArrayOrder::C),
            _ => {
                self.error(SemanticError::BadArrayArgument {
                    span: e.span,
                    message: if like {
                        "`order` must be 'C', 'F', 'A' or 'K'".into()
                    } else {
                        "only 'C' or 'F' order is permitted".into()
                    },
                });
                None
            }
        }
    }

    fn local_dtype(&self, name: &str) -> Option<Dtype> {
        self.fn_stack.last()?.dtypes.get(name).cloned()
    }

    /// `dtype = np.float64` in a function: the name stands for the dtype in
    /// the rest of it. True when `stmt` is such a binding.
    pub(super) fn declare_local_dtype(&mut self, stmt: &ast::Stmt) -> bool {
        let ast::StmtKind::Assign { targets, value } = &stmt.kind else { return false };
        let [target] = targets.as_slice() else { return false };
        let ast::ExprKind::Name(name) = &target.kind else { return false };
        if !matches!(
            value.kind,
            ast::ExprKind::Attribute { .. } | ast::ExprKind::Call { .. } | ast::ExprKind::Conditional { .. }
        ) || self.fn_stack.last().is_none_or(|ctx| ctx.locals.contains_key(name))
        {
            return false;
        }
        let before = self.errors.len();
        let DtypeValue::Known(dtype) = self.dtype_value(value) else {
            self.errors.truncate(before);
            return false;
        };
        match self.fn_stack.last_mut().expect("in a function").dtypes.entry(name.clone()) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(dtype);
                true
            }
            std::collections::hash_map::Entry::Occupied(slot) => *slot.get() == dtype,
        }
    }

    /// `DTYPE = np.float64` at module level: the name stands for the dtype
    /// wherever a dtype is expected. True when `stmt` is such a binding.
    pub(super) fn declare_dtype_name(&mut self, stmt: &ast::Stmt) -> bool {
        let ast::StmtKind::Assign { targets, value, .. } = &stmt.kind else { return false };
        let [target] = targets.as_slice() else { return false };
        let ast::ExprKind::Name(name) = &target.kind else { return false };
        let DtypeValue::Known(dtype) = self.dtype_value(value) else { return false };
        if !matches!(value.kind, ast::ExprKind::Attribute { .. } | ast::ExprKind::Call { .. }) {
            return false;
        }
        match self.globals.get(name) {
            None => {
                self.globals.insert(name.clone(), Symbol::Dtype(dtype));
                true
            }
            Some(Symbol::Dtype(previous)) if *previous == dtype => true,
            Some(_) => false,
        }
    }
}
