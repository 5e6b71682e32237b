//! Names: module scope, cimports, builtins, function locals, and directives.

use cytrus_grammar::ast::{self, Span};

use super::{Checker, SemanticError};
use crate::tir::{Builtin, Directives, ExceptionKind, FuncId, IntKind, NpyInt, Type, VarId};

/// What a module-level name stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum Symbol {
    Var(VarId),
    Func(FuncId),
    /// `cimport cython`.
    CythonModule,
    /// `cython.view` (as `view` or an alias).
    ViewModule,
    /// `cython.view.array` (as `array`, `cvarray`, …).
    ArrayClass,
    /// A libc function.
    Builtin(Builtin),
    /// A libc constant such as `M_PI`.
    MathConst(&'static str),
    /// A type name brought in by a cimport (`int64_t`, `clock_t`).
    Type(Type),
    /// `numpy`, as cimported (its C types) and/or imported (its functions).
    Numpy {
        cimported: bool,
        imported: bool,
    },
    /// A fused type (`ctypedef fused`, or `floating` cimported from `cython`).
    FusedType(super::fused::FusedTypeId),
    /// A function with fused parameters.
    FusedFunc(super::fused::FusedFnId),
    /// A C library module bound to a name: `from libc cimport math` → `math`.
    CModule(&'static str),
    /// A constant of the C library with its C type (`DBL_MAX`, `INT_MAX`, `pi`).
    Literal(Literal),
    /// `abs`, `labs`, `llabs` of `libc.stdlib`: C's functions of one integer type.
    CAbs(IntKind),
    /// `PyMem_Malloc` and friends: the C allocator's, but needing the GIL.
    PyMem(Builtin),
    /// `prange`, `parallel` or `threadid` of `cython.parallel`.
    Parallel(super::parallel::ParallelName),
    /// `cython.parallel` bound to a name (`cimport cython.parallel as par`).
    ParallelModule,
    /// A cimported project module (`cimport _typedefs`): its `.pxd`'s names.
    PxdModule(super::pxd::ScopeId),
    /// A constant of a `cdef enum`: its value, and its type (the enum's, or
    /// `int` for an anonymous enum).
    EnumConst {
        value: i128,
        ty: Type,
        span: Span,
    },
    /// A module-level name bound to a numpy dtype (`DTYPE = np.float64`).
    Dtype(crate::tir::Dtype),
}

/// A constant's value and C type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Literal {
    Int(i128, IntKind),
    Float(f64, u32),
}

/// What a name of numpy's `__init__.pxd` is, for `cnp.NAME` in a type.
pub enum NumpyName {
    /// A C typedef: `float64_t`, `npy_intp`, …
    Type(Type),
    /// A `long double` or complex typedef, which cytrus has no type for.
    Unsupported(&'static str),
    /// `ndarray`, `dtype`, …: a Python object type.
    Object,
}

/// numpy's C typedefs, as `numpy/__init__.cython-30.pxd` (numpy 2) declares them.
pub fn numpy_type(name: &str) -> Option<NumpyName> {
    let npy = |n| Some(NumpyName::Type(Type::Int(IntKind::Npy(n))));
    match name {
        "npy_intp" | "intp_t" => npy(NpyInt::Intp),
        "npy_uintp" | "uintp_t" => npy(NpyInt::UIntp),
        "npy_long" => npy(NpyInt::Long),
        "npy_ulong" => npy(NpyInt::ULong),
        "npy_bool" => npy(NpyInt::Bool),
        "npy_ubyte" => npy(NpyInt::UByte),
        "npy_uint8" | "uint8_t" => npy(NpyInt::UInt8),
        "npy_byte" => npy(NpyInt::Byte),
        "npy_int8" | "int8_t" => npy(NpyInt::Int8),
        "npy_short" => npy(NpyInt::Short),
        "npy_int16" | "int16_t" => npy(NpyInt::Int16),
        "npy_ushort" => npy(NpyInt::UShort),
        "npy_uint16" | "uint16_t" => npy(NpyInt::UInt16),
        "npy_int" => npy(NpyInt::Int),
        "npy_int32" | "int32_t" => npy(NpyInt::Int32),
        "npy_uint" => npy(NpyInt::UInt),
        "npy_uint32" | "uint32_t" => npy(NpyInt::UInt32),
        "npy_longlong" | "longlong_t" => npy(NpyInt::LongLong),
        "npy_int64" | "int64_t" => npy(NpyInt::Int64),
        "npy_timedelta" => npy(NpyInt::Timedelta),
        "npy_datetime" => npy(NpyInt::Datetime),
        "npy_ulonglong" | "ulonglong_t" => npy(NpyInt::ULongLong),
        "npy_uint64" | "uint64_t" => npy(NpyInt::UInt64),
        "npy_float" | "npy_float32" | "float32_t" => Some(NumpyName::Type(Type::FLOAT)),
        "npy_double" | "npy_float64" | "float64_t" | "float_t" | "double_t" => Some(NumpyName::Type(Type::DOUBLE)),
        "npy_longdouble" | "npy_float80" | "npy_float96" | "npy_float128" | "longdouble_t" => {
            Some(NumpyName::Unsupported("`long double` is not supported in cytrus; use `cnp.float64_t`"))
        }
        _ if numpy_is_complex(name) => {
            Some(NumpyName::Unsupported("cytrus has no complex type; use two `cnp.float64_t` values"))
        }
        "ndarray" | "dtype" | "flatiter" | "broadcast" | "ufunc" | "generic" | "number" | "integer" | "floating" => {
            Some(NumpyName::Object)
        }
        _ => None,
    }
}

/// numpy's complex typedefs.
fn numpy_is_complex(name: &str) -> bool {
    matches!(
        name,
        "npy_cfloat"
            | "npy_cdouble"
            | "npy_clongdouble"
            | "npy_complex64"
            | "npy_complex128"
            | "npy_complex160"
            | "npy_complex192"
            | "npy_complex256"
            | "complex64_t"
            | "complex128_t"
            | "cfloat_t"
            | "cdouble_t"
            | "complex_t"
            | "clongdouble_t"
    )
}

/// Hints for numpy names older numpy versions had.
fn numpy_removed(name: &str) -> Option<&'static str> {
    Some(match name {
        "int_t" | "long_t" => "numpy 2 has no `int_t` or `long_t`; write `cnp.int64_t` (or `long`)",
        "uint_t" | "ulong_t" => "numpy 2 has no `uint_t` or `ulong_t`; write `cnp.uint64_t` (or `unsigned long`)",
        _ => return None,
    })
}

