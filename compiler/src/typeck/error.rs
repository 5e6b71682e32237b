//! Semantic errors as data, and their wording.
//!
//! Where Cython rejects the same program, the message keeps close to
//! Cython's (`Cannot assign type 'double' to 'int'`), in rustc's style:
//! lowercase, no final period, types and code in backticks, a `help:` line
//! where there is a fix.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use cytrus_grammar::ast::Span;

use self::ConflictingInference as ConflictingInference_;
pub use super::fused::FusedIndexProblem;

/// `x = 1` then `x = 2.5`: the two types an untyped local was given.
#[derive(Debug, Clone, PartialEq)]
pub struct ConflictingInference {
    pub span: Span,
    pub name: String,
    pub first: String,
    pub second: String,
    pub first_span: Span,
}

/// Everything semantic analysis can reject.
#[derive(Debug, Clone, PartialEq)]
pub enum SemanticError {
    /// A name with no declaration.
    UnknownName { span: Span, name: String, similar: Option<String> },
    /// A type name that is not a type.
    UnknownType { span: Span, name: String, hint: Option<&'static str> },
    /// `cdef int x` twice in one scope.
    Redeclared { span: Span, name: String, previous: Span },
    /// A `cimport` of something cytrus does not provide.
    UnknownCimport { span: Span, module: String, name: Option<String> },
    /// An assignment or argument whose type does not convert.
    CannotAssign { span: Span, from: String, to: String, help: Option<String> },
    /// Views with different element types.
    DifferentBaseTypes { span: Span, from: String, to: String },
    /// Views with different numbers of dimensions.
    DifferentDimensions { span: Span, from: String, to: String },
    /// A strided view where a contiguous one is required.
    NotConformable { span: Span, from: String, to: String },
    /// An operator applied to types it does not take.
    InvalidOperands { span: Span, op: String, left: String, right: Option<String> },
    /// `f(1, 2)` for `f(int a)`.
    WrongArgumentCount { span: Span, name: String, expected: String, given: usize, decl: Option<Span> },
    /// `f(x=1)` where `f` has no parameter `x`.
    UnknownKeyword { span: Span, name: String, function: String },
    /// A call of something that is not a function.
    NotCallable { span: Span, what: String },
    /// `m[i, j, k]` on a 2-D view.
    TooManyIndices { span: Span, given: usize, ndim: usize },
    /// An index that is not an integer.
    IndexNotInteger { span: Span, ty: String },
    /// Subscripting something that has no elements.
    NotIndexable { span: Span, ty: String },
    /// Writing through a `const` view.
    AssignToConst { span: Span, ty: String },
    /// An assignment target that cannot be assigned.
    NotAssignable { span: Span, what: &'static str },
    /// An axis spec Cython rejects.
    InvalidAxisSpec { span: Span, message: &'static str },
    /// More than 7 dimensions.
    TooManyDimensions { span: Span, ndim: usize },
    /// A parameter written without a type.
    UntypedParameter { span: Span, name: String },
    /// A `cdef`/`cpdef` function without a return type.
    MissingReturnType { span: Span, name: String },
    /// `return x` whose type does not convert to the declared return type.
    ReturnMismatch { span: Span, from: String, to: String },
    /// `return x` in a `void` function.
    ReturnValueFromVoid { span: Span },
    /// `return` outside a function.
    ReturnOutsideFunction { span: Span },
    /// A construct outside the cytrus subset.
    Unsupported { span: Span, what: &'static str, instead: &'static str },
    /// Something that needs the GIL inside `nogil`.
    NeedsGil { span: Span, what: String },
    /// `break`/`continue` outside a loop.
    OutsideLoop { span: Span, keyword: &'static str },
    /// An unknown directive.
    UnknownDirective { span: Span, name: String },
    /// A directive value that is not `True`/`False`.
    BadDirectiveValue { span: Span, name: String },
    /// A view attribute that does not exist.
    UnknownAttribute { span: Span, ty: String, attr: String },
    /// `&x` where `x` has no address.
    NotAddressable { span: Span },
    /// A `def`, `cpdef` or fused function used as a function pointer.
    FunctionNotAddressable { span: Span, name: String, kind: &'static str },
    /// `(void)` (or a `void` parameter) in a function pointer type.
    VoidParameter { span: Span },
    /// A call through a function pointer with the wrong number of arguments.
    PointerArgumentCount { span: Span, ty: String, expected: usize, given: usize },
    /// A local whose inferred type changes between assignments.
    ConflictingInference(Box<ConflictingInference>),
    /// An `except` value that does not fit the return type.
    BadExceptValue { span: Span, ret: String },
    /// A type that cannot cross a `def`/`cpdef` boundary.
    NotPythonConvertible { span: Span, ty: String, role: &'static str },
    /// `cimport NAME` where no `NAME.pxd` is on the search path.
    ModuleNotFound { span: Span, module: String, searched: Vec<String> },
    /// `from NAME cimport x` where `NAME.pxd` declares no `x`.
    NotDeclaredIn { span: Span, name: String, module: String },
    /// A definition whose signature differs from its `.pxd` declaration.
    SignatureMismatch { span: Span, name: String, declared: Span, detail: String },
    /// A `cdef` function a module's `.pxd` declares and its `.pyx` never defines.
    DeclaredNotDefined { span: Span, name: String },
    /// `.pxd` files that cimport each other.
    CimportCycle { span: Span, cycle: String },
    /// `from ..x cimport y` with more dots than the importing file has packages above it.
    RelativeBeyondTop { span: Span, module: String, package: String },
    /// `include "F"` where no `F` is found.
    IncludeNotFound { span: Span, path: String, searched: Vec<String> },
    /// `include` files that include each other.
    IncludeCycle { span: Span, cycle: String },
    /// `from . cimport x`: a relative cimport that names no module.
    RelativeWithoutModule { span: Span },
    /// Something a `.pxd` file cannot hold (code, `def` functions, …).
    NotInPxd { span: Span, what: &'static str, help: &'static str },
    /// A function over a fused type whose members are all complex (cytrus
    /// leaves complex members out, so it has no specialisation).
    FusedOnlyComplex { span: Span, fused: String },
    /// `cdef f() nogil` / `except -1` on a function that returns a Python object.
    ObjectReturnModifier { span: Span, name: String, what: &'static str },
    /// A function `NAME.pxd` declares for another module, with no `NAME.pyx` beside it.
    NoImplementation { span: Span, name: String, module: String },
    /// A memoryview (or C array) where a `cdef extern` declaration needs a C value.
    NotCType { span: Span, ty: String, role: &'static str },
    /// A `cython.view.array` that is not assigned to a typed view.
    ArrayWithoutView { span: Span },
    /// A problem with `cython.view.array`'s arguments.
    BadArrayArgument { span: Span, message: String },
    /// A name that is a function used as a value, or a value used as a type.
    WrongKindOfName { span: Span, name: String, is: &'static str, expected: &'static str },
    /// `sizeof` of something with no size.
    BadSizeof { span: Span },
    /// Python ints beyond the checked range of a literal operation.
    ConstantOutOfRange { span: Span },
    /// `range()` with a wrong number of arguments or a bad loop target.
    BadRange { span: Span, message: &'static str },
    /// A `for` loop over a sequence cytrus does not walk (E0370).
    ForIn { span: Span, message: String, help: Option<String> },
    /// Assigning to a variable declared `const`.
    AssignToConstVar { span: Span, name: String },
    /// `def f(int a=1, int b)`.
    NonDefaultAfterDefault { span: Span },
    /// A bare `return` in a function that returns a value.
    MissingReturnValue { span: Span, ty: String },
    /// A modifier or parameter option where it does not apply.
    InvalidModifier { span: Span, message: &'static str, help: &'static str },
    /// `with gil:` while holding the GIL, or `with nogil:` without it.
    GilState { span: Span, message: &'static str },
    /// A printed `and`/`or`/`min`/`max` whose value is a Python object of
    /// either operand's type in Cython, over operands cytrus cannot re-read.
    PythonObjectValue { span: Span, what: &'static str },
    /// An untyped name assigned `and`/`or`, `min`/`max` or a conditional
    /// mixing a `bint` with another number: a Python object of either type
    /// (a bool or a number) in Cython, which cytrus cannot hold.
    UntypedPythonObject { span: Span, name: String, what: &'static str },
    /// A pointer to a C array: a multi-dimensional array parameter (which
    /// decays to one) or `&a[i]` of a row.
    PointerToArray { span: Span, ty: String },
    /// `<double[:]>p`: a cast of a pointer (or of anything but a C array) to
    /// a view needs every extent.
    CastAxisWithoutExtent { span: Span },
    /// `<int[:5, :2]>a` of an `int a[4][2]`: the view would cover more
    /// elements than the array holds (Cython reads past it).
    CastPastArray { span: Span, array: String, held: u64 },
    /// The result of a `def` whose `return`s give Python objects of
    /// different types, used where Cython computes with that object.
    MixedDefResult { span: Span, name: String, kinds: String },
    /// A conditional expression whose branches are a Python int and a float,
    /// used where Cython computes with the object it picks.
    PythonObjectConditional { span: Span },
    /// `a[1:4] = b` where the slice and the array `b` differ in length.
    SliceLengthMismatch { span: Span, expected: usize, got: usize },
    /// `cnp.ndarray[cnp.float64_t, ndim=2]`: numpy's buffer syntax.
    NumpyBuffer { span: Span, suggestion: String },
    /// `np.max(v)`: a numpy function or object cytrus does not provide.
    NumpyOutsideSubset { span: Span, name: String },
    /// `np.zeros(...)` and the other numpy constructors with arguments cytrus cannot take.
    NumpyArgument { span: Span, function: String, message: String, help: Option<String> },
    /// A `dtype=` that is not a numpy dtype, or one cytrus has no C type for (`np.float16`).
    NumpyDtype { span: Span, what: String },
    /// A fused type outside a function whose parameters fix it.
    FusedTypeMisused { span: Span, in_function: bool },
    /// A fused return type that no parameter determines.
    FusedReturnType { span: Span },
    /// A call of a fused function that no specialisation takes.
    NoSpecialisation { span: Span, name: String, problem: Box<NoMatch> },
    /// `f[T]` on a fused function with the wrong types.
    FusedIndex { span: Span, problem: FusedIndexProblem },
    /// `ctypedef fused` listing a type twice.
    FusedMemberTwice { span: Span, previous: Span },
    /// `a, b = 1, 2, 3`.
    UnpackLength { span: Span, targets: usize, values: usize },
    /// `cdef char c = b'ab'` or `= 'é'`: no single C character.
    BadCharLiteral { span: Span, unicode: bool },
    /// A misuse of `prange`, `parallel()` or their arguments.
    Parallel { span: Span, problem: Box<ParallelProblem> },
    /// An operation Python rejects whatever the values (a format spec of the
    /// wrong type, `%` with the wrong number of arguments, `float("abc")`):
    /// Python raises `error` at run time; cytrus rejects the program.
    RaisesAtRunTime { span: Span, error: &'static str, message: String },
    /// `p.z` where the struct `Point` has no field `z`.
    UnknownField { span: Span, union: bool, ty: String, field: String, decl: Span },
    /// A field Cython does not allow (`void`, a memoryview, a default value).
    BadField { span: Span, what: &'static str },
    /// A struct that holds itself by value.
    RecursiveStruct { span: Span, name: String },
    /// A struct held by value before its declaration.
    IncompleteStruct { span: Span, name: String, decl: Span },
    /// An enum value that is not a constant integer expression.
    BadEnumValue { span: Span },
    /// A struct literal that does not fit its struct.
    StructLiteral { span: Span, ty: String, problem: Box<StructLiteralProblem> },
    /// A struct that Cython turns into a Python dict only with more than cytrus has.
    StructNotConvertible { span: Span, ty: String, field: String, reason: &'static str },
    /// The Python class of a `cpdef enum` (`Shape(3)`, `Shape` as a value).
    CpdefEnumClass { span: Span, name: String },
    /// `print(t)` on a C tuple holding pointers: Cython cannot make a Python tuple of it.
    NotConvertibleToPython { span: Span, ty: String },
    /// `cdef double[3] a = [1.0, 2.0]`: a list literal of the wrong length for a C array.
    ArrayLiteralLength { span: Span, expected: u64, got: usize },
    /// `p = [1, 2]` in a function, to a pointer declared before.
    PointerLiteralAfterDeclaration { span: Span },
    /// A C tuple type or value used in a way Cython rejects (or that needs a Python tuple).
    CTuple { span: Span, problem: Box<CTupleProblem> },
}

/// What is wrong with a C tuple (ctuple) type, index or value.
#[derive(Debug, Clone, PartialEq)]
pub enum CTupleProblem {
    /// `(double[:], int)`: a member that is not a number, pointer or C tuple.
    BadMember { ty: String },
    /// `t[2]` on `(int, double)`.
    IndexOutOfRange { index: i128, ty: String },
    /// `t[i]`: Cython indexes a Python tuple made from it.
    IndexNotConstant { ty: String },
    /// `cdef (int, double) t = (1, 2, 3)`.
    WrongLength { expected: usize, got: usize },
    /// `a, b, c = t` on a 2-tuple.
    UnpackLength { expected: usize, got: usize },
    /// `t[0] += 1`: Cython raises TypeError at run time; said here.
    AugmentedItem,
    /// `a < b < c` on C tuples.
    ChainedComparison,
}

/// What is wrong with a `prange` loop or a `parallel()` block (Cython's wording).
#[derive(Debug, Clone, PartialEq)]
pub enum ParallelProblem {
    /// Invalid number of positional arguments to prange
    PositionalCount,
    /// Invalid keyword argument: NAME
    InvalidKeyword { name: String },
    /// Duplicate keyword argument found: NAME
    DuplicateKeyword { name: String },
    /// Only compile-time values may be supplied as keyword arguments
    NotCompileTime { name: &'static str },
    /// Invalid schedule argument to prange: S
    InvalidSchedule { given: String },
    /// Must provide schedule with chunksize
    ChunksizeWithoutSchedule,
    /// Chunksize not valid for the schedule runtime
    ChunksizeWithRuntime,
    /// Chunksize must not be negative
    ChunksizeNotPositive,
    /// argument to num_threads must be greater than or equal to 0
    NumThreadsNegative,
    /// prange() can only be used as part of a for loop
    NotInForLoop,
    /// Cannot read reduction variable in loop body
    ReadReduction { name: String },
    /// Reduction operator '+' is inconsistent with previous reduction operator '*'
    InconsistentReduction { op: &'static str, previous: &'static str },
    /// Reductions not allowed for parallel blocks
    ReductionInParallelBlock,
    /// Nested parallel with blocks are disallowed
    NestedParallel,
    /// The parallel directive must be called
    ParallelNotCalled,
    /// cython.parallel.parallel() does not take positional arguments
    ParallelPositional,
    /// Memoryview slices can only be shared in parallel sections
    SharedMemoryview,
    /// num_threads must be declared in the parent parallel section (E0480)
    NumThreadsInBlock { outer: bool },
    /// Cannot assign to private of outer parallel block (E0481)
    AssignsBlockPrivate { name: String },
    /// local variable 'x' referenced before assignment (E0482): a private
    /// of a `parallel()` block read after it.
    PrivateReadAfterBlock { name: String },
    /// `break` / `continue` out of a `parallel()` block (E0483): Cython
    /// compiles it; cytrus refuses it.
    LeavesBlock { what: &'static str },
    /// `with parallel():` holding the GIL (E0484): Cython warns; cytrus refuses it.
    BlockWithGil,
    /// Only prange() may be nested (E0485): a `with parallel():` block in a `prange` body.
    BlockInPrange,
}

/// What is wrong with a struct literal (`Point(…)` or `{'x': …}`).
#[derive(Debug, Clone, PartialEq)]
pub enum StructLiteralProblem {
    /// More positional values than fields (Cython drops the extra ones silently).
    TooMany { given: usize, fields: usize },
    /// `Point(x=1.0, 2.0)`.
    PositionalAfterKeyword,
    /// `Point(1.0, x=2.0)`.
    Twice { field: String },
    /// `{1: 2.0}`.
    KeyNotString,
    /// `{'x'}`.
    NotAPair,
    /// A union literal gives one member.
    UnionTwoValues,
}

/// Why no specialisation of a fused function fits a call (Cython's wording).
#[derive(Debug, Clone, PartialEq)]
pub enum NoMatch {
    /// ambiguous overloaded method
    Ambiguous,
    /// no suitable method found (candidates: N)
    NoneFits { candidates: usize },
    /// Invalid conversion from 'X' to 'Y'
    InvalidConversion { from: String, to: String },
    /// Call with wrong number of arguments (expected N, got M)
    ArgumentCount { expected: usize, given: usize },
    /// A `def` fused function's dispatcher raises TypeError: No matching signature found.
    NoSignature,
}

impl SemanticError {
    /// The error's stable code (`E02xx` for semantics).
    /// The name an unknown-name or unknown-type error is about.
    pub fn unknown_name(&self) -> Option<&str> {
        match self {
            SemanticError::UnknownName { name, .. } | SemanticError::UnknownType { name, .. } => {
                Some(name.rsplit('.').next().unwrap_or(name))
            }
            _ => None,
        }
    }

    pub fn code(&self) -> &'static str {
        use SemanticError::*;
        match self {
            UnknownName { .. } => "E0201",
            UnknownType { .. } => "E0202",
            Redeclared { .. } => "E0203",
            UnknownCimport { .. } => "E0204",
            CannotAssign { .. } => "E0205",
            DifferentBaseTypes { .. } => "E0206",
            DifferentDimensions { .. } => "E0207",
            NotConformable { .. } => "E0208",
            InvalidOperands { .. } => "E0209",
            WrongArgumentCount { .. } => "E0210",
            UnknownKeyword { .. } => "E0211",
            NotCallable { .. } => "E0212",
            TooManyIndices { .. } => "E0213",
            IndexNotInteger { .. } => "E0214",
            NotIndexable { .. } => "E0215",
            AssignToConst { .. } => "E0216",
            NotAssignable { .. } => "E0217",
            InvalidAxisSpec { .. } => "E0218",
            TooManyDimensions { .. } => "E0219",
            UntypedParameter { .. } => "E0220",
            MissingReturnType { .. } => "E0221",
            ReturnMismatch { .. } => "E0222",
            ReturnValueFromVoid { .. } => "E0223",
            ReturnOutsideFunction { .. } => "E0224",
            Unsupported { .. } => "E0225",
            NeedsGil { .. } => "E0226",
            OutsideLoop { .. } => "E0227",
            UnknownDirective { .. } => "E0228",
            BadDirectiveValue { .. } => "E0229",
            UnknownAttribute { .. } => "E0230",
            NotAddressable { .. } => "E0231",
            ConflictingInference(_) => "E0232",
            BadExceptValue { .. } => "E0233",
            NotPythonConvertible { .. } => "E0234",
            NotCType { .. } => "E0280",
            ModuleNotFound { .. } => "E0281",
            NotDeclaredIn { .. } => "E0282",
            SignatureMismatch { .. } => "E0283",
            DeclaredNotDefined { .. } => "E0284",
            CimportCycle { .. } => "E0285",
            RelativeBeyondTop { .. } => "E0460",
            RelativeWithoutModule { .. } => "E0461",
            IncludeNotFound { .. } => "E0462",
            IncludeCycle { .. } => "E0463",
            NotInPxd { .. } => "E0286",
            FusedOnlyComplex { .. } => "E0510",
            ObjectReturnModifier { .. } => "E0511",
            NoImplementation { .. } => "E0287",
            ArrayWithoutView { .. } => "E0235",
            BadArrayArgument { .. } => "E0236",
            WrongKindOfName { .. } => "E0237",
            BadSizeof { .. } => "E0238",
            ConstantOutOfRange { .. } => "E0239",
            BadRange { .. } => "E0240",
            ForIn { .. } => "E0370",
            AssignToConstVar { .. } => "E0241",
            NonDefaultAfterDefault { .. } => "E0242",
            MissingReturnValue { .. } => "E0243",
            InvalidModifier { .. } => "E0244",
            GilState { .. } => "E0245",
            PythonObjectValue { .. } => "E0360",
            PythonObjectConditional { .. } => "E0361",
            PointerToArray { .. } => "E0362",
            UntypedPythonObject { .. } => "E0363",
            CastAxisWithoutExtent { .. } => "E0129",
            CastPastArray { .. } => "E0490",
            NumpyBuffer { .. } => "E0246",
            NumpyOutsideSubset { .. } => "E0247",
            NumpyArgument { .. } => "E0290",
            NumpyDtype { .. } => "E0291",
            FusedTypeMisused { .. } => "E0248",
            FusedReturnType { .. } => "E0249",
            NoSpecialisation { .. } => "E0250",
            FusedIndex { .. } => "E0251",
            FusedMemberTwice { .. } => "E0252",
            UnpackLength { .. } => "E0253",
            BadCharLiteral { .. } => "E0254",
            Parallel { problem, .. } => match &**problem {
                ParallelProblem::NumThreadsInBlock { .. } => "E0480",
                ParallelProblem::AssignsBlockPrivate { .. } => "E0481",
                ParallelProblem::PrivateReadAfterBlock { .. } => "E0482",
                ParallelProblem::LeavesBlock { .. } => "E0483",
                ParallelProblem::BlockWithGil => "E0484",
                ParallelProblem::BlockInPrange => "E0485",
                _ => "E0255",
            },
            RaisesAtRunTime { .. } => "E0265",
            UnknownField { .. } => "E0270",
            BadField { .. } => "E0271",
            RecursiveStruct { .. } => "E0272",
            BadEnumValue { .. } => "E0273",
            StructLiteral { .. } => "E0274",
            StructNotConvertible { .. } => "E0275",
            CpdefEnumClass { .. } => "E0276",
            IncompleteStruct { .. } => "E0277",
            CTuple { .. } => "E0260",
            NotConvertibleToPython { .. } => "E0261",
            ArrayLiteralLength { .. } => "E0262",
            PointerLiteralAfterDeclaration { .. } => "E0263",
            FunctionNotAddressable { .. } => "E0380",
            PointerArgumentCount { .. } => "E0381",
            VoidParameter { .. } => "E0382",
            MixedDefResult { .. } => "E0440",
            SliceLengthMismatch { .. } => "E0441",
        }
    }

    /// The error in words.
    pub fn to_diagnostic<F: Copy>(&self, file: F) -> Diagnostic<F> {
        use SemanticError::*;
        let primary = |span: &Span, text: &str| Label::primary(file, span.range()).with_message(text);
        let secondary = |span: &Span, text: &str| Label::secondary(file, span.range()).with_message(text);
        let (message, labels, help): (String, Vec<Label<F>>, Option<String>) = match self {
            UnknownName { span, name, similar } => (
                format!("undeclared name `{name}`"),
                vec![primary(span, "not declared")],
                match (name.as_str(), similar) {
                    ("cython", _) => Some("add `cimport cython` at the top of the module".into()),
                    ("view", _) => Some("add `from cython cimport view` at the top of the module".into()),
                    (_, Some(s)) => Some(format!("a name with a similar spelling exists: `{s}`")),
                    _ => None,
                },
            ),
            UnknownType { span, name, hint } => (
                format!("`{name}` is not a type"),
                vec![primary(span, "unknown type")],
                hint.map(str::to_string),
            ),
            Redeclared { span, name, previous } => (
                format!("`{name}` is declared twice"),
                vec![primary(span, "declared again here"), secondary(previous, "first declared here")],
                Some("use another name, or assign to the existing variable".into()),
            ),
            UnknownCimport { span, module, name } => (
                match name {
                    Some(n) => format!("`{module}` has no `{n}` that cytrus knows"),
                    None => format!("cytrus cannot cimport `{module}`"),
                },
                vec![primary(span, "not available")],
                Some("cytrus provides `cython`, `cython.view`, `numpy` (its C types), `libc.stdlib`, `libc.string`, `libc.math`, `libc.stdint`, `libc.time`, `libc.float`, `libc.limits` and `cpython.mem`".into()),
            ),
            CannotAssign { span, from, to, help } => (
                format!("cannot assign type `{from}` to `{to}`"),
                vec![primary(span, &format!("this is `{from}`"))],
                help.clone(),
            ),
            DifferentBaseTypes { span, from, to } => (
                format!("different base types for memoryviews (`{from}`, `{to}`)"),
                vec![primary(span, &format!("this is `{from}`"))],
                Some(format!("a view's element type is fixed: `{to}` needs a view of the same element type")),
            ),
            DifferentDimensions { span, from, to } => (
                format!("memoryview `{from}` has a different number of dimensions than `{to}`"),
                vec![primary(span, &format!("this is `{from}`"))],
                Some("index or slice the view to the dimensions wanted".into()),
            ),
            NotConformable { span, from, to } => (
                format!("memoryview `{from}` is not conformable to memoryview `{to}`"),
                vec![primary(span, "this view may not be contiguous")],
                Some(format!("make a contiguous copy with `.copy()`, or declare the target as strided (`{}`)", to.replace("::1", ":"))),
            ),
            InvalidOperands { span, op, left, right } => (
                match right {
                    Some(r) => format!("invalid operand types for `{op}` (`{left}`; `{r}`)"),
                    None => format!("invalid operand type for `{op}` (`{left}`)"),
                },
                vec![primary(span, "invalid operands")],
                None,
            ),
            WrongArgumentCount { span, name, expected, given, decl } => {
                let mut labels = vec![primary(span, &format!("{given} argument{} given", if *given == 1 { "" } else { "s" }))];
                if let Some(decl) = decl {
                    labels.push(secondary(decl, "defined here"));
                }
                (format!("`{name}` takes {expected}"), labels, None)
            }
            UnknownKeyword { span, name, function } => (
                format!("`{function}` has no parameter named `{name}`"),
                vec![primary(span, "unknown keyword argument")],
                None,
            ),
            NotCallable { span, what } => (format!("{what} is not callable"), vec![primary(span, "called here")], None),
            TooManyIndices { span, given, ndim } => (
                format!("too many indices for a {ndim}-dimensional memoryview"),
                vec![primary(span, &format!("{given} indices here"))],
                Some(format!("use {ndim} {}, or slice with `:`", if *ndim == 1 { "index" } else { "indices" })),
            ),
            IndexNotInteger { span, ty } => (
                format!("an index must be an integer, not `{ty}`"),
                vec![primary(span, &format!("this is `{ty}`"))],
                Some("cast it, for example `<Py_ssize_t>x`".into()),
            ),
            NotIndexable { span, ty } => (
                format!("type `{ty}` cannot be indexed"),
                vec![primary(span, "not a memoryview, pointer or C array")],
                None,
            ),
            AssignToConst { span, ty } => (
                format!("cannot assign to an element of read-only memoryview `{ty}`"),
                vec![primary(span, "the view is `const`")],
                Some("write through a view declared without `const`".into()),
            ),
            NotAssignable { span, what } => (format!("cannot assign to {what}"), vec![primary(span, "not assignable")], None),
            InvalidAxisSpec { span, message } => {
                (format!("invalid memoryview axes: {message}"), vec![primary(span, "in this type")], None)
            }
            TooManyDimensions { span, ndim } => (
                format!("memoryviews have at most 7 dimensions, this one has {ndim}"),
                vec![primary(span, "too many dimensions")],
                Some("Cython's limit is 7; reshape the data into fewer dimensions".into()),
            ),
            UntypedParameter { span, name } => (
                format!("parameter `{name}` has no type"),
                vec![primary(span, "untyped")],
                Some(format!("annotate it: `double {name}` (cytrus has no Python objects)")),
            ),
            MissingReturnType { span, name } => (
                format!("`{name}`, declared for other modules or C, has no return type"),
                vec![primary(span, "a Python object would be returned")],
                Some(format!("declare a C return type or `void`: `cdef double {name}(…)`")),
            ),
            ReturnMismatch { span, from, to } => (
                format!("cannot return `{from}` from a function returning `{to}`"),
                vec![primary(span, &format!("this is `{from}`"))],
                None,
            ),
            ReturnValueFromVoid { span } => (
                "return with a value in a function returning `void`".into(),
                vec![primary(span, "a value is returned here")],
                Some("declare a return type, or write a bare `return`".into()),
            ),
            ReturnOutsideFunction { span } => (
                "`return` outside a function".into(),
                vec![primary(span, "module-level code cannot return")],
                None,
            ),
            Unsupported { span, what, instead } => (
                format!("{what} are not supported in cytrus"),
                vec![primary(span, "outside the cytrus subset")],
                Some(instead.to_string()),
            ),
            NeedsGil { span, what } => (
                format!("{what} requires the GIL, which is not held here"),
                vec![primary(span, "inside `nogil`")],
                Some("move it out of the `nogil` block, or into a `with gil:` block".into()),
            ),
            OutsideLoop { span, keyword } => {
                (format!("`{keyword}` outside a loop"), vec![primary(span, "not inside `for` or `while`")], None)
            }
            UnknownDirective { span, name } => (
                format!("unknown directive `{name}`"),
                vec![primary(span, "not a directive")],
                Some("cytrus knows `boundscheck`, `wraparound`, `cdivision`, `initializedcheck`, `nonecheck` and `language_level`".into()),
            ),
            BadDirectiveValue { span, name } => (
                format!("directive `{name}` takes `True` or `False`"),
                vec![primary(span, "not a boolean")],
                None,
            ),
            UnknownAttribute { span, ty, attr } => (
                format!("`{ty}` has no attribute `{attr}`"),
                vec![primary(span, "unknown attribute")],
                Some("memoryviews have `.shape`, `.strides`, `.suboffsets`, `.ndim`, `.size`, `.itemsize`, `.nbytes`, `.T`, `.copy()`, `.copy_fortran()`, `.is_c_contig()` and `.is_f_contig()`".into()),
            ),
            FunctionNotAddressable { span, name, kind } => (
                format!("the {kind} function `{name}` cannot be used as a C function pointer"),
                vec![primary(span, "used as a value here")],
                Some(match *kind {
                    "fused" => "Cython refuses an unspecialised fused function (\"Type is not specialized\"); write a `cdef` function for one type".into(),
                    "def" => "only `cdef` functions have a C address; declare it `cdef`".into(),
                    _ => "a `cpdef` function takes Cython's hidden dispatch argument; point to a `cdef` function".into(),
                }),
            ),
            SliceLengthMismatch { span, expected, got } => (
                format!("assignment to a slice of wrong length: expected {expected}, got {got}"),
                vec![primary(span, "the slice and the array assigned differ in length")],
                Some("make the slice as long as the array assigned to it".into()),
            ),
            MixedDefResult { span, name, kinds } => (
                format!("the result of `{name}` is a Python object of type {kinds}, depending on the `return` taken, and is used here as one value"),
                vec![primary(span, "Cython computes with the object returned")],
                Some("print or format the result, assign it to a variable declared with a C type, or make every `return` give one type (`return <double>x`)".into()),
            ),
            UntypedPythonObject { span, name, what } => (
                format!("`{name}` would hold a Python object: this `{what}` mixes a `bint` with a number, so Cython's value is a bool or a number, depending on the operand it picks"),
                vec![primary(span, "a bool or a number in Cython")],
                Some(format!("declare `{name}` with a C type (`cdef long {name}`, `cdef bint {name}`), or convert the value (`<long>(…)`)")),
            ),
            PythonObjectConditional { span } => (
                "this conditional expression is a Python int or a float, depending on the branch taken, and is used here as one value".into(),
                vec![primary(span, "Cython computes with the Python object it picks")],
                Some("print it, pass or assign it to a C type, or give both branches one type (`<double>2**40 if c else d`)".into()),
            ),
            VoidParameter { span } => (
                "a function pointer type cannot take `void`".into(),
                vec![primary(span, "`void` parameter")],
                Some("write `()` for a function with no arguments, as Cython asks".into()),
            ),
            PointerArgumentCount { span, ty, expected, given } => (
                format!("a function pointer `{ty}` takes {expected} argument{}, {given} given", if *expected == 1 { "" } else { "s" }),
                vec![primary(span, "called here")],
                None,
            ),
            NotAddressable { span } => (
                "cannot take the address of this expression".into(),
                vec![primary(span, "a temporary value has no address")],
                Some("store it in a variable first".into()),
            ),
            ConflictingInference(c) => {
                let ConflictingInference_ { span, name, first, second, first_span } = &**c;
                (
                format!("`{name}` is assigned both `{first}` and `{second}`"),
                vec![primary(span, &format!("`{second}` here")), secondary(first_span, &format!("`{first}` here"))],
                Some(format!("declare its type: `cdef {second} {name}`")),
            )
            }
            BadExceptValue { span, ret } => (
                format!("the exception value does not fit the return type `{ret}`"),
                vec![primary(span, "invalid exception value")],
                Some("use a value of the return type, `except *`, or `noexcept`".into()),
            ),
            NotPythonConvertible { span, ty, role } => (
                format!("a `def` or `cpdef` function cannot have a {role} of type `{ty}`"),
                vec![primary(span, "no Python conversion for this type")],
                Some("make the function `cdef`".into()),
            ),
            ModuleNotFound { span, module, searched } => (
                format!("`{module}.pxd` not found"),
                vec![primary(span, "cimported here")],
                Some(format!(
                    "cytrus looked in {}; give the directory that holds `{module}.pxd` with `-I DIR`",
                    searched.iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", ")
                )),
            ),
            NotDeclaredIn { span, name, module } => (
                format!("`{name}` is not declared in `{module}.pxd`"),
                vec![primary(span, "not declared there")],
                Some(format!(
                    "declare it in `{module}.pxd` (Cython reports this as `'{module}/{name}.pxd' not found`)"
                )),
            ),
            SignatureMismatch { span, name, declared, detail } => (
                format!("function signature does not match previous declaration of `{name}`"),
                vec![primary(span, detail), secondary(declared, "declared here")],
                Some("make the definition in the `.pyx` and the declaration in the `.pxd` agree".into()),
            ),
            DeclaredNotDefined { span, name } => (
                format!("non-extern C function `{name}` declared but not defined"),
                vec![primary(span, "declared here")],
                Some("define it in the `.pyx` file, or remove the declaration".into()),
            ),
            RelativeBeyondTop { span, module, package } => (
                format!("relative cimport `{module}` goes beyond the top-level package"),
                vec![primary(span, "cimported here")],
                Some(if package.is_empty() {
                    "this file is in no package (its directory has no `__init__.py`): cimport the module by its plain or absolute name".to_string()
                } else {
                    format!("this file is in the package `{package}`: use fewer leading dots")
                }),
            ),
            IncludeNotFound { span, path, searched } => (
                format!("include file `{path}` not found"),
                vec![primary(span, "included here")],
                Some(format!(
                    "cytrus looked in {} (the including file's directory, then the `-I` directories)",
                    searched.iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", ")
                )),
            ),
            IncludeCycle { span, cycle } => (
                format!("circular include: {cycle}"),
                vec![primary(span, "included here")],
                Some("an included file cannot include itself, directly or through others".into()),
            ),
            RelativeWithoutModule { span } => (
                "`from . cimport NAME` names a module of the package, and the package has no such `.pxd`".to_string(),
                vec![primary(span, "here")],
                Some("check the module's name (`NAME.pxd` beside this file), or cimport from a module: `from .NAME cimport x`".into()),
            ),
            CimportCycle { span, cycle } => (
                format!("circular cimport: {cycle}"),
                vec![primary(span, "cimported here")],
                Some("move the shared declarations into a `.pxd` that neither cimports".into()),
            ),
            NotInPxd { span, what, help } => (
                format!("a `.pxd` file cannot hold {what}"),
                vec![primary(span, "here")],
                Some(help.to_string()),
            ),
            ObjectReturnModifier { span, name, what } => (
                format!("`{name}` has no return type, so it returns a Python object, and cannot {what}"),
                vec![primary(span, "not allowed here")],
                Some(format!("declare its C return type: `cdef double {name}(…)`, or `cdef void {name}(…)`")),
            ),
            FusedOnlyComplex { span, fused } => (
                format!("`{fused}` has only complex members, and cytrus has no complex type"),
                vec![primary(span, "no specialisation of this function can be made")],
                Some("give the function a fused type of real members (cytrus leaves complex members of fused types out)".into()),
            ),
            NoImplementation { span, name, module } => (
                format!("`{module}.pxd` declares `{name}`, but there is no `{module}.pyx` that defines it"),
                vec![primary(span, "declared here")],
                Some(format!("put `{module}.pyx` beside `{module}.pxd`, or make `{name}` a `cdef inline` function with its body in the `.pxd`")),
            ),
            NotCType { span, ty, role } => (
                format!("`{ty}` cannot be the type of {role}"),
                vec![primary(span, "not a C number or pointer")],
                Some("C code takes and gives numbers and pointers: pass a view's data as a pointer (`&v[0]`) and its length".into()),
            ),
            ArrayWithoutView { span } => (
                "`cython.view.array` must be assigned to a typed memoryview".into(),
                vec![primary(span, "an array object on its own")],
                Some("write `cdef double[:] v = cvarray(shape=(n,), itemsize=sizeof(double), format=\"d\")`".into()),
            ),
            BadArrayArgument { span, message } => (message.clone(), vec![primary(span, "here")], None),
            WrongKindOfName { span, name, is, expected } => {
                (format!("`{name}` is {is}, not {expected}"), vec![primary(span, "used here")], None)
            }
            BadSizeof { span } => ("`sizeof` needs a type or a typed value".into(), vec![primary(span, "no size")], None),
            ConstantOutOfRange { span } => (
                "integer value out of the range cytrus computes (128 bits)".into(),
                vec![primary(span, "too large")],
                None,
            ),
            BadRange { span, message } => (message.to_string(), vec![primary(span, "here")], None),
            ForIn { span, message, help } => (message.clone(), vec![primary(span, "here")], help.clone()),
            AssignToConstVar { span, name } => (
                format!("cannot assign to `{name}`, which is `const`"),
                vec![primary(span, "assigned here")],
                Some(format!("remove `const` from the declaration of `{name}` if it must change")),
            ),
            NonDefaultAfterDefault { span } => (
                "a parameter without a default follows one with a default".into(),
                vec![primary(span, "no default")],
                Some("put the parameters with defaults last".into()),
            ),
            MissingReturnValue { span, ty } => (
                "return value required".into(),
                vec![primary(span, &format!("the function returns `{ty}`"))],
                Some("write `return <value>`".into()),
            ),
            InvalidModifier { span, message, help } => {
                (message.to_string(), vec![primary(span, "here")], Some(help.to_string()))
            }
            GilState { span, message } => (message.to_string(), vec![primary(span, "here")], None),
            CastAxisWithoutExtent { span } => (
                "a cast to a memoryview needs the extent of every axis".into(),
                vec![primary(span, "no extent")],
                Some("write the extent after the colon: `<double[:n]>p` (only a C array is cast without extents: `<double[:, :]>a`)".into()),
            ),
            CastPastArray { span, array, held } => (
                format!("the extents of this cast cover more elements than the C array (`{array}`, {held} elements) holds"),
                vec![primary(span, "reads past the array")],
                Some("give extents whose product is at most the array's size, or leave them out: `<int[:, :]>a` takes the array's own".into()),
            ),
            PointerToArray { span, ty } => (
                format!("a pointer to a C array (`{ty} *`) is not supported in cytrus"),
                vec![primary(span, "a multi-dimensional array parameter, or the address of a row, is one")],
                Some("pass a typed view (`int[:, ::1]`), or a pointer to the first element (`&x[0][0]`) and index it `p[i * cols + j]`".into()),
            ),
            PythonObjectValue { span, what } => (
                format!("this `{what}` mixes a `bint` with a number (or a Python int with a float): Cython's value is a Python object of either type"),
                vec![primary(span, "printed as the operand it picks")],
                Some("give the operands names or literals, or convert the value to one C type first (`<int>(…)`, `<double>(…)`)".into()),
            ),
            NumpyBuffer { span, suggestion } => (
                "numpy buffer types (`ndarray[...]`) are not supported in cytrus".into(),
                vec![primary(span, "numpy buffer syntax")],
                Some(format!("declare a typed memoryview instead: `{suggestion}`")),
            ),
            NumpyOutsideSubset { span, name } => (
                format!("`{name}` is outside the cytrus subset"),
                vec![primary(span, "a numpy function or object")],
                Some("cytrus has numpy's C types (`cimport numpy as cnp`); compute with loops over typed memoryviews".into()),
            ),
            NumpyArgument { span, function, message, help } => {
                (message.clone(), vec![primary(span, &format!("this `{function}` call"))], help.clone())
            }
            NumpyDtype { span, what } if what.is_empty() => (
                "this is not a numpy dtype cytrus knows".into(),
                vec![primary(span, "a dtype")],
                Some("write a numpy dtype (`np.float64`, `np.intp`, `np.uint8`, …), `float`, `int`, a string such as 'f8', or a module name bound to one (`DTYPE = np.float64`)".into()),
            ),
            NumpyDtype { span, what } if what.starts_with("record: ") => (
                format!("this record dtype cannot be held here: {}", &what["record: ".len()..]),
                vec![primary(span, "a dtype")],
                Some("Cython checks a record's field types and offsets against the struct (a `packed struct` for numpy's packed records)".into()),
            ),
            NumpyDtype { span, what } => (
                format!("cytrus has no C type for the dtype `{what}`"),
                vec![primary(span, "a dtype")],
                Some("cytrus makes arrays of float64, float32, the signed and unsigned integers of 8 to 64 bits, and bool".into()),
            ),
            FusedTypeMisused { span, in_function } => (
                if *in_function {
                    "invalid use of fused types, type cannot be specialized".into()
                } else {
                    "fused types not allowed here".into()
                },
                vec![primary(span, "a fused type")],
                Some("a fused type may stand in a function whose parameters use it (`cdef floating f(floating x)`), and in that function's body".into()),
            ),
            FusedReturnType { span } => (
                "return type is not specified as argument type".into(),
                vec![primary(span, "not fixed by any parameter")],
                Some("use the fused type in a parameter too, or return a concrete type".into()),
            ),
            NoSpecialisation { span, name, problem } => {
                let (message, label) = match &**problem {
                    NoMatch::Ambiguous => (
                        format!("ambiguous overloaded method: several specialisations of `{name}` fit equally"),
                        "ambiguous call".to_string(),
                    ),
                    NoMatch::NoneFits { candidates } => (
                        format!("no suitable method found for `{name}` (candidates: {candidates})"),
                        "no specialisation takes these arguments".to_string(),
                    ),
                    NoMatch::InvalidConversion { from, to } => (
                        format!("invalid conversion from `{from}` to `{to}` in a call of `{name}`"),
                        "no specialisation takes these arguments".to_string(),
                    ),
                    NoMatch::ArgumentCount { expected, given } => (
                        format!("call with wrong number of arguments (expected {expected}, got {given})"),
                        format!("{given} arguments given"),
                    ),
                    NoMatch::NoSignature => (
                        format!("no specialisation of `{name}` matches these arguments"),
                        "Cython raises `TypeError: No matching signature found` here".to_string(),
                    ),
                };
                (
                    message,
                    vec![primary(span, &label)],
                    Some(format!("choose one: `{name}[double](…)`, or cast the arguments to the member types")),
                )
            }
            FusedMemberTwice { span, previous } => (
                "type specified multiple times".into(),
                vec![primary(span, "listed again here"), secondary(previous, "first listed here")],
                Some("list each member of a fused type once".into()),
            ),
            UnpackLength { span, targets, values } => (
                if values > targets {
                    format!("too many values to unpack (expected {targets}, got {values})")
                } else {
                    format!("need more than {values} values to unpack (expected {targets})")
                },
                vec![primary(span, &format!("{values} values"))],
                Some("give one value per target".into()),
            ),
            BadCharLiteral { span, unicode } => (
                if *unicode {
                    "unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE (for characters)".into()
                } else {
                    "only single-character string literals can be coerced into ints".into()
                },
                vec![primary(span, "not one C character")],
                Some("a C `char` holds one ASCII character or one byte: `b'x'`, `'x'`, `b'\\xff'`".into()),
            ),
            RaisesAtRunTime { span, error, message } => (
                format!("this always raises `{error}: {message}`"),
                vec![primary(span, &format!("Python raises `{error}` here, whatever the values"))],
                Some("Cython compiles it and the program fails when it runs; cytrus rejects it: fix the format or the values".into()),
            ),
            Parallel { span, problem } => {
                let (message, help) = match &**problem {
                    ParallelProblem::PositionalCount => (
                        "invalid number of positional arguments to prange".to_string(),
                        "`prange` takes `stop`, `start, stop` or `start, stop, step`",
                    ),
                    ParallelProblem::InvalidKeyword { name } => (
                        format!("invalid keyword argument: `{name}`"),
                        "`prange` takes `nogil`, `schedule`, `chunksize` and `num_threads`; `parallel()` takes `num_threads`",
                    ),
                    ParallelProblem::DuplicateKeyword { name } => {
                        (format!("duplicate keyword argument found: `{name}`"), "give each keyword once")
                    }
                    ParallelProblem::NotCompileTime { name } => (
                        format!("only compile-time values may be supplied as keyword arguments (`{name}`)"),
                        "write `nogil=True` or `schedule='static'`",
                    ),
                    ParallelProblem::InvalidSchedule { given } => (
                        format!("invalid schedule argument to prange: `{given}`"),
                        "the schedules are `static`, `dynamic`, `guided` and `runtime`",
                    ),
                    ParallelProblem::ChunksizeWithoutSchedule => {
                        ("must provide schedule with chunksize".to_string(), "add `schedule='static'` (or another)")
                    }
                    ParallelProblem::ChunksizeWithRuntime => (
                        "chunksize not valid for the schedule runtime".to_string(),
                        "the runtime schedule takes its chunk size from OMP_SCHEDULE",
                    ),
                    ParallelProblem::ChunksizeNotPositive => {
                        ("chunksize must not be negative".to_string(), "give a chunk size of at least 1")
                    }
                    ParallelProblem::NumThreadsNegative => (
                        "argument to num_threads must be greater than or equal to 0".to_string(),
                        "0 lets OpenMP choose",
                    ),
                    ParallelProblem::NotInForLoop => (
                        "prange() can only be used as part of a for loop".to_string(),
                        "write `for i in prange(n):`",
                    ),
                    ParallelProblem::ReadReduction { name } => (
                        format!("cannot read reduction variable `{name}` in loop body"),
                        "a variable updated with an in-place operator in a `prange` loop is a reduction; read it after the loop",
                    ),
                    ParallelProblem::InconsistentReduction { op, previous } => (
                        format!("reduction operator `{op}` is inconsistent with previous reduction operator `{previous}`"),
                        "update a reduction variable with one operator",
                    ),
                    ParallelProblem::ReductionInParallelBlock => (
                        "reductions not allowed for parallel blocks".to_string(),
                        "update the variable in a `prange` loop, or assign it without an in-place operator",
                    ),
                    ParallelProblem::NestedParallel => {
                        ("nested parallel with blocks are disallowed".to_string(), "use one `with parallel():` block")
                    }
                    ParallelProblem::ParallelNotCalled => {
                        ("the parallel directive must be called".to_string(), "write `with nogil, parallel():`")
                    }
                    ParallelProblem::SharedMemoryview => (
                        "memoryview slices can only be shared in parallel sections".to_string(),
                        "pass the slice to a `nogil` function (`f(m[i, :])`), or index the view directly",
                    ),
                    ParallelProblem::NumThreadsInBlock { outer: true } => (
                        "num_threads already declared in outer section".to_string(),
                        "a `prange` inside a `parallel()` block runs on the block's team: give `num_threads` once, to `parallel()`",
                    ),
                    ParallelProblem::NumThreadsInBlock { outer: false } => (
                        "num_threads must be declared in the parent parallel section".to_string(),
                        "a `prange` inside a `parallel()` block runs on the block's team: write `parallel(num_threads=…)`",
                    ),
                    ParallelProblem::AssignsBlockPrivate { name } => (
                        format!("cannot assign to private of outer parallel block (`{name}`)"),
                        "the block assigns this variable too, so it is private to each thread there; use another variable in the loop",
                    ),
                    ParallelProblem::PrivateReadAfterBlock { name } => (
                        format!("local variable `{name}` referenced before assignment"),
                        "a variable assigned in a `parallel()` block is private to each thread and has no value after the block; assign it again first, or collect results through a `prange` reduction",
                    ),
                    ParallelProblem::LeavesBlock { what } => (
                        format!("`{what}` out of a `parallel()` block"),
                        "Cython compiles it (every thread that runs it leaves the block, then the loop is left or continued once); cytrus refuses it: set a flag in the block and test it after the block",
                    ),
                    ParallelProblem::BlockWithGil => (
                        "a `parallel()` block that holds the GIL".to_string(),
                        "write `with nogil, parallel():` (Cython warns that a parallel section without releasing the GIL only works well on free-threaded Python; cytrus refuses it)",
                    ),
                    ParallelProblem::BlockInPrange => (
                        "only prange() may be nested".to_string(),
                        "a `with parallel():` block cannot be inside a `prange` loop; put the block around the loop",
                    ),
                    ParallelProblem::ParallelPositional => (
                        "cython.parallel.parallel() does not take positional arguments".to_string(),
                        "write `parallel(num_threads=4)`",
                    ),
                };
                (message, vec![primary(span, "here")], Some(help.to_string()))
            }
            UnknownField { span, union, ty, field, decl } => (
                format!("{} `{ty}` has no field `{field}`", if *union { "union" } else { "struct" }),
                vec![primary(span, "unknown field"), secondary(decl, "declared here")],
                Some(format!("the fields are declared in `{ty}`'s block")),
            ),
            BadField { span, what } => (
                format!("invalid field: {what}"),
                vec![primary(span, "here")],
                Some("a field holds a C number, pointer, C array or another struct".into()),
            ),
            RecursiveStruct { span, name } => (
                format!("struct `{name}` cannot contain itself as a member"),
                vec![primary(span, "holds it by value")],
                Some(format!("hold a pointer instead: `{name} *`")),
            ),
            IncompleteStruct { span, name, decl } => (
                format!("struct `{name}` is incomplete here"),
                vec![primary(span, "held by value before its declaration"), secondary(decl, "declared here")],
                Some(format!("declare `{name}` above, or hold a pointer: `{name} *`")),
            ),
            BadEnumValue { span } => (
                "an enum value must be a constant integer expression".into(),
                vec![primary(span, "not a constant")],
                Some("write an integer, an earlier constant, or arithmetic on them".into()),
            ),
            StructLiteral { span, ty, problem } => {
                let (message, help) = match &**problem {
                    StructLiteralProblem::TooMany { given, fields } => (
                        format!("{given} values given for struct `{ty}`, which has {fields} fields"),
                        "Cython ignores the extra values; remove them".to_string(),
                    ),
                    StructLiteralProblem::PositionalAfterKeyword => (
                        format!("positional value after a named one in a `{ty}` literal"),
                        "give the positional values first".to_string(),
                    ),
                    StructLiteralProblem::Twice { field } => (
                        format!("field `{field}` given twice in a `{ty}` literal"),
                        "give each field once".to_string(),
                    ),
                    StructLiteralProblem::KeyNotString => (
                        format!("a `{ty}` literal's keys are field names as string literals"),
                        "write `{'x': 1.0}`".to_string(),
                    ),
                    StructLiteralProblem::NotAPair => (
                        format!("a `{ty}` literal needs `'field': value` pairs"),
                        "write `{'x': 1.0}`".to_string(),
                    ),
                    StructLiteralProblem::UnionTwoValues => (
                        format!("a union literal gives one member of `{ty}`"),
                        "give one member: `U(d=1.0)`".to_string(),
                    ),
                };
                (message, vec![primary(span, "here")], Some(help))
            }
            StructNotConvertible { span, ty, field, reason } => (
                format!("cannot convert `{ty}` to a Python object: field `{field}`"),
                vec![primary(span, "converted here")],
                Some(format!("{reason}; print or return the fields one by one")),
            ),
            CpdefEnumClass { span, name } => (
                format!("the Python enum class of `cpdef enum {name}` is not supported in cytrus"),
                vec![primary(span, "a Python object")],
                Some(format!("use the C constants of `{name}` by their names")),
            ),
            ArrayLiteralLength { span, expected, got } => (
                format!("assignment to slice of wrong length, expected {expected}, got {got}"),
                vec![primary(span, &format!("{got} items"))],
                Some(format!("a list literal gives a C array of {expected} items exactly {expected} values")),
            ),
            PointerLiteralAfterDeclaration { span } => (
                "literal list must be assigned to pointer at time of declaration".into(),
                vec![primary(span, "assigned after the declaration")],
                Some("initialise the pointer where it is declared (`cdef int *p = [1, 2]`), or fill a C array: `cdef int[2] a = [1, 2]`".into()),
            ),
            NotConvertibleToPython { span, ty } => (
                format!("cannot convert `{ty}` to Python object"),
                vec![primary(span, "no Python conversion for this type")],
                Some("print its items one by one: `print(t[1])`".into()),
            ),
            CTuple { span, problem } => {
                let (message, label, help): (String, &str, String) = match &**problem {
                    CTupleProblem::BadMember { ty } => (
                        format!("a C tuple member cannot be `{ty}`"),
                        "not a number, pointer or C tuple",
                        "a C tuple holds numbers, pointers and C tuples; pass a view beside it".into(),
                    ),
                    CTupleProblem::IndexOutOfRange { index, ty } => (
                        format!("index {index} out of bounds for `{ty}`"),
                        "out of bounds",
                        {
                            let n = ty.matches(',').count() + usize::from(!ty.ends_with(",)"));
                            format!("a C tuple of {n} items takes a constant index from {} to {}", -(n as i64), n - 1)
                        },
                    ),
                    CTupleProblem::IndexNotConstant { ty } => (
                        format!("indexing the C tuple `{ty}` with a run-time index needs a Python tuple"),
                        "not a constant",
                        "index with an integer literal (`t[0]`), or unpack it: `a, b = t`".into(),
                    ),
                    CTupleProblem::WrongLength { expected, got } => (
                        format!("trying to coerce sequence to ctuple of wrong length, expected {expected}, got {got}"),
                        "wrong length",
                        format!("give {expected} values"),
                    ),
                    CTupleProblem::UnpackLength { expected, got } => (
                        format!("assignment to/from slice of wrong length, expected {expected}, got {got}"),
                        "wrong length",
                        format!("unpack the C tuple into {expected} targets"),
                    ),
                    CTupleProblem::AugmentedItem => (
                        "a C tuple item cannot be updated in place".into(),
                        "in-place update",
                        "Cython raises `TypeError: 'tuple' object does not support item assignment` here; write `t[0] = t[0] + x`".into(),
                    ),
                    CTupleProblem::ChainedComparison => (
                        "chained comparisons of C tuples are not supported in cytrus".into(),
                        "chained",
                        "compare two tuples at a time: `a < b and b < c`".into(),
                    ),
                };
                (message, vec![primary(span, label)], Some(help))
            }
            FusedIndex { span, problem } => (
                match problem {
                    FusedIndexProblem::NotTypes => "can only index fused functions with types".into(),
                    FusedIndexProblem::TooMany => "too many types specified".into(),
                    FusedIndexProblem::NotEnough { still } => {
                        format!("not enough types specified to specialize the function, `{still}` is still fused")
                    }
                    FusedIndexProblem::NotInFusedType => "type not in fused type".into(),
                },
                vec![primary(span, "here")],
                Some("index a fused function with one member type per fused type, in order: `f[double](x)`".into()),
            ),
        };
        let mut diagnostic = Diagnostic::error().with_code(self.code()).with_message(message).with_labels(labels);
        if let Some(help) = help {
            diagnostic = diagnostic.with_notes(vec![format!("help: {help}")]);
        }
        diagnostic
    }
}
