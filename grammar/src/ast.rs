//! The source as written: every node carries its [`Span`].
//!
//! The AST knows nothing of types beyond their spelling. Constructs outside
//! the cytrus subset (lists, classes, lambdas, imports of Python modules, …)
//! are still parsed into nodes so that semantics can name them in a
//! diagnostic instead of failing with a bare syntax error.

use std::fmt;

/// A byte range in one source file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// A zero-width span at the end of this one.
    pub fn end_point(self) -> Span {
        Span { start: self.end, end: self.end }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A name as written, with its span.
#[derive(Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl fmt::Debug for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} @{:?}", self.name, self.span)
    }
}

/// One `.pyx` file.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    /// `# cython: …` comments, in order.
    pub directives: Vec<DirectiveComment>,
    pub body: Vec<Stmt>,
    /// How deeply its statements and expressions nest (a top-level statement
    /// is 1); at most [`MAX_NESTING`](crate::nesting::MAX_NESTING). The passes
    /// after the parser recurse that deep.
    pub nesting: usize,
}

/// A `# cython: name=value, …` comment.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectiveComment {
    pub span: Span,
    pub settings: Vec<DirectiveSetting>,
}

/// One `name=value` in a directive comment.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectiveSetting {
    pub name: Ident,
    /// The value as written (`False`, `3`, `c`).
    pub value: Ident,
}

/// A statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect: `f(x)`.
    Expr(Expr),
    /// `a = b` or `a = b = c`.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `a += b`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `cdef double x = 1, *p` (also one line of a `cdef:` block).
    CDecl(CDecl),
    /// `ctypedef double real_t`.
    CTypedef {
        ty: TypeExpr,
        name: Ident,
    },
    /// `cdef struct Point:` / `cdef packed struct` / `cdef union` /
    /// `ctypedef struct Point:` and its block of fields.
    Struct(Box<StructDecl>),
    /// `cdef enum Color:` / `cdef enum:` / `ctypedef enum` / `cpdef enum`
    /// and its block of constants.
    Enum(Box<EnumDecl>),
    /// `ctypedef fused real:` and its block of member types.
    FusedType {
        name: Ident,
        members: Vec<TypeExpr>,
    },
    /// `def`, `cdef` or `cpdef` function (a `.pxd` or an extern block
    /// declares one without a body).
    Function(Box<FunctionDef>),
    /// `cdef extern from "header.h":` and its block of C declarations.
    Extern(Box<ExternBlock>),
    /// `enum: N` or `enum color:` with its names, in an extern block.
    CEnum {
        /// `None` for an anonymous enum.
        name: Option<Ident>,
        items: Vec<Ident>,
    },
    /// `ctypedef struct point:` (or `struct`, `union`) in an extern block.
    ExternStruct {
        keyword: &'static str,
        name: Ident,
    },
    /// `class X:` or `cdef class X:` — outside the subset.
    Class {
        name: Ident,
        cdef: bool,
    },
    /// `include "file.pxi"` (`span` is the string's): the file's
    /// statements, in its place (the loader splices them in).
    Include {
        path: String,
        span: Span,
    },
    /// `cimport cython.view as view`.
    Cimport {
        module: DottedName,
        alias: Option<Ident>,
    },
    /// `from libc.math cimport sqrt, pi as PI`.
    FromCimport {
        module: DottedName,
        names: Vec<ImportName>,
    },
    /// `import numpy as np` / `from x import y`.
    Import {
        module: DottedName,
        alias: Option<Ident>,
        names: Option<Vec<ImportName>>,
    },
    /// `if c: … elif d: … else: …`
    If {
        branches: Vec<(Expr, Vec<Stmt>)>,
        orelse: Option<Vec<Stmt>>,
    },
    /// `while c: … else: …`
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Option<Vec<Stmt>>,
    },
    /// `for i in range(n): … else: …`
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Option<Vec<Stmt>>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    /// `raise E("m")`, `raise E`, or a bare `raise`.
    Raise(Option<Expr>),
    /// `assert cond, "message"`.
    Assert {
        cond: Expr,
        message: Option<Expr>,
    },
    /// `try: … except E as e: … else: … finally: …`
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Option<Vec<Stmt>>,
        finally: Option<Vec<Stmt>>,
    },
    /// `with nogil:`, `with cython.boundscheck(False), …:`
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `global x` — outside the subset.
    Global(Vec<Ident>),
    /// `nonlocal x` — outside the subset.
    Nonlocal(Vec<Ident>),
    /// `del x` — outside the subset.
    Del(Vec<Expr>),
    /// A statement that did not parse; its error is reported already.
    Error,
}

