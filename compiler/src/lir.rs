//! The lowered IR: what both backends print, with every decision taken.
//!
//! Expressions ([`Value`]) are pure: checks, calls and runtime operations are
//! statements, in evaluation order, with explicit error exits ([`Stmt::Fail`]
//! jumps to the innermost [`Stmt::Guard`]'s handler). A memoryview element is
//! an [`Element`] whose address terms say, per axis, whether to multiply by the
//! stride (strided), not to (contiguous), or to follow a pointer (indirect).
//! Acquisition and release of owned views are explicit statements.
//!
//! `v[i]` on `double[::1] v`, checks on → `Check(i < 0 → i += shape[0]); Check(i >= shape[0] → IndexError …)`,
//! then `Load(Element { slice: v, terms: [Contiguous(i)] })`.

pub use crate::tir::CInclude as Include;
pub use crate::tir::CmpOp;
use crate::tir::{ExceptionKind, IntKind};

pub mod print;
mod runtime;
mod typing;
pub mod uses;
pub mod verify;
pub mod visit;

pub use runtime::{ResultVia, RuntimeParam, RuntimeSignature};
pub use typing::{slice_data_type, Scope};

/// A C-level type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LType {
    Int(IntKind),
    /// `float` (32) or `double` (64).
    Float(u32),
    /// `bint`: a C `int` that holds 0 or 1.
    Bint,
    /// A truth value: what comparisons, `and`/`or`/`not` and every condition
    /// are (a C `int` that is 0 or 1, a Rust `bool`). Lowering turns other
    /// values into one explicitly (`x != 0`).
    Bool,
    /// A Python int, held exactly in 128 bits.
    Int128,
    Ptr(Box<LType>),
    Array(Box<LType>, u64),
    /// `cytrus_slice`.
    Slice,
    /// A caught exception (`except E as e`): `cytrus_error *`.
    ErrorRef,
    /// A string the function owns (`cytrus_str` / `String`): built by the
    /// `Str*` runtime calls, only ever passed by reference, and freed
    /// (`StrFree`) before every exit.
    Str,
    /// A struct or union of [`Module::structs`], by its name in the output.
    Struct(String),
    Void,
    /// A C tuple: a struct of these fields in C (named in
    /// [`Module::tuple_types`]), a tuple in Rust.
    Tuple(Vec<LType>),
    /// A pointer to a module function: a `typedef` named in
    /// [`Module::fn_types`] in C, `Option<fn(…) -> …>` in Rust (NULL is `None`).
    FnPtr(Box<FnType>),
}

/// The function an [`LType::FnPtr`] points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FnType {
    pub ret: LType,
    pub params: Vec<LType>,
}

/// A function pointer type the module uses, with the name of its C typedef.
#[derive(Debug, Clone, PartialEq)]
pub struct FnTypeDef {
    pub name: String,
    pub ty: FnType,
}

/// A C tuple type the module uses, with the name lowering gave its C struct.
#[derive(Debug, Clone, PartialEq)]
pub struct TupleType {
    pub name: String,
    pub fields: Vec<LType>,
}

/// A struct or union type of the output: C's layout, its fields in order
/// (`#[repr(C)]` in Rust, `#[repr(C, packed)]` when packed).
#[derive(Debug, Clone, PartialEq)]
pub struct StructDef {
    /// Its name in the output (legal in C and Rust, unique in the module).
    pub name: String,
    pub union: bool,
    pub packed: bool,
    pub fields: Vec<FieldDef>,
}

/// One field of a [`StructDef`].
#[derive(Debug, Clone, PartialEq)]
pub struct FieldDef {
    /// Its name in the output (legal in C and Rust).
    pub name: String,
    pub ty: LType,
}

/// Index into [`Function::locals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

/// Index into [`Module::globals`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GlobalId(pub u32);

/// Index into [`Module::functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);

/// A variable: its name in the output (legal in C and Rust, given by the
/// namer) and its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Local {
    pub name: String,
    pub ty: LType,
    /// A compiler temporary: it may end up never read.
    pub temp: bool,
}

/// Index into [`Module::externs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExternId(pub u32);

/// A C variable or constant of a `cdef extern from` block.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternValue {
    /// Its C name.
    pub name: String,
    pub ty: LType,
    /// `const` (or an enum's name): read, never written, never addressed.
    pub constant: bool,
    /// For output that cannot include the header (Rust): the C function that
    /// returns the value.
    pub glue: String,
    /// The C function that returns the variable's address, when the module
    /// writes it or takes its address (a macro declared as a variable, as
    /// Cython allows, is only read: it has none).
    pub address_glue: Option<String>,
}

/// A lowered module.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub name: String,
    /// The `.pyx` file name, for line markers and tracebacks.
    pub file: String,
    /// Headers and verbatim C of `cdef extern from` blocks, in order.
    pub includes: Vec<Include>,
    /// The C variables and constants those blocks declare.
    pub externs: Vec<ExternValue>,
    /// The module's structs and unions, each after the ones it holds by value.
    pub structs: Vec<StructDef>,
    pub globals: Vec<Local>,
    pub functions: Vec<Function>,
    /// Every C tuple type used, each after the tuple types of its fields.
    pub tuple_types: Vec<TupleType>,
    /// Every function pointer type used, each after those of its parameters
    /// and result.
    pub fn_types: Vec<FnTypeDef>,
    /// The module's top-level code: a function returning 0, or -1 on error.
    pub init: Function,
    /// How deeply the source nests ([`cytrus_grammar::ast::Module::nesting`]):
    /// the printers recurse about as deep.
    pub nesting: usize,
    /// The globals a Python extension module shows as its attributes, as
    /// Cython shows module-level names assigned without `cdef`: their
    /// values once the top-level code has run.
    pub python_globals: Vec<PyGlobal>,
    /// Whether any of its code prints (the top-level code or a function):
    /// a Python extension module then sends `print` to `sys.stdout`.
    pub prints: bool,
    /// Whether its top-level code does nothing (no statement but returns,
    /// line marks and notes, or an error handler nothing can reach): a
    /// wrapper then need not check that the code ran on this thread.
    pub init_does_nothing: bool,
    /// The fused `def`/`cpdef` functions: Python sees each as one callable
    /// that picks a specialisation from its arguments, as Cython's does.
    pub python_fused: Vec<PyFused>,
}