const MATH_CONSTANTS: &[&str] = &[
    "INFINITY",
    "NAN",
    "HUGE_VAL",
    "M_PI",
    "M_E",
    "M_PI_2",
    "M_PI_4",
    "M_1_PI",
    "M_2_PI",
    "M_SQRT2",
    "M_SQRT1_2",
    "M_LN2",
    "M_LN10",
    "M_LOG2E",
    "M_LOG10E",
];

/// The arity of a `<math.h>` function, if cytrus knows it.
pub fn math_arity(name: &str) -> Option<usize> {
    crate::tir::math::signature(name).map(|s| s.arity())
}

fn math_static(name: &str) -> Option<&'static str> {
    crate::tir::math::signature(name).map(|s| s.name)
}

fn stdint_type(name: &str) -> Option<IntKind> {
    Some(match name {
        "int8_t" => IntKind::Int8,
        "int16_t" => IntKind::Int16,
        "int32_t" => IntKind::Int32,
        "int64_t" => IntKind::Int64,
        "uint8_t" => IntKind::UInt8,
        "uint16_t" => IntKind::UInt16,
        "uint32_t" => IntKind::UInt32,
        "uint64_t" => IntKind::UInt64,
        "intptr_t" | "intmax_t" | "int_fast64_t" | "int_least64_t" => IntKind::Long,
        "uintptr_t" | "uintmax_t" | "uint_fast64_t" | "uint_least64_t" => IntKind::ULong,
        _ => return None,
    })
}

/// A type of Cython's pure-Python mode by its name in `cython`
/// (`cython.double`, `cython.uchar`, `cython.Py_ssize_t`, `cython.p_double`),
/// as `Shadow.py` lists them; `Err` with a hint for the ones cytrus lacks.
pub fn pure_python_type(name: &str) -> Option<Result<Type, &'static str>> {
    use IntKind::*;
    // `p_int`, `pp_int`, `ppp_int`: pointers to `int`.
    let ps = name.len() - name.trim_start_matches('p').len();
    let (pointers, rest) = match name.get(ps..) {
        Some(tail) if (1..=3).contains(&ps) && tail.starts_with('_') => (ps, &tail[1..]),
        _ => (0, name),
    };
    let rest = rest.strip_prefix("const_").unwrap_or(rest);
    let base = match rest {
        "char" => Type::Int(Char),
        "schar" => Type::Int(SChar),
        "uchar" => Type::Int(UChar),
        "short" | "sshort" => Type::Int(Short),
        "ushort" => Type::Int(UShort),
        "int" | "sint" => Type::INT,
        "uint" => Type::Int(UInt),
        "long" | "slong" => Type::LONG,
        "ulong" => Type::Int(ULong),
        "longlong" | "slonglong" => Type::Int(LongLong),
        "ulonglong" => Type::Int(ULongLong),
        "Py_ssize_t" | "ssize_t" | "Py_hash_t" | "ptrdiff_t" => Type::SSIZE,
        "size_t" | "Py_UCS4" => Type::Int(SizeT),
        "float" => Type::FLOAT,
        "double" => Type::DOUBLE,
        "bint" => Type::Bint,
        "void" => Type::Void,
        "longdouble" => return Some(Err("`long double` is not supported in cytrus; use `cython.double`")),
        "complex" | "floatcomplex" | "doublecomplex" | "longdoublecomplex" => {
            return Some(Err("cytrus has no complex type; use two `cython.double` values"))
        }
        _ => return None,
    };
    let mut ty = base;
    for _ in 0..pointers {
        ty = Type::Ptr(Box::new(ty));
    }
    Some(Ok(ty))
}

const C_MODULES: &[&str] = &[
    "libc.stdlib",
    "libc.string",
    "libc.math",
    "libc.stdint",
    "libc.time",
    "libc.float",
    "libc.limits",
    "cpython.mem",
];

/// The C library modules cytrus provides, as cimported (`libc.math`) or
/// bound as modules (`from libc cimport math`).
pub fn is_c_module(module: &str) -> bool {
    C_MODULES.contains(&module)
}

