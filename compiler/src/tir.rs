//! The typed IR: every expression typed, every name resolved, every implicit
//! conversion explicit, and the directives in force recorded per statement.
//!
//! Built by `typeck.rs` from the AST; read by lowering. Backends never see it.
//! `v[i] + 1` on `double[:] v`, `int i` becomes
//! `Binary(Add, Index(Var v, [Convert(Var i → Py_ssize_t)]) : double, Convert(IntLit 1 → double)) : double`.

use std::sync::Arc;

use cytrus_grammar::ast::Span;

pub mod math;
pub mod print;
pub mod walk;

/// A C integer type by its C spelling: Cython's messages name it, and the C
/// backend prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    SsizeT,
    SizeT,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    /// One of numpy's C typedefs (`cnp.int32_t` is `npy_int32`): C computes
    /// and spells it as the type it stands for on LP64, but for Cython it is
    /// a distinct, external typedef: `abs()` of a signed one goes through a
    /// Python int, and a conversion error names it (`npy_uint32`).
    Npy(NpyInt),
}

/// numpy's integer typedefs, by their `npy_` name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NpyInt {
    Bool,
    Byte,
    UByte,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Intp,
    UIntp,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Datetime,
    Timedelta,
}

impl NpyInt {
    /// The C type it stands for on LP64 (numpy's headers there).
    pub fn base(self) -> IntKind {
        use NpyInt::*;
        match self {
            Bool | UByte | UInt8 => IntKind::UChar,
            Byte | Int8 => IntKind::SChar,
            Short | Int16 => IntKind::Short,
            UShort | UInt16 => IntKind::UShort,
            Int | Int32 => IntKind::Int,
            UInt | UInt32 => IntKind::UInt,
            Long | Intp => IntKind::Long,
            ULong | UIntp => IntKind::ULong,
            LongLong | Int64 | Datetime | Timedelta => IntKind::LongLong,
            ULongLong | UInt64 => IntKind::ULongLong,
        }
    }

    /// The name Cython's messages give it.
    pub fn name(self) -> &'static str {
        use NpyInt::*;
        match self {
            Bool => "npy_bool",
            Byte => "npy_byte",
            UByte => "npy_ubyte",
            Short => "npy_short",
            UShort => "npy_ushort",
            Int => "npy_int",
            UInt => "npy_uint",
            Long => "npy_long",
            ULong => "npy_ulong",
            LongLong => "npy_longlong",
            ULongLong => "npy_ulonglong",
            Intp => "npy_intp",
            UIntp => "npy_uintp",
            Int8 => "npy_int8",
            Int16 => "npy_int16",
            Int32 => "npy_int32",
            Int64 => "npy_int64",
            UInt8 => "npy_uint8",
            UInt16 => "npy_uint16",
            UInt32 => "npy_uint32",
            UInt64 => "npy_uint64",
            Datetime => "npy_datetime",
            Timedelta => "npy_timedelta",
        }
    }
}

impl IntKind {
    /// The C type C computes it as: itself, or the type a numpy typedef stands for.
    pub fn c_kind(self) -> IntKind {
        match self {
            IntKind::Npy(n) => n.base(),
            k => k,
        }
    }

    /// The name Cython's messages give the type (a numpy typedef's `npy_` name).
    pub fn cython_name(self) -> &'static str {
        match self {
            IntKind::Npy(n) => n.name(),
            k => k.c_name(),
        }
    }

    /// Width in bits (LP64).
    pub fn bits(self) -> u32 {
        use IntKind::*;
        match self {
            Char | SChar | UChar | Int8 | UInt8 => 8,
            Short | UShort | Int16 | UInt16 => 16,
            Int | UInt | Int32 | UInt32 => 32,
            Long | ULong | LongLong | ULongLong | SsizeT | SizeT | Int64 | UInt64 => 64,
            Npy(n) => n.base().bits(),
        }
    }

    /// `char` is signed on the platforms cytrus targets (x86-64, as Cython assumes there).
    pub fn signed(self) -> bool {
        use IntKind::*;
        match self {
            Npy(n) => n.base().signed(),
            k => !matches!(k, UChar | UShort | UInt | ULong | ULongLong | SizeT | UInt8 | UInt16 | UInt32 | UInt64),
        }
    }

    /// C's integer conversion rank (C11 6.3.1.1): `long long` > `long` > `int` > `short` > `char`.
    /// The `<stdint.h>` and `Py_ssize_t` names take the rank of the type they alias on LP64.
    pub fn rank(self) -> u8 {
        use IntKind::*;
        match self {
            Char | SChar | UChar | Int8 | UInt8 => 1,
            Short | UShort | Int16 | UInt16 => 2,
            Int | UInt | Int32 | UInt32 => 3,
            Long | ULong | SsizeT | SizeT | Int64 | UInt64 => 4,
            LongLong | ULongLong => 5,
            Npy(n) => n.base().rank(),
        }
    }

    /// The C spelling.
    pub fn c_name(self) -> &'static str {
        use IntKind::*;
        match self {
            Char => "char",
            SChar => "signed char",
            UChar => "unsigned char",
            Short => "short",
            UShort => "unsigned short",
            Int => "int",
            UInt => "unsigned int",
            Long => "long",
            ULong => "unsigned long",
            LongLong => "long long",
            ULongLong => "unsigned long long",
            SsizeT => "Py_ssize_t",
            SizeT => "size_t",
            Int8 => "int8_t",
            Int16 => "int16_t",
            Int32 => "int32_t",
            Int64 => "int64_t",
            UInt8 => "uint8_t",
            UInt16 => "uint16_t",
            UInt32 => "uint32_t",
            UInt64 => "uint64_t",
            // Generated C does not include numpy's headers.
            Npy(n) => n.base().c_name(),
        }
    }

    /// The unsigned type of the same rank, for the usual arithmetic conversions.
    pub fn to_unsigned(self) -> IntKind {
        use IntKind::*;
        match self {
            Char | SChar => UChar,
            Short => UShort,
            Int => UInt,
            Long | SsizeT => ULong,
            LongLong => ULongLong,
            Int8 => UInt8,
            Int16 => UInt16,
            Int32 => UInt32,
            Int64 => UInt64,
            Npy(n) => Npy(match n {
                NpyInt::Byte => NpyInt::UByte,
                NpyInt::Short => NpyInt::UShort,
                NpyInt::Int => NpyInt::UInt,
                NpyInt::Long => NpyInt::ULong,
                NpyInt::LongLong => NpyInt::ULongLong,
                NpyInt::Intp => NpyInt::UIntp,
                NpyInt::Int8 => NpyInt::UInt8,
                NpyInt::Int16 => NpyInt::UInt16,
                NpyInt::Int32 => NpyInt::UInt32,
                NpyInt::Int64 | NpyInt::Datetime | NpyInt::Timedelta => NpyInt::UInt64,
                other => other,
            }),
            other => other,
        }
    }

    /// The smallest and largest value.
    pub fn range(self) -> (i128, i128) {
        let bits = self.bits();
        if self.signed() {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        }
    }

    /// `v` converted to this type as C converts an integer: modulo 2^bits,
    /// into the type's range (`(unsigned int)-1` is 4294967295).
    pub fn wrap(self, v: i128) -> i128 {
        let bits = self.bits();
        let modulus = 1i128 << bits;
        let low = v.rem_euclid(modulus);
        if self.signed() && low > self.range().1 {
            low - modulus
        } else {
            low
        }
    }

    /// The struct-module format character Cython checks `cython.view.array` against.
    pub fn format_char(self) -> char {
        use IntKind::*;
        match self {
            Char | SChar | Int8 => 'b',
            UChar | UInt8 => 'B',
            Short | Int16 => 'h',
            UShort | UInt16 => 'H',
            Int | Int32 => 'i',
            UInt | UInt32 => 'I',
            Long | Int64 | SsizeT => 'l',
            ULong | UInt64 | SizeT => 'L',
            LongLong => 'q',
            ULongLong => 'Q',
            Npy(n) => n.base().format_char(),
        }
    }
}