/// A fused `def`/`cpdef` function as Python sees it: one object, named as
/// written, that reads the arguments of its fused types, picks the
/// specialisation (each an exported function of the module, under
/// [`PyInterface::name`]) with Cython's dispatcher's tests, and calls it;
/// `f["double"]` and `__signatures__` give the specialisations.
///
/// `def twice(floating x)` → `args [x@0: [isinstance float → "double"]]`,
/// `specs ["float": __pyx_fuse_0twice, "double": __pyx_fuse_1twice]`.
#[derive(Debug, Clone, PartialEq)]
pub struct PyFused {
    /// Its name in the `.pyx` file.
    pub name: String,
    /// The docstring (`__doc__`), if the body starts with one.
    pub doc: Option<String>,
    /// The traceback entry of the dispatcher's own errors: Cython's
    /// `module.__pyx_fused_cpdef` at the first decorator's or the header's line.
    pub frame: PyFrame,
    /// How many arguments Cython's "Expected at least N arguments" counts:
    /// the parameters without a default.
    pub min_positional: usize,
    /// One per fused type, in order of first appearance.
    pub args: Vec<PyFusedArg>,
    /// The specialisations, in Cython's order: the `__signatures__` key
    /// (`"float|int"`) and the [`PyInterface::name`] Python calls.
    pub specs: Vec<(String, String)>,
    /// The `def`/`cpdef` header's line.
    pub line: u32,
    /// Why the dispatcher cannot be built as Cython's (`cytrus build
    /// --python` reports it: E0470).
    pub unsupported: Option<String>,
}

/// The argument a fused type's dispatch looks at (its first parameter).
#[derive(Debug, Clone, PartialEq)]
pub struct PyFusedArg {
    /// The parameter's name (the keyword).
    pub name: String,
    /// Its position.
    pub position: usize,
    /// What its default picks, when the caller leaves it out: `None` for a
    /// parameter without default; `Some(None)` for a default no test takes.
    pub default: Option<Option<String>>,
    /// The tests, in Cython's order: the first that passes names the member.
    pub tests: Vec<PyFusedTest>,
}

/// One test of Cython's fused dispatcher, and the member it picks.
#[derive(Debug, Clone, PartialEq)]
pub enum PyFusedTest {
    /// `isinstance(arg, int)` (`int_class`) or `isinstance(arg, float)`.
    Instance { int_class: bool, member: String },
    /// A numpy array (or a returned view of one): its dtype's kind (`b'i'`,
    /// `b'u'`, `b'f'`), itemsize and its `ndim`.
    Dtype { kind: u8, itemsize: u32, ndim: u32, member: String },
    /// `None` (a view parameter that is not `not None`).
    None { member: String },
    /// `memoryview(arg)` of this itemsize (when no dtype was found, or the
    /// dtype's itemsize is this) and ndim, acquired whole as `view` asks.
    Acquire { itemsize: u32, view: ViewInterface, request: BufferRequest, member: String },
}

/// A module global Python sees as an attribute of the module.
#[derive(Debug, Clone, PartialEq)]
pub struct PyGlobal {
    /// Its name in the `.pyx` file.
    pub name: String,
    pub global: GlobalId,
    /// How its value becomes a Python object.
    pub conv: PyConv,
}

/// Who can call a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// `cdef`: only this module.
    Private,
    /// `def` / `cpdef`: declared in the header, `pub` in Rust.
    Exported,
}

/// Where a function's body is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Linkage {
    /// Here; only this module calls it (and its users, when exported).
    Local,
    /// Here, and declared in the module's `.pxd`: other modules call `symbol`.
    Shared,
    /// In the cytrus module `module`, which defines `symbol`.
    Module(String),
    /// A C function of a header: C output calls `symbol` itself; output that
    /// cannot include the header (Rust) calls `glue`, a C function that calls it.
    ExternC { glue: String },
}

impl Linkage {
    /// Whether the function's body is in this module.
    pub fn is_defined(&self) -> bool {
        matches!(self, Linkage::Local | Linkage::Shared)
    }
}

/// How a caller learns that a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorConvention {
    /// `noexcept`: the function reports and swallows its errors.
    NoExcept,
    /// The return value equals this only on error (`except -1`).
    Value(Value),
    /// The return value equals this when an error may have happened; the
    /// caller then asks the indicator (`except? -1`).
    MaybeValue(Value),
    /// The caller always asks the indicator (`except *`, `void` functions).
    Indicator,
}

/// A lowered function.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// The name in the `.pyx` file.
    pub name: String,
    /// The symbol in the output (`NAME` for exported, `__pyx_f_…` style otherwise).
    pub symbol: String,
    pub visibility: Visibility,
    pub params: Vec<LocalId>,
    pub ret: LType,
    pub error: ErrorConvention,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    /// A `noexcept` function's report names it `module.function`.
    pub qualified_name: String,
    pub inline: bool,
    /// Its address is passed to C code (a `qsort` comparator): it has the C
    /// calling convention (`extern "C"` in Rust).
    pub c_callback: bool,
    /// The line of the `def`/`cdef` header.
    pub line: u32,
    /// What callers outside the module see: set for `def`/`cpdef` functions.
    pub interface: Option<Box<Interface>>,
    /// Where the body is: here (then `body` holds it) or elsewhere.
    pub linkage: Linkage,
    /// The file the function is written in, when not the module's own
    /// (an inline function of a `.pxd`): its lines and tracebacks name it.
    pub file: Option<String>,
}