/// A name of a C library module, as Cython's `libc/*.pxd` and
/// `cpython/mem.pxd` declare it.
pub fn libc_symbol(module: &str, name: &str) -> Option<Symbol> {
    use IntKind::*;
    let int = |v: i128, k: IntKind| Some(Symbol::Literal(Literal::Int(v, k)));
    let float = |v: f64| Some(Symbol::Literal(Literal::Float(v, 32)));
    let double = |v: f64| Some(Symbol::Literal(Literal::Float(v, 64)));
    match (module, name) {
        ("libc.stdlib", "malloc") => Some(Symbol::Builtin(Builtin::Malloc)),
        ("libc.stdlib", "calloc") => Some(Symbol::Builtin(Builtin::Calloc)),
        ("libc.stdlib", "realloc") => Some(Symbol::Builtin(Builtin::Realloc)),
        ("libc.stdlib", "free") => Some(Symbol::Builtin(Builtin::Free)),
        ("libc.stdlib", "qsort") => Some(Symbol::Builtin(Builtin::Qsort)),
        ("libc.stdlib", "bsearch") => Some(Symbol::Builtin(Builtin::Bsearch)),
        ("libc.stdlib", "abs") => Some(Symbol::CAbs(Int)),
        ("libc.stdlib", "labs") => Some(Symbol::CAbs(Long)),
        ("libc.stdlib", "llabs") => Some(Symbol::CAbs(LongLong)),
        ("libc.string", "memcpy" | "memmove") => Some(Symbol::Builtin(Builtin::Memcpy)),
        ("libc.string", "memset") => Some(Symbol::Builtin(Builtin::Memset)),
        ("libc.time", "clock") => Some(Symbol::Builtin(Builtin::Clock)),
        ("libc.time", "clock_t") => Some(Symbol::Type(Type::LONG)),
        ("libc.time", "CLOCKS_PER_SEC") => Some(Symbol::MathConst("CLOCKS_PER_SEC")),
        ("libc.math", "e") => Some(Symbol::MathConst("M_E")),
        ("libc.math", "pi") => Some(Symbol::MathConst("M_PI")),
        // The rest of `libc/math.pxd`'s constants, as their C values.
        ("libc.math", "M_2_SQRTPI") => double(std::f64::consts::FRAC_2_SQRT_PI),
        ("libc.math", "HUGE_VALF") => float(f64::INFINITY),
        ("libc.math", "FP_NAN") => int(0, Int),
        ("libc.math", "FP_INFINITE") => int(1, Int),
        ("libc.math", "FP_ZERO") => int(2, Int),
        ("libc.math", "FP_SUBNORMAL") => int(3, Int),
        ("libc.math", "FP_NORMAL") => int(4, Int),
        ("libc.math", n) => math_static(n)
            .map(|f| Symbol::Builtin(Builtin::Math(f)))
            .or_else(|| MATH_CONSTANTS.iter().find(|c| **c == n).map(|c| Symbol::MathConst(c))),
        ("libc.stdint", n) => stdint_type(n).map(|k| Symbol::Type(Type::Int(k))),
        // `<float.h>` as Cython's `libc/float.pxd` types it (`FLT_DIG` is a float there).
        ("libc.float", "FLT_RADIX") => float(2.0),
        ("libc.float", "FLT_MANT_DIG") => float(24.0),
        ("libc.float", "DBL_MANT_DIG") => double(53.0),
        ("libc.float", "DECIMAL_DIG") => double(21.0),
        ("libc.float", "FLT_DIG") => float(6.0),
        ("libc.float", "DBL_DIG") => double(15.0),
        ("libc.float", "FLT_MIN_EXP") => float(-125.0),
        ("libc.float", "DBL_MIN_EXP") => double(-1021.0),
        ("libc.float", "FLT_MIN_10_EXP") => float(-37.0),
        ("libc.float", "DBL_MIN_10_EXP") => double(-307.0),
        ("libc.float", "FLT_MAX_EXP") => float(128.0),
        ("libc.float", "DBL_MAX_EXP") => double(1024.0),
        ("libc.float", "FLT_MAX_10_EXP") => float(38.0),
        ("libc.float", "DBL_MAX_10_EXP") => double(308.0),
        ("libc.float", "FLT_MAX") => float(f64::from(f32::MAX)),
        ("libc.float", "DBL_MAX") => double(f64::MAX),
        ("libc.float", "FLT_EPSILON") => float(f64::from(f32::EPSILON)),
        ("libc.float", "DBL_EPSILON") => double(f64::EPSILON),
        ("libc.float", "FLT_MIN") => float(f64::from(f32::MIN_POSITIVE)),
        ("libc.float", "DBL_MIN") => double(f64::MIN_POSITIVE),
        // `<limits.h>` (LP64, glibc).
        ("libc.limits", "CHAR_BIT") => int(8, Int),
        ("libc.limits", "MB_LEN_MAX") => int(16, Int),
        ("libc.limits", "CHAR_MIN") => int(-128, Char),
        ("libc.limits", "CHAR_MAX") => int(127, Char),
        ("libc.limits", "SCHAR_MIN") => int(-128, SChar),
        ("libc.limits", "SCHAR_MAX") => int(127, SChar),
        ("libc.limits", "UCHAR_MAX") => int(255, UChar),
        ("libc.limits", "SHRT_MIN") => int(i128::from(i16::MIN), Short),
        ("libc.limits", "SHRT_MAX") => int(i128::from(i16::MAX), Short),
        ("libc.limits", "USHRT_MAX") => int(i128::from(u16::MAX), UShort),
        ("libc.limits", "INT_MIN") => int(i128::from(i32::MIN), Int),
        ("libc.limits", "INT_MAX") => int(i128::from(i32::MAX), Int),
        ("libc.limits", "UINT_MAX") => int(i128::from(u32::MAX), UInt),
        ("libc.limits", "LONG_MIN") => int(i128::from(i64::MIN), Long),
        ("libc.limits", "LONG_MAX") => int(i128::from(i64::MAX), Long),
        ("libc.limits", "ULONG_MAX") => int(i128::from(u64::MAX), ULong),
        ("libc.limits", "LLONG_MIN") => int(i128::from(i64::MIN), LongLong),
        ("libc.limits", "LLONG_MAX") => int(i128::from(i64::MAX), LongLong),
        ("libc.limits", "ULLONG_MAX") => int(i128::from(u64::MAX), ULongLong),
        ("cpython.mem", "PyMem_Malloc" | "PyMem_RawMalloc") => Some(Symbol::PyMem(Builtin::Malloc)),
        ("cpython.mem", "PyMem_Calloc" | "PyMem_RawCalloc") => Some(Symbol::PyMem(Builtin::Calloc)),
        ("cpython.mem", "PyMem_Realloc" | "PyMem_RawRealloc") => Some(Symbol::PyMem(Builtin::Realloc)),
        ("cpython.mem", "PyMem_Free" | "PyMem_RawFree") => Some(Symbol::PyMem(Builtin::Free)),
        _ => None,
    }
}