/// `cdef extern from "header.h" nogil:` (or `from *`) and its declarations.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternBlock {
    /// The header to include (`math.h`, `<stdio.h>`); `None` for `*`.
    pub header: Option<String>,
    /// The header string (or `*`).
    pub header_span: Span,
    /// `nogil` after the header: every function declared may run without the GIL.
    pub nogil: Option<Span>,
    /// The block's docstring: C code copied verbatim into the output.
    pub verbatim: Option<String>,
    /// Function prototypes, `CDecl`s (variables, `const` constants),
    /// `CTypedef`s, `CEnum`s, `ExternStruct`s and `Pass`.
    pub items: Vec<Stmt>,
}

/// `except E as name:` (both parts optional).
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    pub ty: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// One item of a `with` statement.
#[derive(Debug, Clone, PartialEq)]
pub enum WithItem {
    /// `with nogil:`
    Nogil(Span),
    /// `with gil:`, `with cython.boundscheck(False):`, `with f() as x:`
    Context { expr: Expr, alias: Option<Ident> },
}

/// `a.b.c` in an import.
#[derive(Debug, Clone, PartialEq)]
pub struct DottedName {
    pub parts: Vec<Ident>,
    pub span: Span,
}

impl DottedName {
    /// `a.b.c` as one string.
    pub fn text(&self) -> String {
        self.parts.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(".")
    }
}

/// `name` or `name as alias` in an import list (`*` is the name `*`).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportName {
    pub name: Ident,
    pub alias: Option<Ident>,
}

/// `cdef T a = 1, *b, c[4]`: one base type, several declarators.
#[derive(Debug, Clone, PartialEq)]
pub struct CDecl {
    pub declarators: Vec<Declarator>,
}

/// One declared name with its full type (pointer stars and array extents of
/// its declarator applied to the base type) and its initialiser.
#[derive(Debug, Clone, PartialEq)]
pub struct Declarator {
    pub name: Ident,
    pub ty: TypeExpr,
    pub init: Option<Expr>,
    pub span: Span,
    /// Written as a pure-Python-mode annotation (`x: cython.int = 5`).
    pub annotated: bool,
}

/// `cdef struct NAME:` and its fields (also a union, or a packed struct).
#[derive(Debug, Clone, PartialEq)]
pub struct StructDecl {
    pub name: Ident,
    /// `union` rather than `struct`.
    pub union: bool,
    /// `packed struct`: no padding between fields.
    pub packed: bool,
    /// Declared with `ctypedef` (the name is a type either way).
    pub typedef: bool,
    /// One declarator per field, in order (`init` is a mistake semantics reports).
    pub fields: Vec<Declarator>,
    /// From the first keyword to the name.
    pub header_span: Span,
}

/// `cdef enum NAME:` and its constants.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumDecl {
    /// `None` for an anonymous `cdef enum:`.
    pub name: Option<Ident>,
    /// `cpdef enum`: also a Python enum class.
    pub cpdef: bool,
    /// Declared with `ctypedef`.
    pub typedef: bool,
    pub members: Vec<EnumMember>,
    /// From the first keyword to the name (or `enum`).
    pub header_span: Span,
}

/// One constant of an enum: `RED` or `RED = 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumMember {
    pub name: Ident,
    pub value: Option<Expr>,
}

/// What kind of function a definition makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    Def,
    Cdef,
    Cpdef,
}

/// A `def`, `cdef` or `cpdef` function.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub kind: FunctionKind,
    pub name: Ident,
    pub decorators: Vec<Expr>,
    pub params: Vec<Param>,
    /// `None` for `def`, and for a `cdef` written without a return type.
    pub return_type: Option<TypeExpr>,
    pub inline: Option<Span>,
    pub nogil: Option<Span>,
    pub noexcept: Option<Span>,
    /// `with gil` after the parameters.
    pub with_gil: Option<Span>,
    pub except: Option<ExceptClause>,
    pub body: Vec<Stmt>,
    /// From the first keyword to the closing `:` of the header.
    pub header_span: Span,
}

impl FunctionDef {
    /// Declared without a body: a prototype in a `.pxd` file or an extern block.
    pub fn is_declaration(&self) -> bool {
        self.body.is_empty()
    }
}