/// An exported function as callers outside the module see it: what the
/// entry points of both backends check, and what their documentation says.
#[derive(Debug, Clone, PartialEq)]
pub struct Interface {
    /// The `.pyx` header as written, on one line: `cpdef double dot(double[:] a, double[:] b)`.
    pub header: String,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
    /// One per parameter, in order.
    pub params: Vec<ParamInterface>,
    /// The returned view's type, when the function returns one.
    pub ret_view: Option<ViewInterface>,
    /// The exceptions the body raises itself (`raise`, bounds checks, …), in
    /// first-seen order; callees may raise others.
    pub raises: Vec<ExceptionKind>,
    /// A parameter is a pointer (or an untyped array): callers must vouch for it.
    pub needs_unsafe: bool,
    /// Every view parameter and the returned view hold numbers (or `bint`):
    /// element types a typed borrowed view can carry. A view of structs has
    /// no typed safe entry point in Rust (its layout is the module's own).
    pub numeric_views: bool,
    /// How Python calls it (`cytrus build --python`).
    pub python: PyInterface,
}

/// An exported function as a Python extension module exposes it, as Cython
/// does: arguments by position or keyword, converted with Cython's rules and
/// messages, and the result converted back.
///
/// `cpdef double h(const double[:] a, int k=2)` →
/// `text_signature "(a, k=2)", args [a: View(const double[:]), k: Int(int, default 2)], ret Float(64)`
#[derive(Debug, Clone, PartialEq)]
pub struct PyInterface {
    /// The name the module registers it under: as written, or for a
    /// specialisation of a fused function Cython's `__pyx_fuse_1twice`
    /// (Python reaches it through the fused function, [`PyFused`]).
    pub name: String,
    /// The name its argument errors show (`twice() takes exactly 1
    /// positional argument`): the function's as written.
    pub written_name: String,
    /// What `inspect.signature` shows: `(a, k=2)`.
    pub text_signature: String,
    /// One per parameter, in order.
    pub args: Vec<PyArg>,
    /// How the return value becomes a Python object.
    pub ret: PyConv,
    /// The body (or a function it calls) has a `with nogil:` block: the call
    /// runs with the GIL released, as Cython releases it there (the generated
    /// code never touches Python objects, so releasing it for the whole call
    /// is the same to every other thread).
    pub releases_gil: bool,
    /// A `cpdef` function: Cython's Python wrapper adds a traceback entry of
    /// its own ([`PyInterface::frame`]), outside the function's.
    pub wrapper_frame: bool,
    /// The traceback entry Cython's wrapper adds: for an argument that fails
    /// to parse (count, keywords) or to convert (scalar conversion, buffer
    /// acquisition), as the only entry; for a `cpdef` function, outside the
    /// body's entries. Not for `None` given to a `not None` view, which
    /// Cython rejects with no entry, nor for arguments given to a function
    /// without parameters (Cython's `METH_NOARGS`: CPython refuses them).
    pub frame: PyFrame,
    /// Why Python cannot call it, when a parameter or the result has no
    /// conversion (a pointer, a struct): `cytrus build --python` reports it.
    pub unsupported: Option<String>,
    /// A `def` whose `return`s give Python objects of different types (an
    /// `int` on one path, a `float` on another): Cython converts each
    /// returned value by itself, so each `return` also stores which of
    /// these conversions its value takes.
    pub ret_kinds: Option<PyRetKinds>,
    /// A `def` that returns `np.asarray(view)` (on every path): Python gets
    /// `numpy.asarray` of the returned view, an `ndarray` sharing its memory,
    /// as from Cython.
    pub ret_ndarray: bool,
}

/// The conversions of the returned values of a `def` whose `return`s differ
/// in type: `def f(x): if x: return 1` / `return 2.5` returns a `double`
/// (the common type) and sets `global` to 0 (`Int(long)`: the value is cast
/// back to `long`) or 1 (`Float(64)`) on the way out.
#[derive(Debug, Clone, PartialEq)]
pub struct PyRetKinds {
    /// A module global (a C `int`) the function sets before each `return`.
    pub global: GlobalId,
    /// The conversion of each kind: the wrapper casts the result to the
    /// conversion's C type first.
    pub convs: Vec<PyConv>,
}

/// A traceback entry a Python wrapper adds: `File "m.pyx", line 4, in m.f`.
#[derive(Debug, Clone, PartialEq)]
pub struct PyFrame {
    /// The `.pyx` (or `.pxd`) file the function is written in.
    pub file: String,
    /// As Cython names it: `module.function`.
    pub function: String,
    /// The line Cython's wrapper names for an argument that fails to parse
    /// (count, keywords) and for a `cpdef` body's error: the first
    /// decorator's, else the `def`/`cpdef` header's. An argument that fails
    /// to convert names its own line instead ([`PyArg::line`]).
    pub line: u32,
}

/// One argument of a [`PyInterface`].
#[derive(Debug, Clone, PartialEq)]
pub struct PyArg {
    /// The parameter's name in the `.pyx` file (and the keyword).
    pub name: String,
    pub conv: PyConv,
    /// The value used when the caller leaves the argument out, of the
    /// parameter's type (`Value::NoneSlice` for `=None` on a view).
    pub default: Option<Value>,
    /// The line the parameter's declaration starts on (its type's): the
    /// traceback entry's line when the argument fails to convert, as
    /// Cython's wrapper names it (`def f(int x,⏎ double[:] v)`: line 2 for `v`).
    pub line: u32,
}