/// How one axis of a memoryview is laid out: Cython's (access, packing)
/// pairs, `Strided` = (direct, strided), `Follow` = (direct, follow),
/// `Contiguous` = (direct, contig), `Generic` = (full, strided),
/// `Indirect` = (ptr, strided), `IndirectContiguous` = (ptr, contig).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Axis {
    /// `:` (without a `::1` axis) or `view.strided`: direct access, any stride.
    Strided,
    /// `:` beside a `::1` axis (`double[:, ::1]`): direct access, the stride is
    /// the neighbour's extent × stride (C or Fortran order).
    Follow,
    /// `::1` or `view.contiguous`: direct access, stride == itemsize.
    Contiguous,
    /// `view.generic`: direct or indirect, decided by the suboffset at run time.
    Generic,
    /// `view.indirect`: follow a pointer, any stride.
    Indirect,
    /// `view.indirect_contiguous`: follow a pointer; the pointers are contiguous.
    IndirectContiguous,
}

impl Axis {
    /// The spelling of `axes[index]` in a type: `:`, `::1`, `::view.generic`, …
    /// As Cython spells it: a contiguous axis is `::1` beside a follow axis
    /// or alone, `::view.contiguous` otherwise (`m[::2, :]` of a `[:, ::1]`).
    pub fn spelling(axes: &[Axis], index: usize) -> &'static str {
        match axes[index] {
            Axis::Strided | Axis::Follow => ":",
            Axis::Contiguous
                if axes.len() == 1
                    || axes[index.saturating_sub(1)..(index + 2).min(axes.len())].contains(&Axis::Follow) =>
            {
                "::1"
            }
            Axis::Contiguous => "::view.contiguous",
            Axis::Generic => "::view.generic",
            Axis::Indirect => "::view.indirect",
            Axis::IndirectContiguous => "::view.indirect_contiguous",
        }
    }
}

/// A typed memoryview: element type, one [`Axis`] per dimension, and whether
/// its elements are read-only.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MemviewType {
    pub elem: Box<Type>,
    pub axes: Vec<Axis>,
    pub is_const: bool,
}

impl MemviewType {
    pub fn ndim(&self) -> usize {
        self.axes.len()
    }

    /// Every axis strided and direct: what slicing and transposing produce.
    pub fn strided(elem: Type, ndim: usize, is_const: bool) -> MemviewType {
        MemviewType { elem: Box::new(elem), axes: vec![Axis::Strided; ndim], is_const }
    }

    /// C-contiguous: `[:, :, ::1]`.
    pub fn c_contiguous(elem: Type, ndim: usize, is_const: bool) -> MemviewType {
        let mut axes = vec![Axis::Follow; ndim];
        if let Some(last) = axes.last_mut() {
            *last = Axis::Contiguous;
        }
        MemviewType { elem: Box::new(elem), axes, is_const }
    }

    /// Fortran-contiguous: `[::1, :, :]`.
    pub fn f_contiguous(elem: Type, ndim: usize, is_const: bool) -> MemviewType {
        let mut axes = vec![Axis::Follow; ndim];
        if let Some(first) = axes.first_mut() {
            *first = Axis::Contiguous;
        }
        MemviewType { elem: Box::new(elem), axes, is_const }
    }

    /// C-contiguous in Cython's sense (`is_cf_contig`): the last axis is
    /// contiguous and every other one follows it.
    pub fn is_c_contiguous(&self) -> bool {
        let n = self.ndim();
        n > 0 && self.axes[n - 1] == Axis::Contiguous && self.axes[..n - 1].iter().all(|a| *a == Axis::Follow)
    }