/// Directive names cytrus understands.
const DIRECTIVES: &[&str] = &["boundscheck", "wraparound", "cdivision", "initializedcheck", "nonecheck", "cpow"];
/// Directives Cython has that change nothing cytrus does.
const IGNORED_DIRECTIVES: &[&str] = &[
    "language_level",
    "infer_types",
    "embedsignature",
    "profile",
    "linetrace",
    "binding",
    "cdivision_warnings",
    "show_performance_hints",
];

/// The Python modules a module-level `import` may name: `import cython`
/// (pure-Python mode), `import numpy as np`, `from cython import …`.
pub fn is_known_import(module: &str) -> bool {
    matches!(module, "cython" | "numpy" | "cython.parallel" | "cython.view")
}

impl<'a> Checker<'a> {
    /// `import cython`, `import numpy as np`, `from cython import floating`.
    pub(super) fn import(
        &mut self,
        module: &ast::DottedName,
        alias: Option<&ast::Ident>,
        names: Option<&[ast::ImportName]>,
    ) {
        let text = module.text();
        if !is_known_import(&text) {
            return;
        }
        if let Some(names) = names {
            self.cimport_names(module, names);
            return;
        }
        match text.as_str() {
            "numpy" => {
                let name = alias.map_or_else(|| "numpy".to_string(), |a| a.name.clone());
                let cimported = matches!(self.globals.get(&name), Some(Symbol::Numpy { cimported: true, .. }));
                self.globals.insert(name, Symbol::Numpy { cimported, imported: true });
            }
            _ => self.cimport(module, alias),
        }
    }

    /// `cnp.complex128_t` (or another of numpy's complex typedefs), with
    /// `cnp` cimported numpy: a fused type leaves such a member out.
    pub(super) fn is_numpy_complex_name(&self, name: &str) -> bool {
        let Some((module, attr)) = name.rsplit_once('.') else { return false };
        matches!(self.lookup_global(module), Some(Symbol::Numpy { cimported: true, .. })) && numpy_is_complex(attr)
    }

    /// `cnp.float64_t` in a type, where `module` is bound to numpy.
    pub(super) fn numpy_type_name(&mut self, module: &str, name: &str, span: Span) -> Option<Type> {
        let Some(Symbol::Numpy { cimported, .. }) = self.lookup_global(module) else { return None };
        if !cimported {
            self.error(SemanticError::UnknownType {
                span,
                name: format!("{module}.{name}"),
                hint: Some("numpy's C types need a cimport: `cimport numpy as cnp`"),
            });
            return Some(Type::Error);
        }
        match numpy_type(name) {
            Some(NumpyName::Type(t)) => return Some(t),
            Some(NumpyName::Object) => self.error(SemanticError::Unsupported {
                span,
                what: "numpy arrays and other numpy objects",
                instead: "declare a typed memoryview such as `cnp.float64_t[:, ::1]`",
            }),
            Some(NumpyName::Unsupported(hint)) => {
                self.error(SemanticError::UnknownType { span, name: format!("{module}.{name}"), hint: Some(hint) })
            }
            None => self.error(SemanticError::UnknownType {
                span,
                name: format!("{module}.{name}"),
                hint: numpy_removed(name),
            }),
        }
        Some(Type::Error)
    }

    /// `cnp.import_array()` and its kin: numpy's C API needs no set-up in cytrus.
    pub(super) fn is_numpy_setup_call(&self, e: &ast::Expr) -> bool {
        let ast::ExprKind::Call { func, args } = &e.kind else { return false };
        let ast::ExprKind::Attribute { value, attr } = &func.kind else { return false };
        let ast::ExprKind::Name(module) = &value.kind else { return false };
        args.is_empty()
            && matches!(attr.name.as_str(), "import_array" | "import_umath" | "import_ufunc")
            && matches!(self.lookup_global(module), Some(Symbol::Numpy { cimported: true, .. }))
    }

    pub(super) fn cimport(&mut self, module: &ast::DottedName, alias: Option<&ast::Ident>) {
        let text = module.text();
        let bound = alias.map(|a| a.name.clone());
        match text.as_str() {
            "cython" => {
                self.globals.insert(bound.unwrap_or_else(|| "cython".into()), Symbol::CythonModule);
            }
            "cython.parallel" => match bound {
                Some(name) => {
                    self.globals.insert(name, Symbol::ParallelModule);
                }
                None => {
                    self.globals.insert("cython".into(), Symbol::CythonModule);
                }
            },
            "cython.view" => match bound {
                Some(name) => {
                    self.globals.insert(name, Symbol::ViewModule);
                }
                // `cimport cython.view` binds `cython`, through which `cython.view` is reached.
                None => {
                    self.globals.insert("cython".into(), Symbol::CythonModule);
                }
            },
            "numpy" => {
                let name = bound.unwrap_or_else(|| "numpy".into());
                let imported = matches!(self.globals.get(&name), Some(Symbol::Numpy { imported: true, .. }));
                self.globals.insert(name, Symbol::Numpy { cimported: true, imported });
            }
            // `cimport libc.math as m`: the module under a name of its own.
            m if is_c_module(m) && bound.is_some() => {
                let module = C_MODULES.iter().find(|c| **c == m).copied().expect("a C module");
                self.globals.insert(bound.expect("checked"), Symbol::CModule(module));
            }
            "libc" | "cpython" => {}
            m if is_c_module(m) => {}
            m if !crate::modules::is_cython_module(m) => self.cimport_project(module, alias),
            _ => self.error(SemanticError::UnknownCimport { span: module.span, module: text, name: None }),
        }
    }