/// What a memoryview argument asks of the exporter (`PyObject_GetBuffer`'s
/// flags, as Cython chooses them; `PyBUF_WRITABLE` too unless the view is
/// `const`): the exporter refuses first, in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BufferRequest {
    /// `PyBUF_RECORDS_RO`: strides and format.
    Strided,
    /// `PyBUF_C_CONTIGUOUS | PyBUF_FORMAT`: a `::1` last axis.
    CContiguous,
    /// `PyBUF_F_CONTIGUOUS | PyBUF_FORMAT`: a `::1` first axis of several.
    FContiguous,
    /// `PyBUF_FULL_RO`: an indirect (or generic) axis.
    Full,
}

/// How a Python object becomes a C value (arguments) or back (results).
#[derive(Debug, Clone, PartialEq)]
pub enum PyConv {
    /// A C integer by Cython's `__Pyx_PyInt_As_T`: a Python int as is, any
    /// other object through its `__int__` (a float truncates; "an integer is
    /// required" without one); "value too large to convert to {name}",
    /// "can't convert negative value to {name}", or CPython's own
    /// "Python int too large to convert to C long" past 64 bits.
    Int { kind: IntKind, name: String },
    /// `Py_ssize_t`: through `__index__` (a float is a TypeError:
    /// "'float' object cannot be interpreted as an integer").
    Index,
    /// A Python int held exactly in 128 bits.
    Int128,
    /// `float` (32) or `double` (64): through `__float__`/`__index__`
    /// ("must be real number, not str").
    Float(u32),
    /// `bint`: the truth value of any object; returned as `bool`.
    Bint,
    /// A typed memoryview: the buffer protocol with the flags Cython asks
    /// for, then the runtime's acquisition routine; returned as an object
    /// that exports the view's memory without copying.
    View { view: ViewInterface, request: BufferRequest },
    /// No value: the result is `None`.
    None,
    /// A C tuple result: a Python `tuple` of its items, each converted by
    /// itself (results only; Cython converts a ctuple argument from any
    /// sequence, which cytrus does not do yet).
    Tuple(Vec<PyConv>),
}

/// One parameter of an exported function.
#[derive(Debug, Clone, PartialEq)]
pub struct ParamInterface {
    /// The name in the `.pyx` file.
    pub name: String,
    /// The type as Cython spells it: `double`, `const double[:, ::1]`.
    pub spelling: String,
    /// What a view parameter must hold.
    pub view: Option<ViewInterface>,
}

/// A typed memoryview at the boundary: what the acquisition routine checks.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewInterface {
    /// The element type.
    pub elem: LType,
    /// The element type as Cython names it in messages (`double`, `unsigned int`).
    pub elem_name: String,
    /// Cython's type group letter: `H`, `I`, `U` or `R`.
    pub elem_group: u8,
    /// One `CYTRUS_AXIS_*` spec per axis.
    pub axes: Vec<i32>,
    pub is_const: bool,
    pub not_none: bool,
    /// A view of structs: the struct's fields, which acquisition matches
    /// against the buffer's format one by one.
    pub elem_info: Option<ElemInfo>,
}

/// A view element type as the format check walks it (Cython's
/// `__Pyx_TypeInfo`; `cytrus_type_info` in C, `rt::TypeInfo` in Rust).
///
/// `cdef struct P: int a; double b` as `P[:]` →
/// `{name "P", ty Struct(m_P), group 'S', fields [a: int 'I', b: double 'R']}`
#[derive(Debug, Clone, PartialEq)]
pub struct ElemInfo {
    /// As Cython's messages name it (`P`, `const P`, `SIZE_t`).
    pub name: String,
    /// The type whose size it has (the element type of a C array field).
    pub ty: LType,
    /// `'S'` for a struct, else Cython's type group letter.
    pub group: u8,
    /// The extents of a C array field.
    pub arraysize: Vec<u64>,
    /// A struct's fields, in order.
    pub fields: Vec<ElemField>,
}

/// One field of an [`ElemInfo`] struct.
#[derive(Debug, Clone, PartialEq)]
pub struct ElemField {
    /// The name in the `.pyx` file (in messages: `'P.b'`).
    pub name: String,
    /// Its name in the output (for `offsetof`).
    pub out_name: String,
    pub info: ElemInfo,
}

/// Where a value is stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// `p[i]` on a pointer (or a C array, which decays).
    Deref {
        ptr: Box<Value>,
        index: Box<Value>,
        elem: LType,
    },
    /// An element of a view.
    Element(Element),
    /// `shape[k]` (or strides/suboffsets) of a slice stored in a place.
    SliceField {
        slice: Box<Place>,
        field: SliceField,
        axis: usize,
    },
    /// The `data` pointer of a slice stored in a place.
    SliceData(Box<Place>),
    /// A field of the struct or union stored in a place (a union's fields
    /// overlap: reading one reinterprets the bytes).
    Field {
        base: Box<Place>,
        field: String,
        ty: LType,
        union: bool,
    },
    /// Field `index` of the C tuple stored in a place.
    TupleField {
        base: Box<Place>,
        index: usize,
        elem: LType,
    },
}

impl Place {
    /// The place whose storage this one is part of: through struct, tuple
    /// and slice fields to a local, a global, or a dereference.
    pub fn storage_root(&self) -> &Place {
        match self {
            Place::SliceField { slice: base, .. }
            | Place::SliceData(base)
            | Place::Field { base, .. }
            | Place::TupleField { base, .. } => base.storage_root(),
            p => p,
        }
    }
}

/// The address of one view element: `data + Σ term`.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub slice: Box<Value>,
    pub elem: LType,
    pub terms: Vec<AxisTerm>,
}

/// One axis's part of an element address.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisTerm {
    pub axis: usize,
    pub index: Value,
    pub access: Access,
    /// What makes the index safe on this axis.
    pub bounds: Bounds,
}