    /// Fortran-contiguous: more than one axis, the first contiguous and
    /// every other one following it.
    pub fn is_f_contiguous(&self) -> bool {
        self.ndim() > 1 && self.axes[0] == Axis::Contiguous && self.axes[1..].iter().all(|a| *a == Axis::Follow)
    }
}

/// A struct, union or enum type by its declaration: `id` indexes
/// [`Module::structs`] (or [`Module::enums`]); `name` is the source's, `cname`
/// the output's (the module's name in front, as functions have it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DeclaredType {
    pub id: u32,
    pub name: Arc<str>,
    pub cname: Arc<str>,
}

/// A `cdef struct` or `cdef union`: its fields in order.
#[derive(Debug, Clone, PartialEq)]
pub struct StructDef {
    pub name: String,
    pub cname: String,
    pub union: bool,
    /// `packed struct`: no padding.
    pub packed: bool,
    pub fields: Vec<Field>,
    pub span: Span,
}

/// One field of a struct or union.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub ty: Type,
    /// The field's type as written, when it is a name (`SIZE_t`, `double`
    /// for `double x[3]`): Cython's buffer messages name a field's type so.
    pub type_name: Option<String>,
    pub span: Span,
}

/// A `cdef enum` (or `cpdef enum`): its constants and their values.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDef {
    /// `None` for `cdef enum:`.
    pub name: Option<String>,
    /// `cpdef enum`: Cython also makes a Python enum class of it.
    pub cpdef: bool,
    pub members: Vec<(String, i128)>,
    pub span: Span,
}

impl StructDef {
    /// The index of the field called `name`.
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }
}

/// A C type, or one of the few Python values the subset has.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Type {
    Int(IntKind),
    /// `float` (32) or `double` (64).
    Float {
        bits: u32,
    },
    Bint,
    Ptr(Box<Type>),
    /// `T name[len]`.
    CArray(Box<Type>, u64),
    Memview(MemviewType),
    /// A `cdef struct` or `cdef union` value.
    Struct(DeclaredType),
    /// A value of a named `cdef enum`: a C `int` that only constants of the
    /// enum (or casts) may be assigned to.
    Enum(DeclaredType),
    Void,
    /// A Python int: an untyped integer local, or a literal outside 32 bits.
    /// Exact arithmetic (128 bits in cytrus), Python's `//` and `%`.
    PyInt,
    /// A Python `str`: a literal, a formatted string (f-string, `%`,
    /// `.format`, `str(x)`, `+`), or a function's local holding one.
    Str,
    /// A caught exception (`except E as e`): printing it prints its message.
    Exception,
    /// The `None` literal (assignable to views).
    NoneType,
    /// An exception class such as `ValueError`, in `raise` and `except`.
    ExceptionClass,
    /// A C tuple (ctuple), `(double, int)`: a C struct of its members, which
    /// are numbers, pointers or ctuples.
    CTuple(Vec<Type>),
    /// A pointer to a C function (`ctypedef int (*f_t)(int) noexcept`); the
    /// name of a `cdef` function is one too, where a value is wanted.
    FuncPtr(Box<FuncSig>),
    /// A `cython.view.array` object (`cdef cvarray arr`): an owned buffer whose
    /// `.data` and `.callback_free_data` may be set, assignable to typed views.
    ViewArray,
    /// After an error: absorbs every check so that one mistake reports once.
    Error,
}

/// The function a [`Type::FuncPtr`] points to, as Cython types it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FuncSig {
    pub ret: Type,
    pub params: Vec<Type>,
    pub except: ExceptSpec,
    pub nogil: bool,
}

/// Cython's exception specification of a C function type: whether the
/// caller asks the error indicator (`except?`, `except *`) and the value that
/// signals an error (`except -1`, `except? -1`). `noexcept` has neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExceptSpec {
    pub check: bool,
    pub value: Option<ExceptConst>,
}

/// The value of an exception specification (a float by its bits, to hash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExceptConst {
    Int(i128),
    Float(u64),
}

impl ExceptSpec {
    pub const NOEXCEPT: ExceptSpec = ExceptSpec { check: false, value: None };
    pub const STAR: ExceptSpec = ExceptSpec { check: true, value: None };

    /// ` noexcept`, ` except -1`, ` except? -1`, ` except *`, as Cython shows it.
    pub fn display(&self) -> String {
        let value = |v: &ExceptConst| match v {
            ExceptConst::Int(i) => i.to_string(),
            ExceptConst::Float(bits) => format!("{:?}", f64::from_bits(*bits)),
        };
        match (self.check, &self.value) {
            (false, None) => " noexcept".into(),
            (false, Some(v)) => format!(" except {}", value(v)),
            (true, Some(v)) => format!(" except? {}", value(v)),
            (true, None) => " except *".into(),
        }
    }
}

impl FuncSig {
    /// `int (*)(int) noexcept nogil` (`name` = `*`), or the function's own
    /// type `int (int) noexcept` (`name` empty).
    pub fn display_with(&self, name: &str) -> String {
        let params: Vec<String> = self.params.iter().map(Type::display).collect();
        let inner = if name.is_empty() { String::new() } else { format!("({name})") };
        let ret = self.ret.display();
        let sep = if ret.ends_with('*') { "" } else { " " };
        format!(
            "{ret}{sep}{inner}({}){}{}",
            params.join(", "),
            self.except.display(),
            if self.nogil { " nogil" } else { "" }
        )
    }
}