    pub(super) fn cimport_names(&mut self, module: &ast::DottedName, names: &[ast::ImportName]) {
        let text = module.text();
        if !crate::modules::is_cython_module(&text) {
            self.cimport_project_names(module, names);
            return;
        }
        for item in names {
            let name = item.name.name.as_str();
            let bound = item.alias.as_ref().unwrap_or(&item.name).name.clone();
            if name == "*" {
                match text.as_str() {
                    "libc.math" => {
                        for f in crate::tir::math::all() {
                            self.globals.insert(f.name.into(), Symbol::Builtin(Builtin::Math(f.name)));
                        }
                        for &c in MATH_CONSTANTS {
                            self.globals.insert(c.into(), Symbol::MathConst(c));
                        }
                    }
                    "libc.stdint" => {
                        for t in
                            ["int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t"]
                        {
                            if let Some(k) = stdint_type(t) {
                                self.globals.insert(t.into(), Symbol::Type(Type::Int(k)));
                            }
                        }
                    }
                    _ => self.error(SemanticError::UnknownCimport {
                        span: item.name.span,
                        module: text.clone(),
                        name: Some("*".into()),
                    }),
                }
                continue;
            }
            if text == "numpy" {
                match numpy_type(name) {
                    Some(NumpyName::Type(t)) => {
                        self.globals.insert(bound, Symbol::Type(t));
                    }
                    Some(NumpyName::Object) => self.error(SemanticError::Unsupported {
                        span: item.name.span,
                        what: "numpy arrays and other numpy objects",
                        instead: "declare typed memoryviews such as `cnp.float64_t[:, ::1]`",
                    }),
                    Some(NumpyName::Unsupported(hint)) => self.error(SemanticError::UnknownType {
                        span: item.name.span,
                        name: name.into(),
                        hint: Some(hint),
                    }),
                    None => self.error(SemanticError::UnknownCimport {
                        span: item.name.span,
                        module: text.clone(),
                        name: Some(name.to_string()),
                    }),
                }
                continue;
            }
            let submodule = format!("{text}.{name}");
            let symbol = match (text.as_str(), name) {
                // `from libc cimport math`: the module, used as `math.sqrt(x)`.
                ("libc" | "cpython", _) if is_c_module(&submodule) => {
                    C_MODULES.iter().find(|c| **c == submodule).map(|m| Symbol::CModule(m))
                }
                ("cython", "floating" | "integral" | "numeric") => self.builtin_fused(name).map(Symbol::FusedType),
                ("cython", "view") => Some(Symbol::ViewModule),
                ("cython", "parallel") => Some(Symbol::ParallelModule),
                ("cython.parallel", n) => super::parallel::ParallelName::from_name(n).map(Symbol::Parallel),
                ("cython.view", "array") => Some(Symbol::ArrayClass),
                (module, n) => libc_symbol(module, n),
            };
            match symbol {
                Some(symbol) => {
                    self.globals.insert(bound, symbol);
                }
                // `from libc.math cimport abs`: Cython finds the builtin, also
                // under another name (`abs as cabs`).
                None if text.starts_with("libc")
                    && matches!(name, "abs" | "min" | "max" | "range" | "len" | "print") =>
                {
                    let builtin = match name {
                        "abs" => Some(Builtin::Abs),
                        "min" => Some(Builtin::Min),
                        "max" => Some(Builtin::Max),
                        _ => None,
                    };
                    if let (Some(b), true) = (builtin, bound != name) {
                        self.globals.insert(bound, Symbol::Builtin(b));
                    }
                }
                None => {
                    let known_module =
                        matches!(text.as_str(), "cython" | "cython.view" | "cython.parallel") || is_c_module(&text);
                    self.error(SemanticError::UnknownCimport {
                        span: if known_module { item.name.span } else { module.span },
                        module: text.clone(),
                        name: known_module.then(|| name.to_string()),
                    });
                }
            }
        }
    }

    /// The `# cython:` comment's settings become the module's directives.
    pub(super) fn module_directives(&mut self, comments: &[ast::DirectiveComment]) {
        for comment in comments {
            for setting in &comment.settings {
                let name = setting.name.name.as_str();
                if IGNORED_DIRECTIVES.contains(&name) {
                    continue;
                }
                if !DIRECTIVES.contains(&name) {
                    self.error(SemanticError::UnknownDirective { span: setting.name.span, name: name.into() });
                    continue;
                }
                match setting.value.name.as_str() {
                    "True" | "true" => set_directive(&mut self.directives, name, true),
                    "False" | "false" => set_directive(&mut self.directives, name, false),
                    _ => self.error(SemanticError::BadDirectiveValue { span: setting.value.span, name: name.into() }),
                }
            }
        }
    }

    /// `@cython.boundscheck(False)` and friends, applied over `base`.
    pub(super) fn decorator_directives(&mut self, decorators: &[ast::Expr], base: Directives) -> Directives {
        let mut directives = base;
        let mut found = Vec::new();
        for d in decorators {
            // `@cython.cfunc`, `@cython.returns(…)`: the parser applied them already.
            let callee = match &d.kind {
                ast::ExprKind::Call { func, .. } => func,
                _ => d,
            };
            if let Some(attr) = self.cython_attribute(callee) {
                match attr.name.as_str() {
                    "cfunc" | "ccall" | "inline" | "nogil" | "exceptval" | "returns" | "final" => continue,
                    "locals" => {
                        self.error(SemanticError::Unsupported {
                            span: d.span,
                            what: "`@cython.locals(…)` declarations",
                            instead: "declare the locals with `cdef` in the body",
                        });
                        continue;
                    }
                    _ => {}
                }
            }
            match self.directive_call(d) {
                Some((name, value)) => found.push((name, value)),
                None => {
                    if self.names_uncimported_cython(d) {
                        self.error(SemanticError::UnknownName { span: d.span, name: "cython".into(), similar: None });
                    } else if !self.is_directive_shaped(d) {
                        self.error(SemanticError::Unsupported {
                            span: d.span,
                            what: "decorators other than Cython directives",
                            instead: "cytrus accepts `@cython.boundscheck(…)`, `@cython.wraparound(…)`, `@cython.cdivision(…)`, `@cython.initializedcheck(…)` and `@cython.nonecheck(…)`",
                        });
                    }
                }
            }
        }
        // Decorators apply from the bottom up, so of two that set the same
        // directive the outer (upper) one wins, as in Cython.
        for (name, value) in found.into_iter().rev() {
            set_directive(&mut directives, &name, value);
        }
        directives
    }