/// `except -1`, `except? -1`, `except *`, `except +`.
#[derive(Debug, Clone, PartialEq)]
pub struct ExceptClause {
    pub kind: ExceptKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExceptKind {
    /// `except VALUE`: VALUE always means an error.
    Value(Expr),
    /// `except? VALUE`: VALUE may mean an error; the caller checks.
    MaybeValue(Expr),
    /// `except *`: the caller always checks.
    Star,
    /// `except +`: C++ exception translation (outside the subset).
    Plus,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    /// `None`: written without a type (`def f(x)`).
    pub ty: Option<TypeExpr>,
    pub default: Option<Expr>,
    /// `not None` after the name.
    pub not_none: Option<Span>,
    /// `or None` after the name.
    pub or_none: Option<Span>,
    /// `*args`, `**kwargs` or a bare `*`.
    pub star: ParamStar,
    /// Typed by an annotation (`x: cython.double[:]`): in a `def` or `cpdef`
    /// function, a view so typed refuses `None` (Cython's rule).
    pub annotated: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStar {
    None,
    /// `*args`, or a bare `*` (then the name is `*`).
    Args,
    /// `**kwargs`.
    Kwargs,
}

/// A type as written.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// A base type by name: `double`, `unsigned long long` (normalised
    /// spelling), `Py_ssize_t`, a `ctypedef` name.
    Named(String),
    /// `const T`.
    Const(Box<TypeExpr>),
    /// `T *`.
    Pointer(Box<TypeExpr>),
    /// `T name[len]` (from a declarator).
    Array { elem: Box<TypeExpr>, len: Box<Expr> },
    /// `T[:, ::1]`, and in casts `T[:n, :m]`.
    Memview { elem: Box<TypeExpr>, axes: Vec<AxisSpec> },
    /// `cnp.ndarray[cnp.float64_t, ndim=2, mode="c"]`: numpy's buffer
    /// syntax, outside the subset (semantics names the memoryview to use).
    Buffer(Box<BufferType>),
    /// A C tuple type (ctuple): `(double, int)`, `(int, (double, double))`.
    Tuple(Vec<TypeExpr>),
    /// A pointer to a C function, from a declarator `RET (*name)(PARAMS) MODIFIERS`.
    FuncPtr(Box<FuncPtrType>),
}

/// The function a [`TypeKind::FuncPtr`] points to.
#[derive(Debug, Clone, PartialEq)]
pub struct FuncPtrType {
    pub ret: TypeExpr,
    /// The parameter types (their names, if written, mean nothing).
    pub params: Vec<TypeExpr>,
    pub noexcept: Option<Span>,
    pub nogil: Option<Span>,
    pub except: Option<ExceptClause>,
}

/// numpy's buffer syntax: `cnp.ndarray[cnp.float64_t, ndim=2, mode="c"]`.
#[derive(Debug, Clone, PartialEq)]
pub struct BufferType {
    pub object: TypeExpr,
    pub dtype: Option<TypeExpr>,
    pub ndim: Option<u32>,
    pub mode: Option<String>,
}

/// One axis of a memoryview type: `:`, `::1`, `::view.contiguous`, or in a
/// cast `:n` / `:n:1`.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisSpec {
    pub start: Option<Expr>,
    pub stop: Option<Expr>,
    pub step: Option<Expr>,
    pub span: Span,
}