impl Type {
    pub const DOUBLE: Type = Type::Float { bits: 64 };
    pub const FLOAT: Type = Type::Float { bits: 32 };
    pub const INT: Type = Type::Int(IntKind::Int);
    pub const LONG: Type = Type::Int(IntKind::Long);
    pub const SSIZE: Type = Type::Int(IntKind::SsizeT);

    /// A C arithmetic type: integer, floating or `bint`.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int(_) | Type::Float { .. } | Type::Bint | Type::PyInt | Type::Enum(_))
    }

    /// A C integer (including `bint`, which C treats as `int`, and an enum) or a Python int.
    pub fn is_integral(&self) -> bool {
        matches!(self, Type::Int(_) | Type::Bint | Type::PyInt | Type::Enum(_))
    }

    pub fn is_float(&self) -> bool {
        matches!(self, Type::Float { .. })
    }

    pub fn is_error(&self) -> bool {
        matches!(self, Type::Error)
    }

    pub fn memview(&self) -> Option<&MemviewType> {
        match self {
            Type::Memview(m) => Some(m),
            _ => None,
        }
    }

    /// The type as Cython spells it in its messages: `double[:, ::1]`, `int *`.
    pub fn display(&self) -> String {
        match self {
            Type::Int(k) => k.cython_name().to_string(),
            Type::Float { bits: 32 } => "float".into(),
            Type::Float { .. } => "double".into(),
            Type::Bint => "bint".into(),
            Type::Ptr(inner) => format!("{} *", inner.display()),
            // `int g[4][2]` is an array of 4 arrays of 2: `int[4][2]`.
            Type::CArray(..) => {
                let mut dims = String::new();
                let mut t = self;
                while let Type::CArray(inner, n) = t {
                    dims.push_str(&format!("[{n}]"));
                    t = inner;
                }
                format!("{}{dims}", t.display())
            }
            Type::Memview(m) => {
                let axes: Vec<&str> = (0..m.ndim()).map(|i| Axis::spelling(&m.axes, i)).collect();
                format!("{}{}[{}]", if m.is_const { "const " } else { "" }, m.elem.display(), axes.join(", "))
            }
            Type::Struct(d) | Type::Enum(d) => d.name.to_string(),
            Type::Void => "void".into(),
            Type::PyInt => "Python int".into(),
            Type::Str => "str".into(),
            Type::Exception => "exception".into(),
            Type::NoneType => "None".into(),
            Type::ExceptionClass => "exception class".into(),
            Type::ViewArray => "cython.view.array".into(),
            Type::CTuple(items) => {
                let items: Vec<String> = items.iter().map(Type::display).collect();
                if items.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(", "))
                }
            }
            Type::FuncPtr(sig) => sig.display_with("*"),
            Type::Error => "<error>".into(),
        }
    }
}

/// The directives in force at a statement (module comment < decorator < `with`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directives {
    pub boundscheck: bool,
    pub wraparound: bool,
    pub cdivision: bool,
    pub initializedcheck: bool,
    pub nonecheck: bool,
    /// `cpow=True`: `**` as C computes it (`pow()` on floats, C integer
    /// powers on integers, 0 for a negative integer exponent).
    pub cpow: bool,
    /// `cpow` was set (to either value): Cython's implicit `cpow` for a
    /// power assigned straight to a C integer applies only when it was not.
    pub cpow_set: bool,
}

impl Default for Directives {
    /// Cython's defaults.
    fn default() -> Directives {
        Directives {
            boundscheck: true,
            wraparound: true,
            cdivision: false,
            initializedcheck: true,
            nonecheck: false,
            cpow: false,
            cpow_set: false,
        }
    }
}

/// Index of a variable in [`Module::vars`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarId(pub u32);

/// Index of a function in [`Module::functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);

/// Where a variable lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarScope {
    /// A module-level name (`cdef` global or assigned at top level).
    Global,
    /// A parameter of the function.
    Param(FuncId),
    /// A local of the function.
    Local(FuncId),
    /// A C variable or constant declared in a `cdef extern from` block: the
    /// header (or the C code the block carries) defines it.
    Extern,
}

/// A variable.
#[derive(Debug, Clone, PartialEq)]
pub struct Var {
    pub name: String,
    pub ty: Type,
    pub scope: VarScope,
    /// Declared with `cdef` (an explicit C type) rather than inferred.
    pub declared: bool,
    /// Declared `const`: assigned only by its declaration.
    pub is_const: bool,
    pub span: Span,
}

/// What kind of function, as written.
pub use cytrus_grammar::ast::FunctionKind;

/// How a function reports an error to its caller.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorReturn {
    /// `noexcept`: errors are printed and swallowed.
    None,
    /// `except VALUE`: the value always means an error.
    Value(ConstValue),
    /// `except? VALUE`: the value may mean an error; the caller checks the indicator.
    MaybeValue(ConstValue),
    /// `except *` (and `void` functions by default): the caller always checks.
    Always,
}

/// A compile-time constant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstValue {
    Int(i128),
    Float(f64),
}

/// A function signature and body.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub kind: FunctionKind,
    pub params: Vec<Param>,
    pub ret: Type,
    /// Cython returns a Python object: a `def`, or a `cdef`/`cpdef` written
    /// without a return type. `ret` is then the common type of its `return`
    /// values (`void` for none), and a caller gets the object they make.
    pub returns_object: bool,
    pub error_return: ErrorReturn,
    pub nogil: bool,
    pub with_gil: bool,
    pub inline: bool,
    pub body: Vec<Stmt>,
    /// The header, from its first keyword to the closing `:`.
    pub span: Span,
    /// The first decorator, when it has any: Cython's Python wrapper names
    /// that line (not the header's) in the traceback entry it adds.
    pub first_decorator: Option<Span>,
    /// Where its body is, and which module's name its symbol takes.
    pub linkage: Linkage,
}