    /// `@cython.x(…)` written without `cimport cython`.
    fn names_uncimported_cython(&self, e: &ast::Expr) -> bool {
        let mut e = e;
        loop {
            match &e.kind {
                ast::ExprKind::Call { func, .. } => e = func,
                ast::ExprKind::Attribute { value, .. } => e = value,
                ast::ExprKind::Name(n) => return n == "cython" && self.lookup_global(n).is_none(),
                _ => return false,
            }
        }
    }

    fn is_directive_shaped(&self, e: &ast::Expr) -> bool {
        matches!(&e.kind, ast::ExprKind::Call { func, .. } if self.cython_attribute(func).is_some())
    }

    /// `cython.NAME` when `cython` is the cimported module.
    pub(super) fn cython_attribute<'e>(&self, e: &'e ast::Expr) -> Option<&'e ast::Ident> {
        match &e.kind {
            ast::ExprKind::Attribute { value, attr } => match &value.kind {
                ast::ExprKind::Name(n) if matches!(self.lookup_global(n), Some(Symbol::CythonModule)) => Some(attr),
                _ => None,
            },
            _ => None,
        }
    }

    /// `cython.boundscheck(False)` → `("boundscheck", false)`; reports bad ones.
    pub(super) fn directive_call(&mut self, e: &ast::Expr) -> Option<(String, bool)> {
        let ast::ExprKind::Call { func, args } = &e.kind else { return None };
        let attr = self.cython_attribute(func)?.clone();
        if IGNORED_DIRECTIVES.contains(&attr.name.as_str()) {
            return None;
        }
        if !DIRECTIVES.contains(&attr.name.as_str()) {
            self.error(SemanticError::UnknownDirective { span: attr.span, name: attr.name.clone() });
            return None;
        }
        let value = match args.as_slice() {
            [ast::Arg { keyword: None, value, star: ast::ParamStar::None }] => match &value.kind {
                ast::ExprKind::Bool(b) => Some(*b),
                _ => None,
            },
            _ => None,
        };
        match value {
            Some(v) => Some((attr.name.clone(), v)),
            None => {
                self.error(SemanticError::BadDirectiveValue { span: e.span, name: attr.name.clone() });
                None
            }
        }
    }

    pub(super) fn lookup_global(&self, name: &str) -> Option<&Symbol> {
        self.globals.get(name)
    }

    /// A variable by name: the current function's locals, then module scope.
    pub(super) fn lookup_var(&self, name: &str) -> Option<VarId> {
        if let Some(ctx) = self.fn_stack.last() {
            if let Some(&v) = ctx.locals.get(name) {
                return Some(v);
            }
            // A name assigned in the function is local there (Python's rule).
            if ctx.assigned.iter().any(|n| n == name) {
                return None;
            }
        }
        match self.globals.get(name) {
            Some(Symbol::Var(v)) => Some(*v),
            _ => None,
        }
    }

    /// A known name of similar spelling, for "did you mean".
    pub(super) fn similar_name(&self, name: &str) -> Option<String> {
        let mut candidates: Vec<&str> = self.globals.keys().map(String::as_str).collect();
        if let Some(ctx) = self.fn_stack.last() {
            candidates.extend(ctx.locals.keys().map(String::as_str));
        }
        candidates.extend(["range", "len", "abs", "min", "max", "print", "sizeof"]);
        candidates
            .into_iter()
            .filter(|c| {
                *c != name && edit_distance(c, name) <= 2.max(name.len() / 4) && edit_distance(c, name) < name.len()
            })
            .min_by_key(|c| edit_distance(c, name))
            .map(str::to_string)
    }

    /// The exception class a name refers to.
    pub(super) fn exception_kind(&self, name: &str) -> Option<ExceptionKind> {
        if self.lookup_var(name).is_some() || self.globals.contains_key(name) {
            return None;
        }
        ExceptionKind::from_name(name)
    }

    /// Reports a name that nothing declares.
    pub(super) fn unknown_name(&mut self, name: &str, span: Span) {
        let similar = self.similar_name(name);
        self.error(SemanticError::UnknownName { span, name: name.into(), similar });
    }
}

/// Sets one directive by name.
pub fn set_directive(d: &mut Directives, name: &str, value: bool) {
    match name {
        "boundscheck" => d.boundscheck = value,
        "wraparound" => d.wraparound = value,
        "cdivision" => d.cdivision = value,
        "initializedcheck" => d.initializedcheck = value,
        "nonecheck" => d.nonecheck = value,
        "cpow" => {
            d.cpow = value;
            d.cpow_set = true;
        }
        _ => {}
    }
}