/// Why an element index is inside its axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bounds {
    /// A `Check` before the access raises IndexError otherwise.
    Checked,
    /// Lowering proved it (a `range` loop over the extent); a `Note` says
    /// how, and the text says why.
    Proven(&'static str),
    /// `boundscheck(False)`: the program promises it.
    Unchecked,
}

/// How one axis contributes to an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `index * strides[axis]`.
    Strided,
    /// The last axis of a C-contiguous view: the element pointer is indexed
    /// directly, `((T *)p)[index]`, with no stride multiply.
    Contiguous,
    /// `*(char **)(p + index * strides[axis]) + suboffsets[axis]`.
    Indirect,
    /// Decided at run time by `suboffsets[axis] >= 0`.
    Generic,
}

/// A field of the slice struct that is an array of extents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SliceField {
    Shape,
    Strides,
    Suboffsets,
}

/// A pure value: evaluating it has no effects and cannot fail.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i128, IntKind),
    Int128(i128),
    Float(f64, u32),
    Bool(bool),
    Null(LType),
    /// A named C constant (`M_PI`, `INFINITY`, `CLOCKS_PER_SEC`) and its
    /// value, for languages that do not have the name.
    Const {
        name: &'static str,
        value: f64,
        ty: LType,
    },
    Read(Box<Place>),
    Unary {
        op: UnaryOp,
        ty: LType,
        operand: Box<Value>,
    },
    Binary {
        op: BinOp,
        ty: LType,
        left: Box<Value>,
        right: Box<Value>,
    },
    Compare {
        op: CmpOp,
        left: Box<Value>,
        right: Box<Value>,
    },
    And(Box<Value>, Box<Value>),
    Or(Box<Value>, Box<Value>),
    Cond {
        cond: Box<Value>,
        then: Box<Value>,
        orelse: Box<Value>,
        ty: LType,
    },
    /// A conversion: written in the source, or one that C makes implicitly
    /// where the value stands (`implicit`: C output need not spell it).
    Cast {
        ty: LType,
        value: Box<Value>,
        implicit: bool,
    },
    AddressOf(Box<Place>),
    /// A pure `<math.h>` function (`pow` or `powf`, chosen by lowering), its
    /// arguments already of its parameter types.
    Math {
        name: &'static str,
        args: Vec<Value>,
        ty: LType,
    },
    Sizeof(LType),
    /// 1 if the slice is the None view.
    IsNone(Box<Value>),
    /// A slice value with one field replaced (slicing builds views this way).
    SliceWith {
        base: Box<Value>,
        field: SliceField,
        axis: usize,
        value: Box<Value>,
    },
    /// A slice value with its data pointer replaced.
    SliceWithData {
        base: Box<Value>,
        data: Box<Value>,
    },
    /// The None view.
    NoneSlice,
    /// A struct or union with every byte zero.
    Zero(LType),
    /// A C tuple built from its fields, each of its field's type already.
    Tuple {
        items: Vec<Value>,
        ty: LType,
    },
    /// 1 while an exception is set in the indicator.
    ErrOccurred,
    /// `threadid()`: the number of the calling thread in the team running
    /// the enclosing `prange` loop, 0 outside one (an `int`).
    ThreadId,
    /// The value of a C variable or constant of a `cdef extern from` block.
    Extern(ExternId),
    /// The address of a C variable of a `cdef extern from` block: reads and
    /// writes go through it.
    ExternAddress(ExternId),
    /// A C string literal: a `char *` to these bytes and a NUL, in static memory.
    CString(Vec<u8>),
    /// The address of a module function, of type [`LType::FnPtr`].
    FuncAddr {
        func: FuncId,
        ty: LType,
    },
    /// 1 when `except kind:` catches the exception held in the local.
    ErrorMatches {
        error: LocalId,
        kind: ExceptionKind,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Invert,
    Not,
}

/// Binary operators, each with one meaning in both backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// Wrapping on integers (`-fwrapv` / `wrapping_*`), IEEE on floats.
    Add,
    Sub,
    Mul,
    /// C division: truncating on integers (divisor checked already), IEEE on floats.
    Div,
    /// C remainder (truncating), divisor checked already.
    Rem,
    /// Python `//` on integers: floors (divisor checked already).
    FloorDiv,
    /// Python `%` on integers: takes the divisor's sign (divisor checked already).
    Mod,
    /// Python `//` on floats.
    FloatFloorDiv,
    /// Python `%` on floats.
    FloatMod,
    /// Integer power by squaring, wrapping (exponent ≥ 0).
    IntPow,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
}

/// What an error message says.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Text(String),
    /// `Out of bounds on buffer access (axis N)` with N computed at run time.
    Value(Value),
    /// The text of a string in a place (a formatted message).
    Str(Place),
}