/// Where a function is defined, and who calls it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linkage {
    /// Defined in this module; only it (and Python, for `def`/`cpdef`) calls it.
    Local,
    /// Defined in this module and declared in its `.pxd`: other modules call it.
    Shared,
    /// An inline function that `MODULE.pxd` defines, compiled into this module.
    PxdInline(String),
    /// Declared in `MODULE.pxd` and defined in `MODULE.pyx`: compiled there.
    Cimported(String),
    /// A C function declared in a `cdef extern from` block.
    ExternC,
}

impl Linkage {
    /// Whether this module compiles the body.
    pub fn has_body(&self) -> bool {
        matches!(self, Linkage::Local | Linkage::Shared | Linkage::PxdInline(_))
    }
}

/// What a `cdef extern from` block brings into the C output, in source order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CInclude {
    /// `cdef extern from "math.h"`: `#include "math.h"` (or `<…>` as written).
    Header(String),
    /// The block's docstring, copied verbatim.
    Verbatim(String),
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub var: VarId,
    pub default: Option<Expr>,
    /// `not None` on a memoryview parameter.
    pub not_none: bool,
    /// A view parameter's element type as written, when named (`float64_t`
    /// of `cnp.float64_t[:]`, `real` of a `ctypedef double real`): Cython's
    /// messages name the element so.
    pub elem_name: Option<String>,
    /// The declaration as written, from its type (or name, when untyped):
    /// Cython's wrapper names the line it starts on when the argument fails
    /// to convert.
    pub span: Span,
}

/// A typed module.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub name: String,
    pub vars: Vec<Var>,
    /// Every `cdef struct` and `cdef union`, in source order.
    pub structs: Vec<StructDef>,
    /// Every `cdef enum`, in source order.
    pub enums: Vec<EnumDef>,
    pub functions: Vec<Function>,
    /// The top-level statements, in order: what running the module does.
    pub init: Vec<Stmt>,
    /// Headers and C code of the `cdef extern from` blocks it (or a `.pxd`
    /// it cimports) declares.
    pub includes: Vec<CInclude>,
    /// How deeply the source nests (`ast::Module::nesting`): the passes over
    /// this module recurse about as deep.
    pub nesting: usize,
    /// The `return` statements of `def`s whose value is written
    /// `np.asarray(view)` (the view itself in the tir): Python gets a numpy
    /// array from them, as from Cython.
    pub asarray_returns: Vec<Span>,
    /// The integer constants Cython folds into a generic Python object
    /// (`0xF4FD06FCF3 * 2`, any folded constant that is a Python int), as
    /// opposed to a plain literal (a Python `int`): floating arithmetic with
    /// one stays a Python float, so the arithmetic around it is Python's
    /// too (`(d / (0xF4FD06FCF3 * 2)) ** 2.0` raises OverflowError).
    pub object_constants: crate::HashSet<Span>,
    /// The `def` and `cpdef` functions with fused parameters: Python sees
    /// each as one function that picks a specialisation from its arguments.
    pub fused_defs: Vec<FusedDef>,
}

/// A `def`/`cpdef` function with fused parameters, as Cython's Python
/// dispatcher sees it.
///
/// `def f(floating[:] a, integral k)` → `params [0, 1]`, `specs [([float,
/// short], f__float__short), …]` (the first fused type varying slowest).
#[derive(Debug, Clone, PartialEq)]
pub struct FusedDef {
    /// Its name in the `.pyx` file.
    pub name: String,
    /// Per fused type, in order of first appearance: the first parameter
    /// whose type mentions it (the one argument the dispatcher looks at).
    pub params: Vec<usize>,
    /// The specialisations in Cython's order: one member per fused type,
    /// and the function made for them.
    pub specs: Vec<(Vec<Type>, FuncId)>,
    /// Per specialisation, its members as Cython names them (`float64_t`).
    pub names: Vec<Vec<String>>,
}

impl Module {
    pub fn var(&self, id: VarId) -> &Var {
        &self.vars[id.0 as usize]
    }

    pub fn function(&self, id: FuncId) -> &Function {
        &self.functions[id.0 as usize]
    }
}