/// Names assigned (without `cdef`) anywhere in a function body.
pub fn collect_assigned(body: &[ast::Stmt], out: &mut Vec<String>) {
    each_stmt(body, &mut |stmt| match &stmt.kind {
        ast::StmtKind::Assign { targets, .. } => {
            for t in targets {
                match &t.kind {
                    ast::ExprKind::Name(n) => out.push(n.clone()),
                    ast::ExprKind::Tuple(items) => out.extend(items.iter().filter_map(|i| match &i.kind {
                        ast::ExprKind::Name(n) => Some(n.clone()),
                        _ => None,
                    })),
                    _ => {}
                }
            }
        }
        ast::StmtKind::AugAssign { target, .. } | ast::StmtKind::For { target, .. } => {
            if let ast::ExprKind::Name(n) = &target.kind {
                out.push(n.clone());
            }
        }
        ast::StmtKind::Try { handlers, .. } => {
            out.extend(handlers.iter().filter_map(|h| h.name.as_ref().map(|n| n.name.clone())));
        }
        ast::StmtKind::CDecl(decl) => out.extend(decl.declarators.iter().map(|d| d.name.name.clone())),
        _ => {}
    });
}

/// Levenshtein distance, for "a name with a similar spelling".
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Untyped names that are assigned a floating-point value somewhere in
/// `body` (`z = d` after `z = n`, `v = v / 2`): Cython infers the type that
/// spans all of a name's values, so these are `double` even where their
/// first value is an integer. `declared(name)` says what a declared name
/// holds (`None` for untyped names). Loop variables of `for` stay integers.
/// `cdivision` makes `/` of integers an integer.
pub fn float_inferred(
    body: &[ast::Stmt],
    declared: &dyn Fn(&str) -> Option<Declared>,
    cdivision: bool,
) -> crate::HashSet<String> {
    let mut assignments: Vec<(&str, &ast::Expr, bool)> = Vec::new();
    let mut loop_vars = crate::HashSet::default();
    collect_assignments(body, &mut assignments, &mut loop_vars);
    let mut floaty = crate::HashSet::default();
    loop {
        let before = floaty.len();
        for &(name, value, divides) in &assignments {
            if declared(name).is_none()
                && !loop_vars.contains(name)
                && !floaty.contains(name)
                && ((divides && !cdivision) || is_floaty(value, declared, &floaty, cdivision))
            {
                floaty.insert(name.to_string());
            }
        }
        if floaty.len() == before {
            return floaty;
        }
    }
}