/// A function of the runtime that generated code calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuntimeFn {
    /// `cytrus_array_new(&out, ndim, shape, itemsize, format, mode, allocate)`.
    ArrayNew,
    /// `cytrus_numpy_array(&out, ndim, shape, itemsize, format, fortran)`:
    /// `np.zeros` and the other numpy constructors, zero-filled.
    NumpyArray,
    /// `cytrus_numpy_fill_int(&array, ndim, format, value)`: `np.full`/`np.ones`.
    NumpyFillInt,
    NumpyFillFloat,
    /// `cytrus_numpy_arange_int(&out, start, stop, step, itemsize, format)`.
    NumpyArangeInt,
    NumpyArangeFloat,
    /// `cytrus_numpy_require_contig(&array, ndim, itemsize, fortran)`: numpy's
    /// contiguity check when an array is taken as a `::1` view.
    NumpyRequireContig,
    SliceFromPtr,
    SliceCopy,
    SliceCopyFortran,
    SliceIsCContig,
    SliceIsFContig,
    SliceCopyContents,
    SliceFill,
    SliceCheckDtype,
    SliceCheckAxes,
    Malloc,
    Calloc,
    Realloc,
    Free,
    /// The program's `memcpy`, as `memmove`: overlapping copies stay defined.
    Memmove,
    Memset,
    Clock,
    /// One axis of a slice (Cython's `__pyx_memoryview_slice_memviewslice`).
    SliceAxis,
    /// `arr.data = p` on a `cython.view.array`.
    ArraySetData,
    /// `arr.callback_free_data = free` on a `cython.view.array`.
    ArraySetCallbackFree,
    /// An attribute of a `cython.view.array` (`.len`, `.itemsize`, `.ndim`,
    /// `.mode`, `.shape[k]`, `.strides[k]`, `len(arr)`), checked: raises on None
    /// and for an axis past `.ndim`.
    ArrayInfo,
    /// Checked Python-int (128-bit) arithmetic: OverflowError past 128 bits,
    /// ZeroDivisionError, Python's floor division and modulo.
    I128Add,
    I128Sub,
    I128Mul,
    I128FloorDiv,
    I128Mod,
    I128Pow,
    I128Shl,
    /// Python's `int / int`: the exact quotient rounded to a double.
    I128TrueDiv,
    /// Cython's "soft complex" `a ** b` on doubles: C99 `cpow`, then back to
    /// a double (TypeError when the imaginary part is not zero).
    SoftPow,
    /// `int(x)` of a double, exactly (ValueError for nan, OverflowError for
    /// an infinity or past 128 bits).
    DoubleToInt,
    /// Strings (`LType::Str`): empty one (keeping its memory).
    StrClear,
    /// Give a string's memory back.
    StrFree,
    /// Append literal text (and its length in bytes).
    StrPush,
    /// Append another string.
    StrPushStr,
    /// Append `repr` (or `ascii`) of another string.
    StrPushRepr,
    /// Append `format(value, spec)` of a Python int (status: `c` out of range).
    StrFormatInt,
    /// Append `format(value, spec)` of a float.
    StrFormatDouble,
    /// Append `format(value, spec)` of a bool.
    StrFormatBint,
    /// Append `format(value, spec)` of a str.
    StrFormatStr,
    /// Append `format(int(value), spec)` of a double (status: inf, nan).
    StrFormatDoubleAsInt,
    /// Append `'%<spec>' % value` of a Python int (status: `%c` out of range).
    StrPercentInt,
    /// Append `'%<spec>' % value` of a float (status: `%d` of inf, nan).
    StrPercentDouble,
    /// Append `'%<spec>' % value` of a bool.
    StrPercentBint,
    /// Append `'%<spec>' % value` of a str.
    StrPercentStr,
    /// The C library's `qsort(base, n, size, compare)`.
    Qsort,
    /// The C library's `bsearch(key, base, n, size, compare)`.
    Bsearch,
    /// `cytrus_gil_acquire()`: entering a `with gil:` block (or a `with gil`
    /// function) takes the lock that stands for the GIL; returns a token.
    GilAcquire,
    /// `cytrus_gil_release(token)`: leaving it, by any way out.
    GilRelease,
    /// `cytrus_gil_save_for_team()`: before a team starts where the GIL
    /// may be held (outside `with nogil:`), it is given up (Python modules).
    GilSaveForTeam,
    /// `cytrus_gil_restore_after_team(saved)`: taken back after the team.
    GilRestoreAfterTeam,
}

/// One argument of a runtime call.
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeArg {
    Value(Value),
    /// A pointer to a place (`&slice`).
    Ref(Place),
    /// A string literal.
    Str(String),
    /// A constant array of axis specs or extents, passed by pointer.
    IntArray(Vec<Value>, IntKind),
    /// A runtime function passed as a callback (`free`).
    Callback(RuntimeFn),
    /// A module function passed as a C function pointer (a `qsort`
    /// comparator); it is [`Function::c_callback`].
    Function(FuncId),
}

/// One printed item.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintItem {
    Text(String),
    Double(Value),
    Signed(Value),
    Unsigned(Value),
    Int128(Value),
    Bint(Value),
    /// A `.shape`/`.strides`/`.suboffsets` array of a slice in a place.
    Dims(Place, SliceField),
    /// A caught exception's message.
    Error(Value),
    /// A string's text.
    Str(Place),
}