/// A statement with the directives in force.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    pub directives: Directives,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `target = value`; the value is converted to the target's type already.
    Assign {
        target: Expr,
        value: Expr,
    },
    /// `v[...] = x` where `x` is a scalar: every element of the view gets it.
    FillView {
        target: Expr,
        value: Expr,
    },
    /// `dst[...] = src` between views: an element-wise copy with broadcasting.
    CopyView {
        target: Expr,
        value: Expr,
    },
    /// `target op= value`, computed in `ty` then converted back.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
        ty: Type,
    },
    If {
        branches: Vec<(Expr, Vec<Stmt>)>,
        orelse: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for var in range(start, stop, step)`: bounds evaluated once, in `ty`.
    ForRange {
        var: VarId,
        start: Expr,
        stop: Expr,
        step: Expr,
        ty: Type,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `Some` for a `prange` loop: how it asked to run in parallel. Its
        /// iterations run in order for now, as Cython's do without OpenMP.
        parallel: Option<Box<ParallelLoop>>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    /// `raise E("msg")`; `None` re-raises the error being handled.
    Raise(Option<RaiseValue>),
    Assert {
        cond: Expr,
        message: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finally: Vec<Stmt>,
    },
    /// `with nogil:` / `with gil:` — the body runs without / with the GIL.
    Nogil {
        body: Vec<Stmt>,
        release: bool,
    },
    /// A `with cython.boundscheck(...)` block: only its directives differ.
    Block(Vec<Stmt>),
    /// `with nogil, parallel(num_threads=…):` — the body runs once on every
    /// thread of a team (inside the `Nogil` block that releases the GIL).
    ParallelBlock {
        /// `num_threads=`, as a C `int`.
        num_threads: Option<Expr>,
        body: Vec<Stmt>,
    },
    /// `print(args, sep=…, end=…)`.
    Print {
        args: Vec<Expr>,
        sep: String,
        end: String,
    },
    /// `arr.data = <char *>p` on a `cython.view.array`.
    SetArrayData {
        array: Expr,
        data: Expr,
    },
    /// `arr.callback_free_data = free`: the last release frees the data with `free`.
    SetArrayCallbackFree {
        array: Expr,
    },
    Pass,
}

/// What a `prange(…)` loop says about running in parallel.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelLoop {
    pub schedule: Option<Schedule>,
    /// `chunksize=`, as a C `int`.
    pub chunksize: Option<Expr>,
    /// `num_threads=`, as a C `int`.
    pub num_threads: Option<Expr>,
    /// Variables the body updates only with one in-place operator
    /// (`s += x`): Cython makes them reductions.
    pub reductions: Vec<(VarId, BinOp)>,
    /// Inside a `with parallel():` block, whose team shares the iterations.
    pub in_block: bool,
}

/// OpenMP's loop schedules, as `prange(…, schedule=…)` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    Static,
    Dynamic,
    Guided,
    Runtime,
}

/// The exception a `raise` creates.
#[derive(Debug, Clone, PartialEq)]
pub struct RaiseValue {
    pub kind: ExceptionKind,
    pub message: Option<Expr>,
}

/// One `except` clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Handler {
    /// The kinds it catches; empty for a bare `except:`.
    pub kinds: Vec<ExceptionKind>,
    /// `as e`: a variable holding the message.
    pub name: Option<VarId>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// The exception classes of the subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExceptionKind {
    Exception,
    IndexError,
    ValueError,
    TypeError,
    ZeroDivisionError,
    OverflowError,
    MemoryError,
    BufferError,
    AssertionError,
    UnboundLocalError,
    AttributeError,
    ArithmeticError,
    LookupError,
    RuntimeError,
}

impl ExceptionKind {
    pub fn from_name(name: &str) -> Option<ExceptionKind> {
        use ExceptionKind::*;
        Some(match name {
            "Exception" => Exception,
            "IndexError" => IndexError,
            "ValueError" => ValueError,
            "TypeError" => TypeError,
            "ZeroDivisionError" => ZeroDivisionError,
            "OverflowError" => OverflowError,
            "MemoryError" => MemoryError,
            "BufferError" => BufferError,
            "AssertionError" => AssertionError,
            "UnboundLocalError" => UnboundLocalError,
            "AttributeError" => AttributeError,
            "ArithmeticError" => ArithmeticError,
            "LookupError" => LookupError,
            "RuntimeError" => RuntimeError,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        use ExceptionKind::*;
        match self {
            Exception => "Exception",
            IndexError => "IndexError",
            ValueError => "ValueError",
            TypeError => "TypeError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            MemoryError => "MemoryError",
            BufferError => "BufferError",
            AssertionError => "AssertionError",
            UnboundLocalError => "UnboundLocalError",
            AttributeError => "AttributeError",
            ArithmeticError => "ArithmeticError",
            LookupError => "LookupError",
            RuntimeError => "RuntimeError",
        }
    }
}

/// A typed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// True division (`/`), or C division under `cdivision` on integers.
    Div,
    /// C's `/` on floating point, with no ZeroDivisionError: what Cython
    /// makes of `v[i] //= x` on a floating-point element.
    CDiv,
    /// C's `%` on integers (`cython.cmod`): truncating, no zero check.
    CMod,
    FloorDiv,
    Mod,
    Pow,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    NotEq,
}

/// A memoryview attribute that is a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewAttr {
    /// `.shape[k]`
    Shape,
    /// `.strides[k]`
    Strides,
    /// `.suboffsets[k]`
    Suboffsets,
}

/// A view attribute Cython reads from a Python object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectAttr {
    Ndim,
    Itemsize,
    Size,
    Nbytes,
}

impl ObjectAttr {
    pub fn name(self) -> &'static str {
        match self {
            ObjectAttr::Ndim => "ndim",
            ObjectAttr::Itemsize => "itemsize",
            ObjectAttr::Size => "size",
            ObjectAttr::Nbytes => "nbytes",
        }
    }
}

/// An attribute of a `cython.view.array` object, as the runtime's
/// `cytrus_array_info` numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayAttr {
    /// `.len`: the bytes of the data.
    Len = 0,
    Itemsize = 1,
    Ndim = 2,
    /// Whether `.mode` is `"fortran"`.
    Fortran = 3,
    /// `.shape[k]`.
    Shape = 4,
    /// `.strides[k]`.
    Strides = 5,
    /// `len(arr)`: the first extent.
    Length = 6,
    /// `.data`: the data pointer (`char *`).
    Data = 7,
}

/// One item of a view subscript after `...` is expanded.
#[derive(Debug, Clone, PartialEq)]
// A handful of these exist per subscript; boxing would only add indirection.
#[allow(clippy::large_enum_variant)]
pub enum SliceItem {
    /// A single index: the axis disappears.
    Index(Expr),
    /// `start:stop:step`; each part in `Py_ssize_t` when present.
    Range { start: Option<Expr>, stop: Option<Expr>, step: Option<Expr> },
    /// `None`: a new axis of extent 1.
    NewAxis,
}