/// `(name, value, value divides it)` for `name = value` and `name op= value`.
fn collect_assignments<'b>(
    body: &'b [ast::Stmt],
    out: &mut Vec<(&'b str, &'b ast::Expr, bool)>,
    loop_vars: &mut crate::HashSet<&'b str>,
) {
    each_stmt(body, &mut |stmt| match &stmt.kind {
        ast::StmtKind::Assign { targets, value } => {
            for t in targets {
                match (&t.kind, &value.kind) {
                    (ast::ExprKind::Name(n), _) => out.push((n, value, false)),
                    (ast::ExprKind::Tuple(names), ast::ExprKind::Tuple(values)) => {
                        for (name, value) in names.iter().zip(values) {
                            if let ast::ExprKind::Name(n) = &name.kind {
                                out.push((n, value, false));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        ast::StmtKind::AugAssign { target, op, value } => {
            if let ast::ExprKind::Name(n) = &target.kind {
                out.push((n, value, *op == ast::BinOp::Div));
            }
        }
        ast::StmtKind::For { target, .. } => {
            if let ast::ExprKind::Name(n) = &target.kind {
                loop_vars.insert(n.as_str());
            }
        }
        _ => {}
    });
}

/// Calls `f` on every statement of `body` and of the blocks nested in it
/// (parents first; not into function definitions).
pub fn each_stmt<'b>(body: &'b [ast::Stmt], f: &mut dyn FnMut(&'b ast::Stmt)) {
    for stmt in body {
        f(stmt);
        match &stmt.kind {
            ast::StmtKind::If { branches, orelse } => {
                for (_, b) in branches {
                    each_stmt(b, f);
                }
                each_stmt(orelse.as_deref().unwrap_or(&[]), f);
            }
            ast::StmtKind::While { body, orelse, .. } | ast::StmtKind::For { body, orelse, .. } => {
                each_stmt(body, f);
                each_stmt(orelse.as_deref().unwrap_or(&[]), f);
            }
            ast::StmtKind::Try { body, handlers, orelse, finally } => {
                each_stmt(body, f);
                for h in handlers {
                    each_stmt(&h.body, f);
                }
                each_stmt(orelse.as_deref().unwrap_or(&[]), f);
                each_stmt(finally.as_deref().unwrap_or(&[]), f);
            }
            ast::StmtKind::With { body, .. } => each_stmt(body, f),
            _ => {}
        }
    }
}

/// What a declared name holds, as far as inference cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    /// A `float` or `double`.
    Float,
    /// A view, pointer or array of them.
    FloatElements,
    Other,
}

/// Whether `e` certainly has a floating-point type.
fn is_floaty(
    e: &ast::Expr,
    declared: &dyn Fn(&str) -> Option<Declared>,
    floaty: &crate::HashSet<String>,
    cdivision: bool,
) -> bool {
    let f = |x: &ast::Expr| is_floaty(x, declared, floaty, cdivision);
    match &e.kind {
        ast::ExprKind::Float(_) => true,
        ast::ExprKind::Name(n) => declared(n) == Some(Declared::Float) || floaty.contains(n),
        ast::ExprKind::Subscript { value, .. } => {
            matches!(&value.kind, ast::ExprKind::Name(n) if declared(n) == Some(Declared::FloatElements))
        }
        ast::ExprKind::Binary { op: ast::BinOp::Div, left, right } => !cdivision || f(left) || f(right),
        ast::ExprKind::Binary {
            op:
                ast::BinOp::FloorDiv
                | ast::BinOp::Mod
                | ast::BinOp::Add
                | ast::BinOp::Sub
                | ast::BinOp::Mul
                | ast::BinOp::Pow,
            left,
            right,
        } => f(left) || f(right),
        ast::ExprKind::Unary { op: ast::UnaryOp::Neg | ast::UnaryOp::Pos, operand } => f(operand),
        ast::ExprKind::Call { func, .. } => match &func.kind {
            // Python's `round(x)` is an int; libc.math's (cimported) a double.
            ast::ExprKind::Name(n) if n == "round" && declared(n).is_none() => false,
            ast::ExprKind::Name(n) => crate::tir::math::signature(n).is_some_and(|s| {
                matches!(s.ret(), crate::tir::math::MathType::Double | crate::tir::math::MathType::Float)
            }),
            _ => false,
        },
        _ => false,
    }
}

/// The names of `body` that Cython's safe type inference keeps as Python
/// objects because they may overflow (its `MarkOverflowingArithmetic`): a
/// name read inside `+ - * / // % ** << >>`, unary `-`, `abs()` or an
/// augmented assignment (through `& | ^`, `~`, unary `+` and calls other than
/// `min`/`max`, but not through comparisons, conditional expressions, casts,
/// indexing or attributes), the target of an augmented assignment, and a
/// name assigned an integer literal outside 32 bits. Where Cython's rule is
/// not known for a construct, its names count as overflowing (they stay
/// Python ints, the exact choice).
pub fn overflowing_names(body: &[ast::Stmt]) -> crate::HashSet<String> {
    let mut out = crate::HashSet::default();
    each_stmt(body, &mut |stmt| match &stmt.kind {
        ast::StmtKind::Expr(e) | ast::StmtKind::Return(Some(e)) | ast::StmtKind::Raise(Some(e)) => {
            overflow_expr(e, false, &mut out)
        }
        ast::StmtKind::Assign { targets, value } => {
            let literal = match &value.kind {
                ast::ExprKind::Int(_) => true,
                ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } => {
                    matches!(operand.kind, ast::ExprKind::Int(_))
                }
                _ => false,
            };
            if literal && !small_int_literal(value) {
                for t in targets {
                    if let ast::ExprKind::Name(n) = &t.kind {
                        out.insert(n.clone());
                    }
                }
            }
            for t in targets {
                overflow_expr(t, false, &mut out);
            }
            overflow_expr(value, false, &mut out);
        }
        ast::StmtKind::AugAssign { target, value, .. } => {
            overflow_expr(target, true, &mut out);
            overflow_expr(value, true, &mut out);
        }
        ast::StmtKind::CDecl(decl) => {
            for d in &decl.declarators {
                if let Some(init) = &d.init {
                    overflow_expr(init, false, &mut out);
                }
            }
        }
        ast::StmtKind::If { branches, .. } => {
            for (cond, _) in branches {
                overflow_expr(cond, false, &mut out);
            }
        }
        ast::StmtKind::While { cond, .. } => overflow_expr(cond, false, &mut out),
        ast::StmtKind::For { iter, .. } => overflow_expr(iter, false, &mut out),
        ast::StmtKind::Assert { cond, message } => {
            overflow_expr(cond, false, &mut out);
            if let Some(m) = message {
                overflow_expr(m, false, &mut out);
            }
        }
        _ => {}
    });
    out
}

/// Marks the names of `e` read where arithmetic may overflow (`danger`).
fn overflow_expr(e: &ast::Expr, danger: bool, out: &mut crate::HashSet<String>) {
    use ast::ExprKind as K;
    let mut go = |e: &ast::Expr, d: bool| overflow_expr(e, d, out);
    match &e.kind {
        K::Name(n) => {
            if danger {
                out.insert(n.clone());
            }
        }
        K::Int(_) | K::CInt { .. } | K::Float(_) | K::Bool(_) | K::None | K::Ellipsis => {}
        K::Str(s) => {
            for v in s.field_values() {
                go(v, false);
            }
        }
        K::Unary { op: ast::UnaryOp::Neg, operand } => go(operand, true),
        K::Unary { operand, .. } | K::AddressOf(operand) => go(operand, danger),
        K::Binary { op: ast::BinOp::BitAnd | ast::BinOp::BitOr | ast::BinOp::BitXor, left, right } => {
            go(left, danger);
            go(right, danger);
        }
        K::Binary { left, right, .. } => {
            go(left, true);
            go(right, true);
        }
        K::BoolOp { left, right, .. } => {
            go(left, danger);
            go(right, danger);
        }
        K::Compare { first, rest } => {
            go(first, false);
            for (_, r) in rest {
                go(r, false);
            }
        }
        K::Conditional { cond, then, orelse } => {
            go(cond, false);
            go(then, false);
            go(orelse, false);
        }
        K::Cast { operand, .. } => go(operand, false),
        K::SizeofType(_) | K::CType(_) | K::Lambda | K::Error => {}
        K::SizeofExpr(inner) => go(inner, false),
        K::Call { func, args } => {
            let d = match &func.kind {
                K::Name(n) if n == "abs" => true,
                K::Name(n) if n == "min" || n == "max" => false,
                _ => danger,
            };
            go(func, d);
            for a in args {
                go(&a.value, d);
            }
        }
        K::Attribute { value, .. } => go(value, false),
        K::Subscript { value, items } => {
            go(value, false);
            for item in items {
                match item {
                    ast::SubscriptItem::Index(i) => go(i, false),
                    ast::SubscriptItem::Slice { start, stop, step, .. } => {
                        for x in [start, stop, step].into_iter().flatten() {
                            go(x, false);
                        }
                    }
                }
            }
        }
        K::Tuple(items) | K::List(items) | K::Dict(items) => {
            for i in items {
                go(i, danger);
            }
        }
    }
}

/// An integer literal (or a negated one) within 32 bits: a C `long` for
/// Cython's type inference.
pub fn small_int_literal(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Int(v) => *v < 1 << 31,
        ast::ExprKind::Unary { op: ast::UnaryOp::Neg, operand } => {
            matches!(operand.kind, ast::ExprKind::Int(v) if v <= 1 << 31)
        }
        _ => false,
    }
}