/// A statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Stmt {
    /// The following statements come from this source line.
    Line(u32),
    /// A remark for the reader of the output (a check removed, and why).
    Note(String),
    Assign {
        place: Place,
        value: Value,
    },
    /// A call of a module function; `error` says how the caller learns of failure.
    Call {
        dest: Option<Place>,
        func: FuncId,
        args: Vec<Value>,
    },
    /// A call through a function pointer (of type [`LType::FnPtr`]); the
    /// error check after it is explicit.
    CallPtr {
        dest: Option<Place>,
        callee: Value,
        args: Vec<Value>,
    },
    /// A runtime call; a nonzero status (when `checked`) means an error is set.
    Runtime {
        dest: Option<Place>,
        func: RuntimeFn,
        args: Vec<RuntimeArg>,
        checked: bool,
    },
    /// `if fail_if { raise kind(message) }`.
    Check {
        fail_if: Value,
        kind: ExceptionKind,
        message: Message,
    },
    /// Raise an exception here (message `None`: the class alone).
    Raise {
        kind: ExceptionKind,
        message: Option<Message>,
    },
    /// Re-raise the exception held in a local (`raise` in a handler).
    Reraise(LocalId),
    /// Leave for the innermost guard's handler if `cond` (the error is set).
    FailIf(Value),
    /// Leave for the innermost guard's handler (the error is set).
    Fail,
    If {
        cond: Value,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// Runs forever; leave with `Break`.
    Loop(Vec<Stmt>),
    /// `for (counter = start; counter <op> stop; counter += step) { var = counter; body }`;
    /// the bounds are locals evaluated once.
    For {
        counter: LocalId,
        start: Value,
        stop: Value,
        step: Value,
        ascending: bool,
        /// The type the counter wraps in after each step (`counter =
        /// (T)(counter + step)`, back in the counter's type): Cython counts
        /// in the loop variable's type, which may be narrower than the
        /// comparison's (`for c in range(-14, ull, -7)` with a `char c`).
        wrap: Option<LType>,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Value>),
    /// Runs `body`; a `Fail` inside (not inside a nested guard) runs `handler`
    /// with the error indicator set. With `frame`, the handler first adds
    /// the function's frame (this name, the line that failed) to the traceback.
    Guard {
        body: Vec<Stmt>,
        handler: Vec<Stmt>,
        frame: Option<String>,
    },
    /// Take the current exception out of the indicator into a local.
    FetchError(LocalId),
    /// Put a fetched exception back as the current one.
    RestoreError(LocalId),
    /// Free a fetched exception held in a local (and set it to NULL).
    DropError(LocalId),
    /// Clear the indicator.
    ClearError,
    /// `dst = src` between slices of `ndim` axes whose later axes are all 0:
    /// only the owner, the data pointer and the first `ndim` axes are copied.
    CopySlice {
        dst: Place,
        src: Place,
        ndim: usize,
    },
    /// One more user for the owner of the slice in the place.
    Acquire(Place),
    /// One user less for the owner of the slice in the place.
    Release(Place),
    /// A `noexcept` function's report of an error it swallows.
    WriteUnraisable(String),
    Print(Vec<PrintItem>),
    Block(Vec<Stmt>),
    /// A `prange` loop: its iterations shared among a team of threads.
    Parallel(Box<ParallelLoop>),
    /// A `with parallel():` block: its body run once on every thread of a team.
    ParallelBlock(Box<ParallelBlock>),
}

/// A `with nogil, parallel():` block as both backends run it: a team of
/// threads (OpenMP's `parallel` in C, `rt::parallel::run_team` in Rust),
/// each running `body` once with its own copies of `private` and
/// `lastprivate` and of the reductions. The `prange` loops directly in the
/// body are [`ParallelLoop::in_team`]: they share their iterations among
/// this team. Lowering wrote `body` so that it never leaves the block: a
/// `return` or an error sets the thread's `exit.why` and ends its run of the
/// body, as in a [`ParallelLoop`].
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelBlock {
    /// `num_threads=` (`None`: `OMP_NUM_THREADS`, else one per core).
    pub num_threads: Option<Value>,
    /// The reductions of the `prange` loops in the block: each thread starts
    /// its copy at the operator's identity; after the block the variable is
    /// its value before the block combined with every thread's copy.
    pub reductions: Vec<Reduction>,
    /// Variables the `prange` loops in the block assign (their lastprivate
    /// variables) and the block does not: each thread's copy starts at the
    /// value before the block; after it, the variable holds the copy of the
    /// thread that ran the last iteration of the last such loop that ran.
    pub lastprivate: Vec<LocalId>,
    /// Variables the block itself assigns (Cython's firstprivate privates of
    /// the block): each thread's copy starts at the value before the block
    /// and is dropped at its end; the variable keeps its value before the
    /// block (Cython refuses reading it after the block, E0482).
    pub firstprivate: Vec<LocalId>,
    /// Temporaries: private, neither copied in nor out.
    pub private: Vec<LocalId>,
    /// As [`ParallelLoop::shared`].
    pub shared: Vec<LocalId>,
    /// As [`ParallelLoop::through_pointer`].
    pub through_pointer: Vec<LocalId>,
    /// Arrays and structs the block writes an element or a field of (never
    /// the whole variable): shared by the team as in Cython (only variables
    /// assigned by name are private), so every thread writes the caller's
    /// variable. Rust output reaches them through a `*mut` pointer taken
    /// before the team starts; the program keeps the threads' writes apart
    /// (or races, as in C).
    pub shared_written: Vec<LocalId>,
    pub exit: ParallelExit,
    /// As [`ParallelLoop::module_state`]: Rust output runs the block on a
    /// team of one.
    pub module_state: bool,
    pub body: Vec<Stmt>,
}

/// A `prange` loop as both backends run it: `for (index = 0; index < count;
/// index++) body`, the iterations shared among a team of threads (OpenMP's
/// `parallel` + `for` in C, scoped threads in Rust), each thread with its own
/// copy of the private locals. Lowering wrote `body` so that it never leaves
/// the loop: `break`, `return` and errors set the thread's `exit.why` and
/// leave the iteration, and the thread then skips its remaining iterations.
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelLoop {
    /// The number of iterations, a local set before the loop (may be <= 0).
    pub count: LocalId,
    /// The iteration number, `0 <= index < count`, private to each thread.
    pub index: LocalId,
    pub schedule: Schedule,
    /// `chunksize=`: iterations handed out at a time (`None`: the schedule's default).
    pub chunksize: Option<Value>,
    /// `num_threads=`: the team's size (`None`: `OMP_NUM_THREADS`, else one per core).
    pub num_threads: Option<Value>,
    /// Each thread starts its copy at the operator's identity; after the
    /// loop the variable is its value before the loop combined with every
    /// thread's copy.
    pub reductions: Vec<Reduction>,
    /// Variables the body assigns: each thread's copy starts at the value
    /// before the loop (firstprivate), and after the loop the variable holds
    /// the copy of the thread that ran the last iteration (lastprivate).
    pub lastprivate: Vec<LocalId>,
    /// Temporaries used within one iteration: private, neither copied in nor out.
    pub private: Vec<LocalId>,
    /// Scalars, pointers and slices the body reads and nothing changes while
    /// the loop runs (the body does not write them and no pointer to them
    /// exists): a thread may read its own copy, made when it starts.
    pub shared: Vec<LocalId>,
    /// Locals the body only reads whose address the function takes (`p =
    /// &limit`, then `p[0] = x` in the body): a write through a pointer
    /// reaches every thread, so no thread keeps a copy. Rust output reads
    /// them through a pointer taken before the team starts, so that no
    /// thread holds a reference to a variable another may write through a
    /// pointer; C output reads the variable, which is shared.
    pub through_pointer: Vec<LocalId>,
    /// As [`ParallelBlock::shared_written`] (empty in a block's team: the
    /// block's hold them).
    pub shared_written: Vec<LocalId>,
    pub exit: ParallelExit,
    /// Whether the body reads or writes module variables (directly or in a
    /// call). Rust output keeps module variables per thread, so it runs such
    /// a loop on the calling thread alone (a team of one).
    pub module_state: bool,
    /// A `prange` directly in a `with parallel():` block: its iterations are
    /// shared among the block's team, which every thread of the team reaches
    /// (OpenMP's orphaned `omp for nowait`; no barrier after it, as in
    /// Cython). Its `num_threads` is `None` and its `reductions`, `shared`
    /// and `through_pointer` are empty (the block's hold them); its
    /// `lastprivate` variables are the block's `lastprivate` (or
    /// `reductions`) and its `private` ones the block's; `exit.team_*` are
    /// `exit.why`/`error`/`ret` themselves (each thread leaves on its own).
    pub in_team: bool,
    pub body: Vec<Stmt>,
}