/// A builtin or libc function call that needs no user function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Abs,
    Min,
    Max,
    /// A `<math.h>` function by name (`sqrt`, `pow`, …).
    Math(&'static str),
    Malloc,
    Calloc,
    Realloc,
    Free,
    Memcpy,
    Memset,
    /// `clock()` from `<time.h>`.
    Clock,
    /// `qsort(base, n, size, cmp)` from `<stdlib.h>`; the last argument is
    /// a [`ExprKind::FuncRef`] to a comparator.
    Qsort,
    /// `bsearch(key, base, n, size, cmp)`, as `qsort`.
    Bsearch,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// An integer constant in `ty` (C integer or Python int).
    IntLit(i128),
    FloatLit(f64),
    BoolLit(bool),
    StrLit(String),
    /// `None`.
    NoneLit,
    /// `NULL`.
    Null,
    /// `threadid()`: the calling thread's number in the team of the
    /// enclosing `prange` loop, 0 outside one.
    ThreadId,
    /// A `<math.h>` constant such as `M_PI`, `INFINITY`, `NAN`.
    MathConst(&'static str),
    Var(VarId),
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// Arithmetic in `ty`; both operands already converted to it (except the
    /// right operand of a shift and the exponent of `**`).
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// A chain `a < b <= c`: two operands per comparison, `[a, b, b, c]`, each
    /// pair converted to its own common type (the shared middle is evaluated once).
    Compare {
        operands: Vec<Expr>,
        ops: Vec<CmpOp>,
    },
    /// `x is None` / `x is not None` on a view.
    IsNone {
        operand: Box<Expr>,
        negated: bool,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Conditional {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// An implicit C conversion to `ty` (promotion, or an assignment's conversion).
    Convert(Box<Expr>),
    /// A conversion that raises `OverflowError` if the value does not fit
    /// (Python int to C integer, or a C value crossing a `def` boundary).
    ConvertChecked(Box<Expr>),
    /// `<T>x`.
    Cast(Box<Expr>),
    Call {
        func: FuncId,
        args: Vec<Expr>,
    },
    Builtin {
        builtin: Builtin,
        args: Vec<Expr>,
    },
    /// `sizeof(T)`.
    Sizeof(Type),
    /// `&x`.
    AddressOf(Box<Expr>),
    /// `s.x` on a struct or union value (`p.x` on a pointer is `p[0].x`).
    Field {
        base: Box<Expr>,
        field: usize,
    },
    /// `Point(1.0, y=2.0)` or `{'x': 1.0, 'y': 2.0}` as the struct `ty`: the
    /// value of each field given; the fields not given are zero.
    StructLit(Vec<(usize, Expr)>),
    /// `p[i]` on a pointer or C array.
    PtrIndex {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// `v[i, j]` with one index per axis: the element.
    ViewIndex {
        base: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `v[1:, i, None]`: a new view on the same data.
    ViewSlice {
        base: Box<Expr>,
        items: Vec<SliceItem>,
    },
    /// `v.shape[k]`, `v.strides[k]`, `v.suboffsets[k]`.
    ViewAttrIndex {
        base: Box<Expr>,
        attr: ViewAttr,
        index: Box<Expr>,
    },
    /// `v.shape` as a whole (printed as a list of 8).
    ViewAttrArray {
        base: Box<Expr>,
        attr: ViewAttr,
    },
    /// `v.ndim`, `v.itemsize`, `v.size` (the product of the extents) or
    /// `v.nbytes`: Cython reads them from a Python object, so a None view
    /// raises AttributeError whatever `nonecheck` says.
    ViewObjectAttr {
        base: Box<Expr>,
        attr: ObjectAttr,
    },
    /// `len(v)`: the first extent (0 for a None view, even under `nonecheck`).
    ViewLen(Box<Expr>),
    /// `v.T`.
    Transpose(Box<Expr>),
    /// `v.copy()` (C order) or `v.copy_fortran()`.
    ViewCopy {
        base: Box<Expr>,
        fortran: bool,
    },
    /// `v.is_c_contig()` / `v.is_f_contig()`.
    IsContig {
        base: Box<Expr>,
        fortran: bool,
    },
    /// `<T[:n, :m]>p`: a view borrowing pointer memory (Fortran order if `fortran`).
    ViewFromPtr {
        ptr: Box<Expr>,
        shape: Vec<Expr>,
        fortran: bool,
    },
    /// A C array used as a view.
    ViewFromArray(Box<Expr>),
    /// A view converted to another view type (contiguity checked at run time
    /// when `checked`, as at a `def` boundary).
    ViewConvert {
        operand: Box<Expr>,
        checked: bool,
    },
    /// `cython.view.array(shape=…, itemsize=…, format=…, mode=…)`.
    NewArray {
        shape: Vec<Expr>,
        itemsize: Box<Expr>,
        format: String,
        fortran: bool,
        allocate_buffer: bool,
        callback_free_data: Option<Box<Expr>>,
    },
    /// numpy's array constructors (`np.zeros`, `np.empty`, `np.ones`,
    /// `np.full`, their `*_like` forms, `np.arange`), made by the runtime
    /// without numpy. `ty` is the view that holds the array: when it is not
    /// the array's own type, acquiring it checks it as Cython does.
    NumpyArray(Box<NumpyArray>),
    /// An attribute of a `cython.view.array` object (`index` for `.shape[k]`
    /// and `.strides[k]`); AttributeError (TypeError for `len`) on None.
    ArrayAttr {
        base: Box<Expr>,
        attr: ArrayAttr,
        index: Option<Box<Expr>>,
    },
    /// `<int[:n, :m]>p` assigned to a `cython.view.array` variable: an
    /// array object over the pointer's memory (it frees it only once given
    /// a `callback_free_data`). The operand is the [`ExprKind::ViewFromPtr`].
    ArrayFromPtr(Box<Expr>),
    /// A `cython.view.array` acquired as the typed view `ty` (its format,
    /// item size and dimensions are checked at run time).
    ArrayToView(Box<Expr>),
    /// The name of a `cdef` function used as a value (a function pointer).
    FuncRef(FuncId),
    /// A bytes literal as a C string (`char *` to static, NUL-terminated bytes).
    BytesLit(Vec<u8>),
    /// A call through a function pointer: `ty` is the pointer's result type;
    /// errors are reported as the pointer's type says.
    CallPtr {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `(a, b)` as a C tuple of type `ty`: each item converted to its member type.
    CTuple(Vec<Expr>),
    /// `[a, b, c]` (or `(a, b, c)`) as the C array `ty`: each item converted
    /// to the element type as C converts it (nested for arrays of arrays).
    ArrayLiteral(Vec<Expr>),
    /// `t[k]` on a C tuple, `k` a constant in range (negative ones counted
    /// from the end already).
    TupleItem {
        base: Box<Expr>,
        index: usize,
    },
    /// `a op b` on two C tuples, as Python compares tuples: item by item
    /// (each pair in its own common type, `item_types`), then by length.
    CompareTuples {
        op: CmpOp,
        left: Box<Expr>,
        right: Box<Expr>,
        item_types: Vec<Type>,
    },
    /// An exception class name (`ValueError`) in `raise` or `except`.
    ExceptionClass(ExceptionKind),
    /// `int(x)` of a double: a Python int, truncated exactly (ValueError for
    /// a nan, OverflowError for an infinity).
    FloatToInt(Box<Expr>),
    /// `x in (a, b)` / `x not in (a, b)` on C values: `needle` is evaluated
    /// once, then compared with each item in turn (each pair in its common
    /// type: the needle converted to `ty`, the item already converted)
    /// until one is equal.
    In {
        needle: Box<Expr>,
        items: Vec<(Type, Expr)>,
        negated: bool,
    },
    /// A string built by formatting: the arguments are evaluated once, in
    /// order, then the pieces are appended (`f"x={x:.2f}"` →
    /// `args: [x]`, `pieces: [Text("x="), Value { arg: 0, how: Format, spec: ".2f" }]`).
    Format {
        args: Vec<Expr>,
        pieces: Vec<FormatPiece>,
    },
    /// After an error.
    Error,
}

/// A piece of a formatted string.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatPiece {
    Text(String),
    /// `args[arg]` formatted; `spec` was checked against the argument's type.
    Value {
        arg: usize,
        how: FormatHow,
        spec: String,
    },
}

/// How a formatted value becomes text, as Python (or Cython) computes it.
/// The value's Python type follows from its C type: C integers and Python
/// ints are `int`, `float`/`double` are `float`, `bint` is `bool`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatHow {
    /// `format(value, spec)`.
    Format,
    /// `format(str(value), spec)` (`!s`, and `!r`/`!a` of a number, whose
    /// `repr` is its `str`).
    Str,
    /// `format(repr(value), spec)` of a str (`ascii(value)` when `ascii`).
    Repr { ascii: bool },
    /// `format(int(value), spec)` of a double: Cython's rewrite of
    /// `'%d' % (x,)` (OverflowError/ValueError for an infinity or a nan).
    AsInt,
    /// `'%<spec>' % value`: one conversion of Python's `%` operator.
    Percent,
}

/// A numpy array made by cytrus: see [`ExprKind::NumpyArray`].
#[derive(Debug, Clone, PartialEq)]
pub struct NumpyArray {
    pub shape: ArrayShape,
    pub dtype: Dtype,
    pub order: ArrayOrder,
    pub fill: ArrayFill,
}

impl NumpyArray {
    /// The number of axes of the array made.
    pub fn ndim(&self) -> usize {
        match &self.shape {
            ArrayShape::Extents(extents) => extents.len(),
            ArrayShape::Like(view) => view.ty.memview().map_or(1, MemviewType::ndim),
            ArrayShape::Arange { .. } => 1,
        }
    }

    /// The view type of the array itself: C- or Fortran-contiguous.
    pub fn natural_type(&self) -> MemviewType {
        let ndim = self.ndim();
        let elem = self.dtype.elem.clone();
        match self.order {
            ArrayOrder::Fortran if ndim > 1 => MemviewType::f_contiguous(elem, ndim, false),
            _ => MemviewType::c_contiguous(elem, ndim, false),
        }
    }
}

/// Where a numpy array's shape comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ArrayShape {
    /// `np.zeros((n, m))`: extents, as `Py_ssize_t`.
    Extents(Vec<Expr>),
    /// `np.zeros_like(v)`: the shape of the view `v`.
    Like(Expr),
    /// `np.arange(start, stop, step)`: all three Python ints, or all `double`.
    Arange { start: Expr, stop: Expr, step: Expr },
}

/// A numpy dtype known when compiling: the C type of its elements and the
/// buffer format numpy exports for it (`'d'`, `'l'`, `'B'`, …).
#[derive(Debug, Clone, PartialEq)]
pub struct Dtype {
    pub elem: Type,
    pub format: String,
    /// A numpy record dtype (`np.dtype([('x', np.float64), …])`): its fields,
    /// packed as numpy packs them. `elem` is the struct it matches once the
    /// view holding the array names one.
    pub fields: Vec<(String, Type)>,
}

/// The memory order of a numpy array.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayOrder {
    /// Also `*_like`'s default `order='K'`: numpy sees a typed view as a
    /// buffer and lays the new array out in C order, whatever the view's.
    C,
    Fortran,
}

/// What a new numpy array holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ArrayFill {
    /// `np.zeros`, and `np.empty` (zeros too, so runs are reproducible).
    Zeros,
    /// `np.full(…, value)`/`np.ones`: a Python int, converted as numpy does.
    Int(Expr),
    /// `np.full(…, value)` with a float (`double`), cast as numpy does.
    Float(Expr),
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Type, span: Span) -> Expr {
        Expr { kind, ty, span }
    }

    pub fn error(span: Span) -> Expr {
        Expr { kind: ExprKind::Error, ty: Type::Error, span }
    }
}