/// An expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Int(u128),
    /// `0xffULL`, `5U`: an integer literal with a C suffix: `unsigned` (`U`
    /// alone), `unsigned long`, `unsigned long long` or `long long`.
    CInt {
        value: u128,
        suffix_type: &'static str,
    },
    Float(f64),
    /// Adjacent string literals, concatenated.
    Str(StrValue),
    Bool(bool),
    None,
    /// `...`
    Ellipsis,
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `&x`.
    AddressOf(Box<Expr>),
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `a and b`, `a or b`.
    BoolOp {
        op: BoolOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `a < b <= c`: the first operand and each (operator, operand) after it.
    Compare {
        first: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `then if cond else orelse`.
    Conditional {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `<T>x`; `<T?>x` is `checked`.
    Cast {
        ty: TypeExpr,
        operand: Box<Expr>,
        checked: bool,
    },
    /// `sizeof(T)` with a type that cannot be an expression (`sizeof(int)`).
    /// `sizeof(name)` is a `SizeofExpr`: semantics decides what the name is.
    SizeofType(TypeExpr),
    SizeofExpr(Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    /// `v[i, 1:n, ..., None]`: one item per comma.
    Subscript {
        value: Box<Expr>,
        items: Vec<SubscriptItem>,
    },
    /// `(a, b)` — only shapes use these.
    Tuple(Vec<Expr>),
    /// `[a, b]` — outside the subset.
    List(Vec<Expr>),
    /// `{a: b}` or `{a, b}` — outside the subset.
    Dict(Vec<Expr>),
    /// `lambda x: e` — outside the subset.
    Lambda,
    /// A C type written where an expression stands: `f[double](x)`,
    /// `floating is double`.
    CType(TypeExpr),
    /// Did not parse; the error is reported already.
    Error,
}

/// A string literal's value.
#[derive(Debug, Clone, PartialEq)]
pub struct StrValue {
    pub value: String,
    pub bytes: bool,
    pub format: bool,
    /// An f-string (`format`): its text and replacement fields, in order
    /// (the implicitly concatenated plain literals as text).
    pub parts: Vec<FStringPart>,
}

impl StrValue {
    /// The expressions of an f-string's fields (and of fields nested in
    /// their format specs), in source order.
    pub fn field_values(&self) -> Vec<&Expr> {
        fn walk<'a>(parts: &'a [FStringPart], out: &mut Vec<&'a Expr>) {
            for part in parts {
                if let FStringPart::Field(field) = part {
                    out.push(&field.value);
                    if let Some(spec) = &field.spec {
                        walk(spec, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.parts, &mut out);
        out
    }
}

/// A piece of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    /// Literal text, escapes decoded and `{{`/`}}` halved.
    Text(String),
    Field(Box<FStringField>),
}

/// `{value=!r:spec}` in an f-string.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringField {
    pub value: Expr,
    /// `{x = }`: the text written before the value (`x = `).
    pub debug: Option<String>,
    /// `!s`, `!r` or `!a`.
    pub conversion: Option<char>,
    /// `:spec`: its text and any nested fields.
    pub spec: Option<Vec<FStringPart>>,
    /// From `{` to `}`.
    pub span: Span,
}

/// One item between the brackets of a subscript.
#[derive(Debug, Clone, PartialEq)]
pub enum SubscriptItem {
    Index(Expr),
    Slice { start: Option<Expr>, stop: Option<Expr>, step: Option<Expr>, span: Span },
}

/// One argument of a call: `x` or `name=x` (`*x`/`**x` are `star`).
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub keyword: Option<Ident>,
    pub value: Expr,
    pub star: ParamStar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    Shl,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    /// The operator as written.
    pub fn text(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    NotEq,
    Is,
    IsNot,
    In,
    NotIn,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

impl TypeExpr {
    pub fn new(kind: TypeKind, span: Span) -> TypeExpr {
        TypeExpr { kind, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}

// ---- dropping deep trees ----------------------------------------------------
//
// A tree as deep as `a.b.b.b…` or `-(-(-(…)))` would be dropped by recursion,
// one stack frame per level, and a file can make it deeper than any stack
// (the parser drops such trees when it recovers from a syntax error, before
// the nesting limit can refuse them). Expressions and types therefore drop
// their descendants from a list instead: each node's children are moved
// out into the list, leaving leaves behind, so no drop recurses more than
// one level.

/// An expression or type moved out of a tree being dropped.
enum Detached {
    Expr(Expr),
    Type(TypeExpr),
}

impl Expr {
    /// An expression with no children and nothing on the heap.
    fn leaf() -> Expr {
        Expr { kind: ExprKind::None, span: Span::default() }
    }
}

impl TypeExpr {
    fn leaf() -> TypeExpr {
        TypeExpr { kind: TypeKind::Named(String::new()), span: Span::default() }
    }
}

fn detach_expr(e: &mut Box<Expr>, out: &mut Vec<Detached>) {
    out.push(Detached::Expr(std::mem::replace(&mut **e, Expr::leaf())));
}

fn detach_type(t: &mut Box<TypeExpr>, out: &mut Vec<Detached>) {
    out.push(Detached::Type(std::mem::replace(&mut **t, TypeExpr::leaf())));
}

fn detach_optional(e: &mut Option<Expr>, out: &mut Vec<Detached>) {
    if let Some(e) = e.take() {
        out.push(Detached::Expr(e));
    }
}

/// Moves the children of an expression into `out`.
fn detach_expr_children(kind: &mut ExprKind, out: &mut Vec<Detached>) {
    match kind {
        ExprKind::Unary { operand: e, .. } | ExprKind::AddressOf(e) | ExprKind::SizeofExpr(e) => detach_expr(e, out),
        ExprKind::Attribute { value: e, .. } => detach_expr(e, out),
        ExprKind::Binary { left, right, .. } | ExprKind::BoolOp { left, right, .. } => {
            detach_expr(left, out);
            detach_expr(right, out);
        }
        ExprKind::Compare { first, rest } => {
            detach_expr(first, out);
            out.extend(std::mem::take(rest).into_iter().map(|(_, e)| Detached::Expr(e)));
        }
        ExprKind::Conditional { cond, then, orelse } => {
            detach_expr(cond, out);
            detach_expr(then, out);
            detach_expr(orelse, out);
        }
        ExprKind::Cast { ty, operand, .. } => {
            out.push(Detached::Type(std::mem::replace(ty, TypeExpr::leaf())));
            detach_expr(operand, out);
        }
        ExprKind::SizeofType(ty) | ExprKind::CType(ty) => {
            out.push(Detached::Type(std::mem::replace(ty, TypeExpr::leaf())))
        }
        ExprKind::Call { func, args } => {
            detach_expr(func, out);
            out.extend(std::mem::take(args).into_iter().map(|a| Detached::Expr(a.value)));
        }
        ExprKind::Subscript { value, items } => {
            detach_expr(value, out);
            for item in std::mem::take(items) {
                match item {
                    SubscriptItem::Index(e) => out.push(Detached::Expr(e)),
                    SubscriptItem::Slice { mut start, mut stop, mut step, .. } => {
                        detach_optional(&mut start, out);
                        detach_optional(&mut stop, out);
                        detach_optional(&mut step, out);
                    }
                }
            }
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Dict(items) => {
            out.extend(std::mem::take(items).into_iter().map(Detached::Expr));
        }
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::CInt { .. }
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Ellipsis
        | ExprKind::Lambda
        | ExprKind::Error => {}
    }
}

/// Moves the children of a type into `out`.
fn detach_type_children(kind: &mut TypeKind, out: &mut Vec<Detached>) {
    match kind {
        TypeKind::Named(_) => {}
        TypeKind::Const(t) | TypeKind::Pointer(t) => detach_type(t, out),
        TypeKind::Array { elem, len } => {
            detach_type(elem, out);
            detach_expr(len, out);
        }
        TypeKind::Memview { elem, axes } => {
            detach_type(elem, out);
            for mut axis in std::mem::take(axes) {
                detach_optional(&mut axis.start, out);
                detach_optional(&mut axis.stop, out);
                detach_optional(&mut axis.step, out);
            }
        }
        TypeKind::Buffer(buffer) => {
            out.push(Detached::Type(std::mem::replace(&mut buffer.object, TypeExpr::leaf())));
            if let Some(dtype) = buffer.dtype.take() {
                out.push(Detached::Type(dtype));
            }
        }
        TypeKind::Tuple(items) => out.extend(std::mem::take(items).into_iter().map(Detached::Type)),
        TypeKind::FuncPtr(f) => {
            let f = &mut **f;
            out.push(Detached::Type(std::mem::replace(&mut f.ret, TypeExpr::leaf())));
            out.extend(std::mem::take(&mut f.params).into_iter().map(Detached::Type));
            if let Some(clause) = &mut f.except {
                if let ExceptKind::Value(v) | ExceptKind::MaybeValue(v) = &mut clause.kind {
                    out.push(Detached::Expr(std::mem::replace(v, Expr::leaf())));
                }
            }
        }
    }
}

/// Drops every node below one whose children are already in `pending`.
fn drop_detached(mut pending: Vec<Detached>) {
    while let Some(node) = pending.pop() {
        match node {
            Detached::Expr(mut e) => detach_expr_children(&mut e.kind, &mut pending),
            Detached::Type(mut t) => detach_type_children(&mut t.kind, &mut pending),
        }
        // `node`'s own drop now finds no children: it does not recurse.
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        detach_expr_children(&mut self.kind, &mut pending);
        if !pending.is_empty() {
            drop_detached(pending);
        }
    }
}

impl Drop for TypeExpr {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        detach_type_children(&mut self.kind, &mut pending);
        if !pending.is_empty() {
            drop_detached(pending);
        }
    }
}