/// How the threads of a [`ParallelLoop`] report `break`, `return` and errors.
/// Each thread's `why` starts at 0 and becomes [`ParallelLoop::BREAK`],
/// [`ParallelLoop::RETURN`] (its `ret` holds the value) or
/// [`ParallelLoop::ERROR`] (its `error` holds the fetched exception); the
/// thread then runs no more iterations. After the loop, `team_why` is the
/// greatest `why` of any thread and `team_error`/`team_ret` are that
/// thread's (the first such thread in Rust, the first to finish in C).
#[derive(Debug, Clone, PartialEq)]
pub struct ParallelExit {
    pub why: LocalId,
    pub error: LocalId,
    pub ret: Option<LocalId>,
    pub team_why: LocalId,
    pub team_error: LocalId,
    pub team_ret: Option<LocalId>,
}

impl ParallelLoop {
    pub const BREAK: i128 = 2;
    pub const RETURN: i128 = 3;
    pub const ERROR: i128 = 4;
}

/// A reduction of a [`ParallelLoop`].
#[derive(Debug, Clone, PartialEq)]
pub struct Reduction {
    pub local: LocalId,
    pub op: ReductionOp,
}

/// OpenMP's reduction operators that Cython infers from in-place operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReductionOp {
    /// `+=` and `-=` (the copies are added, as OpenMP's `-` does).
    Add,
    Mul,
    BitAnd,
    BitOr,
    BitXor,
}

/// How a [`ParallelLoop`]'s iterations are handed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Blocks fixed before the loop: without a chunk size, one contiguous
    /// block per thread (the first `count % threads` threads one iteration
    /// more); with one, chunks dealt round-robin. OpenMP's `static`.
    Static,
    /// Chunks taken in turn by whichever thread is free.
    Dynamic,
    /// As `Dynamic`, chunks shrinking with the iterations left.
    Guided,
    /// `OMP_SCHEDULE` decides (Rust output: `Static`).
    Runtime,
}

impl LType {
    /// The C name of the struct for a C tuple of these fields:
    /// `(int, double)` → `cytrus_ctuple_int__double`; a nested tuple's
    /// fields follow `tupleN` (`(int, (double, double))` →
    /// `cytrus_ctuple_int__tuple2__double__double`), so the name is unique.
    pub fn tuple_name(fields: &[LType]) -> String {
        fn mangle(t: &LType, out: &mut String) {
            match t {
                LType::Int(k) => out.push_str(&k.c_name().replace(' ', "_")),
                LType::Float(32) => out.push_str("float"),
                LType::Float(_) => out.push_str("double"),
                LType::Bint => out.push_str("bint"),
                LType::Bool => out.push_str("bool"),
                LType::Int128 => out.push_str("pyint"),
                LType::Ptr(inner) => {
                    mangle(inner, out);
                    out.push_str("_ptr");
                }
                LType::Array(inner, n) => {
                    mangle(inner, out);
                    out.push_str(&format!("_arr{n}"));
                }
                LType::Slice => out.push_str("slice"),
                LType::Struct(name) => out.push_str(name),
                LType::ErrorRef => out.push_str("error"),
                LType::Str => out.push_str("str"),
                LType::Void => out.push_str("void"),
                LType::Tuple(fields) => {
                    out.push_str(&format!("tuple{}", fields.len()));
                    for f in fields {
                        out.push_str("__");
                        mangle(f, out);
                    }
                }
                LType::FnPtr(f) => {
                    out.push_str(&format!("fn{}__", f.params.len()));
                    mangle(&f.ret, out);
                    for p in &f.params {
                        out.push_str("__");
                        mangle(p, out);
                    }
                }
            }
        }
        let mut name = String::from("cytrus_ctuple_");
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                name.push_str("__");
            }
            mangle(f, &mut name);
        }
        name
    }
}

impl FnType {
    /// The name of the C typedef for a pointer to this function:
    /// `int (*)(double *)` → `cytrus_fn1__int__double_ptr`.
    pub fn typedef_name(&self) -> String {
        let mut name = LType::tuple_name(std::slice::from_ref(&LType::FnPtr(Box::new(self.clone()))));
        name.replace_range(..LType::tuple_name(&[]).len(), "cytrus_");
        name
    }
}

/// The error condition of a call that follows a convention.
impl ErrorConvention {
    pub fn is_noexcept(&self) -> bool {
        matches!(self, ErrorConvention::NoExcept)
    }
}
