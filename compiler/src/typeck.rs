//! Semantic analysis: AST → typed IR ([`tir`]).
//!
//! Resolves names (module scope first, so functions may be used before they
//! are defined), turns written types into [`Type`]s, infers untyped locals,
//! types every expression with C's conversions and Cython's Python-3 rules,
//! records the directives in force at each statement, and rejects what
//! Cython rejects, and what lies outside the subset, with a diagnostic.
//!
//! `cdef double x = v[i]` → `Assign(Var x, ViewIndex(Var v, [Convert(Var i : Py_ssize_t)]) : double)`

mod call;
mod convert;
mod error;
mod expr;
mod externs;
mod forin;
mod format;
mod fused;
mod numpy;
mod parallel;
mod pxd;
mod scope;
mod stmt;
mod structs;
mod subscript;
pub(crate) mod types;

#[cfg(test)]
mod tests;

use crate::HashMap;

use cytrus_grammar::ast::{self, Span};

pub use error::SemanticError;
pub use scope::Symbol;

use crate::tir::{self, Directives, ErrorReturn, FuncId, Function, Type, Var, VarId, VarScope};

/// The state of a function being checked.
/// Cython's safe type inference of untyped local integer names
/// (`infer_types=None`): a name takes the type spanning all its values, a C
/// integer type, unless it may overflow (see [`scope::overflowing_names`]),
/// where it is a Python object. cytrus types a name at its first
/// assignment, so it gives a C type where the spanning type is known there:
/// the name is assigned once, or every value is of a type known before
/// typing (see [`Checker::int_spanning`]); other names stay Python ints
/// (exact).
#[derive(Default)]
struct CIntNames {
    /// Names read in arithmetic that may overflow: Python ints.
    overflowing: crate::HashSet<String>,
    /// Names with a single assignment (`=`, `+=`, a `for` target, …).
    single: crate::HashSet<String>,
    /// Names assigned more than once, with the C integer type spanning
    /// all their values.
    spanning: HashMap<String, Type>,
}

struct FnCtx {
    id: FuncId,
    locals: HashMap<String, VarId>,
    /// Untyped names assigned somewhere in the body: Python makes them local.
    assigned: Vec<String>,
    ret: Type,
    /// A `def` function's return type is inferred from its `return`s.
    infer_return: bool,
    returns_seen: Vec<(Type, Span)>,
    loop_depth: usize,
    /// Local names bound to a numpy dtype (`dtype = np.float32 if floating is float else np.float64`).
    dtypes: HashMap<String, tir::Dtype>,
}

/// Whether a function's body has been checked yet.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyState {
    Pending,
    InProgress,
    Done,
}

/// The checker: module scope, the variables and functions built so far, and errors.
pub struct Checker<'a> {
    module_name: String,
    errors: Vec<SemanticError>,
    vars: Vec<Var>,
    functions: Vec<Function>,
    /// The AST of each function, for lazy checking.
    function_asts: Vec<&'a ast::FunctionDef>,
    body_state: Vec<BodyState>,
    /// Directives in force where each function is defined (module level).
    function_directives: Vec<Directives>,
    globals: HashMap<String, Symbol>,
    /// `ctypedef` names: the type, and where it is declared.
    typedefs: HashMap<String, (Type, Span)>,
    fn_stack: Vec<FnCtx>,
    directives: Directives,
    /// Depth of `with nogil:` blocks (or a `nogil` function) around the code being checked.
    nogil_depth: usize,
    /// Whether the innermost level of `nogil_depth` is a `nogil` function's
    /// own body (where a `with nogil:` block is allowed).
    nogil_function_body: bool,
    /// Loops around module-level code being checked (for `break` at top level).
    module_loop_depth: usize,
    /// `with parallel():` blocks around the code being checked.
    parallel_depth: usize,
    /// The privates of the `parallel()` block just checked, for the check
    /// of reads after it (E0482).
    block_privates: Option<Vec<String>>,
    /// `prange` loop bodies around the code being checked.
    prange_depth: usize,
    /// Untyped names of the scope being checked that some assignment gives a
    /// floating-point value: they are inferred `double` from the first.
    float_names: crate::HashSet<String>,
    /// Which untyped integer names of the function being checked may take
    /// a C integer type (Cython's safe inference), see [`CIntNames`].
    c_int_names: CIntNames,
    /// Spans of `float` arithmetic C computes in double only because of an
    /// integer literal operand (`f + 33`): still a `float` for Cython.
    literal_double_spans: crate::HashSet<(usize, usize)>,
    /// Folded constants Cython writes as `-0xHEX` with a magnitude past
    /// `INT_MAX` (see `types::folded_hex_value`).
    folded_hex_spans: crate::HashSet<(usize, usize)>,
    /// Fused types (`ctypedef fused`, `cython.floating`), and where each is declared.
    fused_types: Vec<fused::FusedType>,
    fused_spans: Vec<Span>,
    /// Functions with fused parameters, each with its specialisations.
    fused_functions: Vec<fused::FusedFunction>,
    /// The fused types bound in the specialisation being checked.
    fused_bindings: fused::Bindings,
    /// The bindings each function was specialised with (empty if not fused).
    function_bindings: Vec<fused::Bindings>,
    /// Headers and verbatim C of the `cdef extern from` blocks seen, in order.
    includes: Vec<tir::CInclude>,
    /// See [`tir::Module::asarray_returns`].
    asarray_returns: Vec<Span>,
    /// See [`tir::Module::object_constants`].
    object_constants: crate::HashSet<Span>,
    /// Untyped locals first assigned a numpy array (`out = np.empty(n)`),
    /// each with whether every later value is one too: Cython keeps them
    /// as `ndarray` objects, so a `def` that returns one gives an ndarray.
    ndarray_locals: HashMap<VarId, bool>,
    /// `return a, b` statements of `def` functions that infer their result:
    /// written tuples, which lowering converts item by item.
    literal_tuple_returns: crate::HashSet<Span>,
    /// `return NAME` statements of `def` functions that infer their result,
    /// with the local they return (an ndarray return if the local is one).
    name_returns: Vec<(Span, VarId)>,
    /// The `def` functions whose `return`s give Python objects of different
    /// types (a `bint` and an int, an int and a float, a signed and an
    /// unsigned C integer): see [`Self::def_result`].
    mixed_def_returns: crate::HashSet<FuncId>,
    /// The `.pxd` files read with the module.
    sources: &'a crate::modules::Sources,
    /// The scope of each cimported project module declared so far.
    pxd_scopes: HashMap<String, pxd::ScopeId>,
    scopes: Vec<pxd::PxdScope>,
    /// The `.pxd` scope being declared (`None`: the module's own).
    current_scope: Option<pxd::ScopeId>,
    /// The scope each function's body is checked in (`None`: the module's).
    function_scope: Vec<Option<pxd::ScopeId>>,
    /// Functions the module's own `.pxd` declares that the `.pyx` has not defined yet.
    pending_definitions: HashMap<String, &'a ast::FunctionDef>,
    /// Every `cdef struct` / `cdef union`, in source order.
    structs: Vec<tir::StructDef>,
    /// Every `cdef enum`, in source order.
    enums: Vec<tir::EnumDef>,
}

/// Checks a parsed module. On success, its typed IR.
pub fn check_module(module_name: &str, module: &ast::Module) -> Result<tir::Module, Vec<SemanticError>> {
    let sources = crate::modules::Sources::default();
    check_module_with(module_name, module, &sources)
}

/// Checks a parsed module with the `.pxd` files read for it.
pub fn check_module_with(
    module_name: &str,
    module: &ast::Module,
    sources: &crate::modules::Sources,
) -> Result<tir::Module, Vec<SemanticError>> {
    let nesting =
        sources.own.iter().chain(sources.cimported.values()).map(|p| p.ast.nesting).fold(module.nesting, usize::max);
    crate::stack::with_stack_for(nesting, || check_module_here(module_name, module, sources))
}

fn check_module_here<'a>(
    module_name: &str,
    module: &'a ast::Module,
    sources: &'a crate::modules::Sources,
) -> Result<tir::Module, Vec<SemanticError>> {
    let mut checker = Checker {
        module_name: module_name.to_string(),
        errors: Vec::new(),
        vars: Vec::new(),
        functions: Vec::new(),
        function_asts: Vec::new(),
        body_state: Vec::new(),
        function_directives: Vec::new(),
        globals: HashMap::default(),
        typedefs: HashMap::default(),
        fn_stack: Vec::new(),
        directives: Directives::default(),
        nogil_depth: 0,
        nogil_function_body: false,
        module_loop_depth: 0,
        parallel_depth: 0,
        block_privates: None,
        prange_depth: 0,
        float_names: Default::default(),
        c_int_names: Default::default(),
        literal_double_spans: Default::default(),
        folded_hex_spans: Default::default(),
        fused_types: Vec::new(),
        fused_spans: Vec::new(),
        fused_functions: Vec::new(),
        fused_bindings: Vec::new(),
        function_bindings: Vec::new(),
        includes: Vec::new(),
        asarray_returns: Vec::new(),
        object_constants: Default::default(),
        ndarray_locals: HashMap::default(),
        name_returns: Vec::new(),
        literal_tuple_returns: Default::default(),
        mixed_def_returns: Default::default(),
        sources,
        pxd_scopes: HashMap::default(),
        scopes: Vec::new(),
        current_scope: None,
        function_scope: Vec::new(),
        pending_definitions: HashMap::default(),
        structs: Vec::new(),
        enums: Vec::new(),
    };
    if let Some(own) = &sources.own {
        checker.declare_own_pxd(own);
    }
    checker.module_directives(&module.directives);
    checker.declare_module(&module.body);
    checker.report_undefined();
    let init = checker.block(&module.body);
    for id in 0..checker.functions.len() {
        checker.ensure_body(FuncId(id as u32));
    }
    checker.check_mixed_def_results(&init, None);
    for id in 0..checker.functions.len() {
        let body = std::mem::take(&mut checker.functions[id].body);
        checker.check_mixed_def_results(&body, Some(FuncId(id as u32)));
        checker.functions[id].body = body;
    }
    // A fused function's specialisations share their source: one mistake, one report.
    let mut seen: Vec<&SemanticError> = Vec::new();
    let mut unique = Vec::new();
    for (i, e) in checker.errors.iter().enumerate() {
        if !seen.contains(&e) {
            seen.push(e);
            unique.push(i);
        }
    }
    let errors = std::mem::take(&mut checker.errors);
    checker.errors =
        errors.into_iter().enumerate().filter(|(i, _)| unique.binary_search(i).is_ok()).map(|(_, e)| e).collect();
    if checker.errors.is_empty() {
        Ok(tir::Module {
            name: checker.module_name,
            vars: checker.vars,
            structs: checker.structs,
            enums: checker.enums,
            functions: checker.functions,
            init,
            includes: checker.includes,
            nesting: module.nesting,
            asarray_returns: {
                let ndarray = &checker.ndarray_locals;
                let mut spans = checker.asarray_returns;
                spans.extend(
                    checker.name_returns.iter().filter(|(_, v)| ndarray.get(v) == Some(&true)).map(|(span, _)| *span),
                );
                spans
            },
            object_constants: checker.object_constants,
            fused_defs: checker
                .fused_functions
                .iter()
                .filter(|f| f.kind != ast::FunctionKind::Cdef && !f.specialisations.is_empty())
                .map(|f| tir::FusedDef {
                    name: f.name.clone(),
                    params: f.first_params.clone(),
                    specs: f.specialisations.clone(),
                    names: f.names.clone(),
                })
                .collect(),
        })
    } else {
        let mut errors = checker.errors;
        errors.sort_by_key(|e| e.code() == "E0000");
        Err(errors)
    }
}

impl<'a> Checker<'a> {
    fn error(&mut self, e: SemanticError) {
        self.errors.push(e);
    }

    fn new_var(&mut self, name: &str, ty: Type, scope: VarScope, declared: bool, span: Span) -> VarId {
        let id = VarId(self.vars.len() as u32);
        self.vars.push(Var { name: name.to_string(), ty, scope, declared, is_const: false, span });
        id
    }

    fn stmt_new(&self, kind: tir::StmtKind, span: Span) -> tir::Stmt {
        tir::Stmt { kind, span, directives: self.directives }
    }

    fn in_function(&self) -> bool {
        !self.fn_stack.is_empty()
    }

    fn in_nogil(&self) -> bool {
        self.nogil_depth > 0
    }

    /// Reports `what` if the GIL is not held here.
    fn require_gil(&mut self, span: Span, what: &str) {
        if self.in_nogil() {
            self.error(SemanticError::NeedsGil { span, what: what.to_string() });
        }
    }

    /// First pass over the module: cimports, typedefs, function signatures,
    /// `cdef` globals, in source order.
    fn declare_module(&mut self, body: &'a [ast::Stmt]) {
        self.declare_type_names(body);
        for stmt in body {
            match &stmt.kind {
                ast::StmtKind::Cimport { module, alias } => self.cimport(module, alias.as_ref()),
                ast::StmtKind::FromCimport { module, names } => self.cimport_names(module, names),
                ast::StmtKind::Import { module, alias, names } => self.import(module, alias.as_ref(), names.as_deref()),
                ast::StmtKind::CTypedef { ty, name } => self.declare_typedef(ty, name),
                ast::StmtKind::Extern(block) => self.declare_extern(block),
                ast::StmtKind::FusedType { name, members } => self.declare_fused_type(name, members),
                ast::StmtKind::Function(f) if f.is_declaration() => self.declare_forward(f),
                ast::StmtKind::Struct(decl) => self.declare_struct(decl),
                ast::StmtKind::Enum(decl) => self.declare_enum(decl),
                ast::StmtKind::Function(f) => self.declare_function(f),
                ast::StmtKind::Assign { .. } => {
                    self.declare_dtype_name(stmt);
                }
                _ => {}
            }
        }
        self.check_struct_recursion();
    }

    /// Checks a function's body unless done: lets a caller use an inferred return type.
    fn ensure_body(&mut self, id: FuncId) {
        if self.body_state[id.0 as usize] != BodyState::Pending {
            return;
        }
        self.body_state[id.0 as usize] = BodyState::InProgress;
        let f = self.function_asts[id.0 as usize];
        // An inline function of a cimported `.pxd` sees that file's names.
        let scope = self.function_scope[id.0 as usize];
        if let Some(s) = scope {
            let s = &mut self.scopes[s.0 as usize];
            std::mem::swap(&mut self.globals, &mut s.globals);
            std::mem::swap(&mut self.typedefs, &mut s.typedefs);
        }
        let saved_directives = self.directives;
        let saved_nogil = self.nogil_depth;
        let saved_bindings = std::mem::replace(&mut self.fused_bindings, self.function_bindings[id.0 as usize].clone());
        self.directives = self.function_directives[id.0 as usize];
        self.nogil_depth = 0;
        self.directives = self.decorator_directives(&f.decorators, self.directives);
        let function = &self.functions[id.0 as usize];
        let (ret, nogil) = (function.ret.clone(), function.nogil);
        let infer_return = function.returns_object;
        let mut locals = HashMap::default();
        for p in &function.params {
            locals.insert(self.vars[p.var.0 as usize].name.clone(), p.var);
        }
        let mut assigned = Vec::new();
        scope::collect_assigned(&f.body, &mut assigned);
        self.fn_stack.push(FnCtx {
            id,
            locals,
            assigned,
            ret,
            infer_return,
            returns_seen: Vec::new(),
            loop_depth: 0,
            dtypes: HashMap::default(),
        });
        let saved_fn_body = std::mem::replace(&mut self.nogil_function_body, nogil);
        if nogil {
            self.nogil_depth += 1;
        }
        let params: Vec<VarId> = self.functions[id.0 as usize].params.iter().map(|p| p.var).collect();
        let float_names = self.float_inferred(&f.body, &params);
        let saved_float_names = std::mem::replace(&mut self.float_names, float_names);
        let c_int_names = self.c_int_names_of(&f.body, &params);
        let saved_c_int_names = std::mem::replace(&mut self.c_int_names, c_int_names);
        let body = self.block(&f.body);
        self.float_names = saved_float_names;
        self.c_int_names = saved_c_int_names;
        let ctx = self.fn_stack.pop().expect("pushed above");
        if infer_return {
            let ret = self.infer_def_return(&ctx.returns_seen);
            if mixed_python_kinds(&ctx.returns_seen) {
                self.mixed_def_returns.insert(id);
            }
            self.functions[id.0 as usize].ret = ret;
        }
        self.functions[id.0 as usize].body = body;
        self.directives = saved_directives;
        self.nogil_depth = saved_nogil;
        self.nogil_function_body = saved_fn_body;
        self.fused_bindings = saved_bindings;
        self.body_state[id.0 as usize] = BodyState::Done;
        if let Some(s) = scope {
            let s = &mut self.scopes[s.0 as usize];
            std::mem::swap(&mut self.globals, &mut s.globals);
            std::mem::swap(&mut self.typedefs, &mut s.typedefs);
        }
    }

    /// The untyped names of a scope (`body`, with `params`) that Cython infers
    /// as `double` (see [`scope::float_inferred`]).
    fn float_inferred(&self, body: &[ast::Stmt], params: &[VarId]) -> crate::HashSet<String> {
        let mut local_types = HashMap::default();
        collect_declared_types(body, &mut local_types);
        let kind = |ty: &Type| match ty {
            t if t.is_float() => scope::Declared::Float,
            Type::Memview(m) if m.elem.is_float() => scope::Declared::FloatElements,
            Type::Ptr(e) | Type::CArray(e, _) if e.is_float() => scope::Declared::FloatElements,
            _ => scope::Declared::Other,
        };
        let declared = |name: &str| -> Option<scope::Declared> {
            if let Some(ty) = local_types.get(name) {
                return Some(self.declared_kind(ty));
            }
            if let Some(v) = params.iter().find(|v| self.vars[v.0 as usize].name == name) {
                return Some(kind(&self.vars[v.0 as usize].ty));
            }
            match self.globals.get(name) {
                Some(Symbol::Var(v)) => Some(kind(&self.vars[v.0 as usize].ty)),
                Some(_) => Some(scope::Declared::Other),
                None => None,
            }
        };
        scope::float_inferred(body, &declared, self.directives.cdivision)
    }

    /// The untyped integer names of a function body that may take a C type
    /// (see [`CIntNames`]).
    fn c_int_names_of(&mut self, body: &[ast::Stmt], params: &[VarId]) -> CIntNames {
        let assigned = self.fn_stack.last().map(|f| f.assigned.clone()).unwrap_or_default();
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for n in &assigned {
            *counts.entry(n.as_str()).or_default() += 1;
        }
        let overflowing = scope::overflowing_names(body);
        // Each assignment's values: one, or a `range` loop's bounds (the
        // loop variable takes the type spanning them, `None` standing for
        // the literal `0` start of `range(n)`, a C `long`).
        let mut values: HashMap<&str, Vec<Vec<Option<&ast::Expr>>>> = HashMap::default();
        let unshadowed = |n: &str| !counts.contains_key(n) && self.globals.get(n).is_none();
        scope::each_stmt(body, &mut |stmt| match &stmt.kind {
            ast::StmtKind::Assign { targets, value } => {
                for t in targets {
                    if let ast::ExprKind::Name(n) = &t.kind {
                        values.entry(n.as_str()).or_default().push(vec![Some(value)]);
                    }
                }
            }
            ast::StmtKind::For { target: ast::Expr { kind: ast::ExprKind::Name(n), .. }, iter, .. } => {
                if let Some(bounds) = range_bounds(iter, &unshadowed) {
                    values.entry(n.as_str()).or_default().push(bounds);
                }
            }
            _ => {}
        });
        let mut local_types = HashMap::default();
        collect_declared_types(body, &mut local_types);
        let mut spanning = HashMap::default();
        for (name, vs) in &values {
            if vs.len() < 2 || counts.get(name) != Some(&vs.len()) || overflowing.contains(*name) {
                continue;
            }
            let mut span_ty: Option<Type> = None;
            for v in vs.iter().flatten() {
                let t = match v {
                    Some(v) => self.int_type_before_typing(v, &local_types, params, &counts),
                    None => Some(Type::LONG),
                };
                let Some(t) = t else {
                    span_ty = None;
                    break;
                };
                span_ty = Some(match span_ty {
                    None => t,
                    Some(s) if s == t => s,
                    Some(s @ Type::Int(_)) if matches!(t, Type::Int(_)) => {
                        types::cython_spanning(&s, &t).expect("two C integers span")
                    }
                    // An enum with an integer, a bint with an integer: not
                    // measured here, a Python int.
                    Some(_) => {
                        span_ty = None;
                        break;
                    }
                });
            }
            if let Some(t) = span_ty {
                spanning.insert(name.to_string(), t);
            }
        }
        CIntNames {
            single: counts.iter().filter(|(_, c)| **c == 1).map(|(n, _)| n.to_string()).collect(),
            overflowing,
            spanning,
        }
    }

    /// The C integer type of a value whose type is known before the body
    /// is typed: a literal within 32 bits (a C `long`), a declared local,
    /// parameter or module variable, an enum constant, a cast, `sizeof`,
    /// and `-`/`+`/`~` of those (the operand's type). `None` otherwise.
    fn int_type_before_typing(
        &mut self,
        e: &ast::Expr,
        local_types: &HashMap<String, &ast::TypeExpr>,
        params: &[VarId],
        assigned: &HashMap<&str, usize>,
    ) -> Option<Type> {
        let int = |t: Type| matches!(t, Type::Int(_) | Type::Enum(_)).then_some(t);
        if scope::small_int_literal(e) {
            return Some(Type::LONG);
        }
        match &e.kind {
            ast::ExprKind::Unary { op: ast::UnaryOp::Neg | ast::UnaryOp::Pos | ast::UnaryOp::Invert, operand } => {
                match self.int_type_before_typing(operand, local_types, params, assigned)? {
                    t @ Type::Int(_) => Some(t),
                    _ => None,
                }
            }
            ast::ExprKind::Name(n) => {
                if let Some(ty) = local_types.get(n) {
                    let errors = self.errors.len();
                    let t = self.resolve_type(ty);
                    self.errors.truncate(errors);
                    return int(t);
                }
                if let Some(v) = params.iter().find(|v| self.vars[v.0 as usize].name == *n) {
                    return int(self.vars[v.0 as usize].ty.clone());
                }
                if assigned.contains_key(n.as_str()) {
                    return None;
                }
                match self.globals.get(n) {
                    Some(Symbol::EnumConst { ty, .. }) => int(ty.clone()),
                    Some(Symbol::Var(v)) if self.vars[v.0 as usize].declared => int(self.vars[v.0 as usize].ty.clone()),
                    _ => None,
                }
            }
            ast::ExprKind::Cast { ty, checked: false, .. } => {
                let errors = self.errors.len();
                let t = self.resolve_type(ty);
                self.errors.truncate(errors);
                int(t)
            }
            ast::ExprKind::SizeofType(_) | ast::ExprKind::SizeofExpr(_) => Some(Type::Int(tir::IntKind::SizeT)),
            _ => None,
        }
    }

    /// What a written type holds, for inference (through `const` and `ctypedef`s).
    fn declared_kind(&self, ty: &ast::TypeExpr) -> scope::Declared {
        let float = |t: &ast::TypeExpr| match &t.kind {
            ast::TypeKind::Named(n) => match n.as_str() {
                "float" | "double" | "long double" => true,
                other => self.peek_named_type(other).is_some_and(|t| t.is_float()),
            },
            _ => false,
        };
        match &ty.kind {
            ast::TypeKind::Const(inner) => self.declared_kind(inner),
            ast::TypeKind::Pointer(e)
            | ast::TypeKind::Array { elem: e, .. }
            | ast::TypeKind::Memview { elem: e, .. }
                if float(e) || matches!(&e.kind, ast::TypeKind::Const(inner) if float(inner)) =>
            {
                scope::Declared::FloatElements
            }
            _ if float(ty) => scope::Declared::Float,
            _ => scope::Declared::Other,
        }
    }

    /// The type a name stands for, when it is a typedef, a bound fused type
    /// or one of numpy's C types; reports nothing.
    fn peek_named_type(&self, name: &str) -> Option<Type> {
        if let Some((t, _)) = self.typedefs.get(name) {
            return Some(t.clone());
        }
        if let Some(Symbol::FusedType(id)) = self.globals.get(name) {
            return self.bound_fused(*id);
        }
        let (module, member) = name.split_once('.')?;
        match self.globals.get(module)? {
            Symbol::CythonModule if scope::pure_python_type(member).is_some() => scope::pure_python_type(member)?.ok(),
            Symbol::CythonModule => {
                let full = format!("cython.{member}");
                let i = self.fused_types.iter().position(|f| f.name == full)?;
                self.bound_fused(fused::FusedTypeId(i as u32))
            }
            Symbol::Numpy { cimported: true, .. } => match scope::numpy_type(member)? {
                scope::NumpyName::Type(t) => Some(t),
                _ => None,
            },
            _ => None,
        }
    }

    /// A call of a `def` function from Cython code goes through Python
    /// objects: its result is the Python object the function returned.
    /// A C integer result is a Python int (`f() == -1` is false for an
    /// `unsigned long` result of `2**64 - 1`, `f() * 10**12` does not
    /// wrap); a `bint` stays a bool and a double a float. Where the
    /// `return`s give objects of different types, the value keeps the
    /// common C type and records which it was (see `lir::PyRetKinds`):
    /// it may only be printed or formatted, converted to a declared C
    /// type, or tested (E0440 elsewhere, checked after typing).
    fn def_result(&mut self, call: tir::Expr, id: FuncId) -> tir::Expr {
        if self.mixed_def_returns.contains(&id) {
            return call;
        }
        // A `bint` result is a Python bool: 0 or 1 (`r() + 0` is 1 for a
        // `bint` holding 5).
        if call.ty == Type::Bint {
            return expr::bool_of(call);
        }
        if !matches!(call.ty, Type::Int(_) | Type::Enum(_)) {
            return call;
        }
        let span = call.span;
        tir::Expr::new(tir::ExprKind::Convert(Box::new(call)), Type::PyInt, span)
    }

    /// Reports each call of a `def` with results of different Python types
    /// (see [`Self::def_result`]) outside the places where its value is
    /// printed, formatted, converted to a declared C type or tested.
    /// A conditional expression whose branches are a Python int and a float
    /// (Cython's value is a Python object of either type) is held to the
    /// same places (E0361 elsewhere): `l - (2**40 if c else d)` is an int
    /// or a float by the branch taken.
    fn check_mixed_def_results(&mut self, body: &[tir::Stmt], function: Option<FuncId>) {
        use tir::{ExprKind, StmtKind};
        let mut conditionals = false;
        tir::walk::exprs_in_stmts(body, &mut |e| conditionals |= python_int_or_float(e));
        if self.mixed_def_returns.is_empty() && !conditionals {
            return;
        }
        fn mark(e: &tir::Expr, ok: &mut crate::HashSet<*const tir::Expr>) {
            match &e.kind {
                ExprKind::Convert(inner) | ExprKind::ConvertChecked(inner) | ExprKind::Cast(inner) => mark(inner, ok),
                // A branch (an operand of `and`/`or`) is printed, converted
                // or tested as the whole is.
                ExprKind::Conditional { then: l, orelse: r, .. } | ExprKind::And(l, r) | ExprKind::Or(l, r) => {
                    ok.insert(e as *const tir::Expr);
                    mark(l, ok);
                    mark(r, ok);
                }
                _ => {
                    ok.insert(e as *const tir::Expr);
                }
            }
        }
        let returns_c = function.is_some_and(|f| !self.functions[f.0 as usize].returns_object);
        let mut ok = crate::HashSet::default();
        tir::walk::stmts(body, &mut |s| match &s.kind {
            StmtKind::Print { args, .. } => args.iter().for_each(|a| mark(a, &mut ok)),
            StmtKind::Expr(e) => mark(e, &mut ok),
            StmtKind::Assign { target, value } => {
                let inferred = matches!(&target.kind, ExprKind::Var(v) if !self.vars[v.0 as usize].declared);
                if !inferred {
                    mark(value, &mut ok);
                }
            }
            StmtKind::If { branches, .. } => branches.iter().for_each(|(c, _)| mark(c, &mut ok)),
            StmtKind::While { cond, .. } => mark(cond, &mut ok),
            StmtKind::Return(Some(e)) if returns_c => mark(e, &mut ok),
            _ => {}
        });
        tir::walk::exprs_in_stmts(body, &mut |e| match &e.kind {
            ExprKind::Format { args, .. }
            | ExprKind::CallPtr { args, .. }
            | ExprKind::Builtin { builtin: tir::Builtin::Math(_), args } => args.iter().for_each(|a| mark(a, &mut ok)),
            // `<double>(2**40 if c else d)` converts the object picked.
            ExprKind::Cast(inner) => mark(inner, &mut ok),
            ExprKind::Call { func, args } if self.functions[func.0 as usize].kind != ast::FunctionKind::Def => {
                args.iter().for_each(|a| mark(a, &mut ok))
            }
            _ => {}
        });
        let mut bad = Vec::new();
        let mut bad_conditionals = Vec::new();
        tir::walk::exprs_in_stmts(body, &mut |e| {
            if let ExprKind::Call { func, .. } = &e.kind {
                if self.mixed_def_returns.contains(func) && !ok.contains(&(e as *const tir::Expr)) {
                    bad.push((e.span, *func));
                }
            }
            if python_int_or_float(e) && !ok.contains(&(e as *const tir::Expr)) {
                bad_conditionals.push(e.span);
            }
        });
        // A nested conditional is reported once, at the outermost one.
        let outer: Vec<Span> = bad_conditionals
            .iter()
            .filter(|s| !bad_conditionals.iter().any(|o| o != *s && o.start <= s.start && s.end <= o.end))
            .copied()
            .collect();
        for span in outer {
            self.error(SemanticError::PythonObjectConditional { span });
        }
        for (span, func) in bad {
            let name = self.functions[func.0 as usize].name.clone();
            let kinds = self.mixed_kind_names(func);
            self.error(SemanticError::MixedDefResult { span, name, kinds });
        }
    }

    /// `bool or int`: the Python types a `def`'s `return`s give.
    fn mixed_kind_names(&self, func: FuncId) -> String {
        let mut names: Vec<&str> = Vec::new();
        tir::walk::stmts(&self.functions[func.0 as usize].body, &mut |s| {
            if let tir::StmtKind::Return(Some(v)) = &s.kind {
                let n = match v.ty {
                    Type::Bint => "bool",
                    Type::Float { .. } => "float",
                    _ => "int",
                };
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        });
        if names.len() == 1 {
            // Signed and unsigned C integers: Python ints either way, but not
            // one C type.
            return "int (from C integers of different signedness)".into();
        }
        names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(" or ")
    }

    /// A `def` function returns the common type of its `return` values, or
    /// nothing (`void`) when it returns no value.
    fn infer_def_return(&mut self, returns: &[(Type, Span)]) -> Type {
        let mut result: Option<Type> = None;
        // Tuples of different types meet item by item only when each is
        // written out (`return k, 1.5`): lowering converts their items.
        let tuples_written =
            returns.iter().all(|(t, span)| !matches!(t, Type::CTuple(_)) || self.literal_tuple_returns.contains(span));
        for (ty, span) in returns {
            if ty.is_error() {
                return Type::Error;
            }
            result = Some(match result {
                None => ty.clone(),
                Some(prev) if prev == *ty => prev,
                Some(prev) if tuples_written && tuple_common_type(&prev, ty).is_some() => {
                    tuple_common_type(&prev, ty).expect("checked by the guard")
                }
                Some(prev) => match types::common_type(&prev, ty) {
                    Some(t) => t,
                    // Views of different types (`return np.asarray(out32)` on one
                    // path, `out64` on another): an array object, which a caller
                    // takes as a typed view with the run-time checks of Cython.
                    None if matches!(prev, Type::Memview(_) | Type::ViewArray)
                        && matches!(ty, Type::Memview(_) | Type::ViewArray) =>
                    {
                        Type::ViewArray
                    }
                    None => {
                        self.error(SemanticError::ReturnMismatch {
                            span: *span,
                            from: ty.display(),
                            to: prev.display(),
                        });
                        return Type::Error;
                    }
                },
            });
        }
        let ret = result.unwrap_or(Type::Void);
        if let Some((field, reason)) = self.not_convertible(&ret) {
            let span = returns.last().map_or(Span::default(), |(_, s)| *s);
            self.error(SemanticError::StructNotConvertible { span, ty: ret.display(), field, reason });
            return Type::Error;
        }
        ret
    }

    /// Where a module-level name is declared already, if it is.
    fn declared_span(&self, name: &str) -> Option<Span> {
        if let Some((_, span)) = self.typedefs.get(name) {
            return Some(*span);
        }
        Some(match self.globals.get(name)? {
            Symbol::Func(fid) => self.functions[fid.0 as usize].span,
            Symbol::Var(v) => self.vars[v.0 as usize].span,
            Symbol::EnumConst { span, .. } => *span,
            Symbol::FusedType(id) => self.fused_spans[id.0 as usize],
            Symbol::FusedFunc(id) => {
                let &(_, first) = self.fused_functions[id.0 as usize].specialisations.first()?;
                self.functions[first.0 as usize].span
            }
            _ => return None,
        })
    }

    fn declare_function(&mut self, f: &'a ast::FunctionDef) {
        if self.define_declared(f) {
            return;
        }
        if let Some(previous) = self.declared_span(&f.name.name) {
            self.error(SemanticError::Redeclared { span: f.name.span, name: f.name.name.clone(), previous });
        } else if self.globals.contains_key(&f.name.name) {
            self.error(SemanticError::Redeclared {
                span: f.name.span,
                name: f.name.name.clone(),
                previous: f.name.span,
            });
        }
        let (fused, unfixed) = self.fused_signature(f);
        if fused.is_empty() {
            self.declare_signature(f, f.name.name.clone(), unfixed, true);
        } else {
            self.declare_fused_function(f, fused, unfixed);
        }
    }

    /// Declares `f` as the function `name`, its fused types (if any) bound as
    /// `bindings`; binds the name in module scope when `bind_name`.
    fn declare_signature(
        &mut self,
        f: &'a ast::FunctionDef,
        name: String,
        bindings: fused::Bindings,
        bind_name: bool,
    ) -> FuncId {
        let id = FuncId(self.functions.len() as u32);
        let saved_bindings = std::mem::replace(&mut self.fused_bindings, bindings);
        // Without a return type a function returns a Python object, typed
        // here from its `return`s (once its body is checked), as a `def`'s.
        // (A `def`'s return annotation does not change that: Cython ignores it.)
        let returns_object = f.return_type.is_none() || f.kind == ast::FunctionKind::Def;
        let ret = match &f.return_type {
            Some(t) => self.resolve_type(t),
            None => Type::Void,
        };
        if returns_object && f.kind != ast::FunctionKind::Def {
            if let Some(span) = f.nogil {
                self.error(SemanticError::ObjectReturnModifier {
                    span,
                    name: f.name.name.clone(),
                    what: "be declared `nogil`",
                });
            }
            if let Some(clause) = &f.except {
                if !matches!(clause.kind, ast::ExceptKind::Star) {
                    self.error(SemanticError::ObjectReturnModifier {
                        span: clause.span,
                        name: f.name.name.clone(),
                        what: "have an exception value",
                    });
                }
            }
        }
        if f.kind != ast::FunctionKind::Cdef && !types::python_convertible(&ret) {
            self.error(SemanticError::NotPythonConvertible {
                span: f.name.span,
                ty: ret.display(),
                role: "return value",
            });
        }
        if f.kind != ast::FunctionKind::Cdef {
            if let Some((field, reason)) = self.not_convertible(&ret) {
                let ty = ret.display();
                self.error(SemanticError::StructNotConvertible { span: f.name.span, ty, field, reason });
            }
        }
        if f.kind == ast::FunctionKind::Def {
            if let Some(span) = f.nogil {
                self.error(SemanticError::InvalidModifier {
                    span,
                    message: "a `def` function cannot be `nogil`",
                    help: "make it `cdef … nogil`, or release the GIL inside with `with nogil:`",
                });
            }
        }
        let mut params = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::default();
        let mut default_seen = false;
        for p in &f.params {
            if p.default.is_some() {
                default_seen = true;
            } else if default_seen && p.star == ast::ParamStar::None {
                self.error(SemanticError::NonDefaultAfterDefault { span: p.span });
            }
            // Cython allows `not None` on Python functions only: `def`, and
            // `def` made `cpdef` by `@cython.ccall` — not on `cpdef` headers.
            let python_function = match f.kind {
                ast::FunctionKind::Def => true,
                ast::FunctionKind::Cpdef => f.decorators.iter().any(is_cython_ccall),
                ast::FunctionKind::Cdef => false,
            };
            if let (Some(span), false) = (p.not_none, python_function) {
                self.error(SemanticError::InvalidModifier {
                    span,
                    message: "`not None` is only allowed on parameters of `def` functions",
                    help: "test `v is None` in the body, or write the function as `@cython.ccall` on a `def`",
                });
            }
            if p.star != ast::ParamStar::None {
                self.error(SemanticError::Unsupported {
                    span: p.span,
                    what: "`*args` and `**kwargs` parameters",
                    instead: "list each parameter with its C type",
                });
                continue;
            }
            if let Some(prev) = seen.insert(p.name.name.clone(), p.name.span) {
                self.error(SemanticError::Redeclared { span: p.name.span, name: p.name.name.clone(), previous: prev });
            }
            let ty = match &p.ty {
                // An array parameter is a pointer to its first element, as in C.
                Some(t) => match self.resolve_type(t) {
                    Type::CArray(elem, _) if f.kind == ast::FunctionKind::Cdef && matches!(*elem, Type::CArray(..)) => {
                        self.error(SemanticError::PointerToArray { span: t.span, ty: elem.display() });
                        Type::Error
                    }
                    Type::CArray(elem, _) if f.kind == ast::FunctionKind::Cdef => Type::Ptr(elem),
                    other => other,
                },
                None => {
                    self.error(SemanticError::UntypedParameter { span: p.name.span, name: p.name.name.clone() });
                    Type::Error
                }
            };
            if f.kind != ast::FunctionKind::Cdef && !types::python_convertible(&ty) {
                self.error(SemanticError::NotPythonConvertible { span: p.span, ty: ty.display(), role: "parameter" });
            }
            if f.kind != ast::FunctionKind::Cdef {
                if let Some((field, reason)) = self.not_convertible(&ty) {
                    let ty = ty.display();
                    self.error(SemanticError::StructNotConvertible { span: p.span, ty, field, reason });
                }
            }
            if p.not_none.is_some() && ty.memview().is_none() && !ty.is_error() {
                self.error(SemanticError::CannotAssign {
                    span: p.span,
                    from: "None".into(),
                    to: ty.display(),
                    help: Some("`not None` applies to memoryview parameters".into()),
                });
            }
            let var = self.new_var(&p.name.name, ty, VarScope::Param(id), true, p.name.span);
            // A view typed by an annotation of a Python-visible function refuses
            // `None`, unless `None` is its default.
            let annotated_not_none = p.annotated
                && f.kind != ast::FunctionKind::Cdef
                && self.vars[var.0 as usize].ty.memview().is_some()
                && !matches!(p.default.as_ref().map(|d| &d.kind), Some(ast::ExprKind::None));
            let elem_name =
                p.ty.as_ref()
                    .and_then(|t| self.fused_elem_name(t))
                    .or_else(|| p.ty.as_ref().and_then(written_elem_name));
            params.push(tir::Param {
                var,
                default: None,
                not_none: p.not_none.is_some() || annotated_not_none,
                elem_name,
                span: p.span,
            });
        }
        let nogil = f.nogil.is_some();
        // A Python object result always tells its caller about an error
        // (Cython ignores `noexcept` there).
        let error_return = if returns_object { ErrorReturn::Always } else { self.error_return(f, &ret) };
        self.functions.push(Function {
            name,
            kind: f.kind,
            params,
            ret,
            returns_object,
            error_return,
            nogil,
            with_gil: f.with_gil.is_some(),
            inline: f.inline.is_some(),
            body: Vec::new(),
            span: f.header_span,
            first_decorator: f.decorators.iter().map(|d| d.span).min_by_key(|s| s.start),
            linkage: tir::Linkage::Local,
        });
        self.function_asts.push(f);
        self.body_state.push(BodyState::Pending);
        self.function_directives.push(self.directives);
        self.function_bindings.push(self.fused_bindings.clone());
        self.function_scope.push(self.current_scope);
        if bind_name {
            self.globals.insert(f.name.name.clone(), Symbol::Func(id));
        }
        // Defaults are typed now, in module scope, as Python evaluates them.
        for (i, p) in f.params.iter().filter(|p| p.star == ast::ParamStar::None).enumerate() {
            if let Some(default) = &p.default {
                let ty = self.vars[self.functions[id.0 as usize].params[i].var.0 as usize].ty.clone();
                // `char mode=b'C'`: a one-character literal is the char's code.
                let value = self.expr_expecting(default, Some(&ty));
                let value = self.coerce(value, &ty, default.span);
                self.functions[id.0 as usize].params[i].default = Some(value);
            }
        }
        self.fused_bindings = saved_bindings;
        id
    }

    /// How a function tells its caller about an error (Cython 3's rules).
    fn error_return(&mut self, f: &ast::FunctionDef, ret: &Type) -> ErrorReturn {
        if f.noexcept.is_some() {
            return ErrorReturn::None;
        }
        match &f.except {
            None => ErrorReturn::Always,
            Some(clause) => match &clause.kind {
                ast::ExceptKind::Star => ErrorReturn::Always,
                ast::ExceptKind::Plus => {
                    self.error(SemanticError::Unsupported {
                        span: clause.span,
                        what: "C++ exception declarations (`except +`)",
                        instead: "use `except -1`, `except? -1` or `except *`",
                    });
                    ErrorReturn::Always
                }
                ast::ExceptKind::Value(v) | ast::ExceptKind::MaybeValue(v) => {
                    let maybe = matches!(clause.kind, ast::ExceptKind::MaybeValue(_));
                    let mut value = types::const_value(v);
                    // Cython converts an integer value to the return type as C
                    // does: `except? -1` on `unsigned int` is 4294967295.
                    if let (Some(tir::ConstValue::Int(i)), Type::Int(k)) = (value, ret) {
                        value = Some(tir::ConstValue::Int(k.wrap(i)));
                    }
                    let fits = match (value, ret) {
                        (_, Type::Error) => true,
                        (Some(tir::ConstValue::Int(_)), Type::Int(_)) => true,
                        (Some(tir::ConstValue::Int(_)), Type::Bint) => true,
                        (Some(_), Type::Float { .. }) => true,
                        (Some(tir::ConstValue::Int(0)), Type::Ptr(_)) => true,
                        _ => false,
                    };
                    if !fits {
                        self.error(SemanticError::BadExceptValue { span: clause.span, ret: ret.display() });
                        return ErrorReturn::Always;
                    }
                    let value = value.unwrap_or(tir::ConstValue::Int(0));
                    if maybe {
                        ErrorReturn::MaybeValue(value)
                    } else {
                        ErrorReturn::Value(value)
                    }
                }
            },
        }
    }
}

/// The bounds of `range(…)` or `reversed(range(…))` (`xrange` too), when
/// `iter` is one of those builtins (`builtin` says a name is not
/// shadowed): `None` for the implicit `0` start.
fn range_bounds<'b>(iter: &'b ast::Expr, builtin: &dyn Fn(&str) -> bool) -> Option<Vec<Option<&'b ast::Expr>>> {
    let call_of = |e: &'b ast::Expr, names: &[&str]| match &e.kind {
        ast::ExprKind::Call { func, args } if matches!(&func.kind, ast::ExprKind::Name(n) if names.contains(&n.as_str()) && builtin(n)) => {
            Some(args)
        }
        _ => None,
    };
    let iter = match call_of(iter, &["reversed"]).map(Vec::as_slice) {
        Some([ast::Arg { keyword: None, value, star: ast::ParamStar::None }]) => value,
        Some(_) => return None,
        None => iter,
    };
    let args = call_of(iter, &["range", "xrange"])?;
    if args.is_empty() || args.len() > 3 || args.iter().any(|a| a.keyword.is_some()) {
        return None;
    }
    let mut bounds: Vec<Option<&ast::Expr>> = args.iter().map(|a| Some(&a.value)).collect();
    if bounds.len() == 1 {
        bounds.insert(0, None);
    }
    Some(bounds)
}

/// The names `cdef` declares anywhere in `body`, with their written types.
fn collect_declared_types<'b>(body: &'b [ast::Stmt], out: &mut HashMap<String, &'b ast::TypeExpr>) {
    scope::each_stmt(body, &mut |stmt| {
        if let ast::StmtKind::CDecl(decl) = &stmt.kind {
            for d in &decl.declarators {
                out.insert(d.name.name.clone(), &d.ty);
            }
        }
    });
}

impl Checker<'_> {
    /// The element of a view of a fused type (`floating[:]`), as the
    /// specialisation being declared binds it and Cython's messages name it
    /// (`double`, `float64_t`).
    fn fused_elem_name(&mut self, t: &ast::TypeExpr) -> Option<String> {
        let elem = match &t.kind {
            ast::TypeKind::Memview { elem, .. } => elem,
            ast::TypeKind::Const(inner) => return self.fused_elem_name(inner),
            _ => return None,
        };
        let name = match &elem.kind {
            ast::TypeKind::Named(n) => n,
            ast::TypeKind::Const(inner) => match &inner.kind {
                ast::TypeKind::Named(n) => n,
                _ => return None,
            },
            _ => return None,
        };
        let id = self.fused_type_id(name)?;
        let bound = self.bound_fused(id)?;
        let fused = &self.fused_types[id.0 as usize];
        let i = fused.members.iter().position(|m| *m == bound)?;
        Some(fused.names[i].clone())
    }
}

/// The element type of a memoryview type as written, when it is a name
/// (`cnp.float64_t[:]` → `float64_t`; `double[:]` → `double`).
fn written_elem_name(t: &ast::TypeExpr) -> Option<String> {
    fn named(t: &ast::TypeExpr) -> Option<&str> {
        match &t.kind {
            ast::TypeKind::Named(name) => Some(name.rsplit('.').next().unwrap_or(name)),
            ast::TypeKind::Const(inner) => named(inner),
            _ => None,
        }
    }
    match &t.kind {
        ast::TypeKind::Memview { elem, .. } => named(elem).map(str::to_string),
        ast::TypeKind::Const(inner) => written_elem_name(inner),
        _ => None,
    }
}

/// `@cython.ccall`: a `def` that is a `cpdef` function.
fn is_cython_ccall(d: &ast::Expr) -> bool {
    matches!(&d.kind, ast::ExprKind::Attribute { value, attr }
        if attr.name == "ccall" && matches!(&value.kind, ast::ExprKind::Name(n) if n == "cython"))
}

/// Whether the values a `def` returns become Python objects of different
/// types (as `lower::interface::def_return_kinds` decides).
fn mixed_python_kinds(returns: &[(Type, Span)]) -> bool {
    let mut kinds: Vec<char> = Vec::new();
    for (ty, _) in returns {
        let k = match ty {
            Type::Int(k) if !k.signed() => 'u',
            Type::Int(_) | Type::Enum(_) => 's',
            Type::PyInt => 'p',
            Type::Float { .. } => 'f',
            Type::Bint => 'b',
            _ => return false,
        };
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    kinds.len() > 1
}

/// The C tuple type two `return a, b` of a `def` share when every item keeps
/// its Python value through it: the wider of two signed (or two unsigned)
/// integers, a double for two floats, the same type otherwise. `None` when
/// an item would change kind (an int on one path, a float on another: Python
/// sees an `int` and a `float`) or sign.
fn tuple_common_type(a: &Type, b: &Type) -> Option<Type> {
    let (Type::CTuple(xs), Type::CTuple(ys)) = (a, b) else { return None };
    if xs.len() != ys.len() {
        return None;
    }
    xs.iter()
        .zip(ys)
        .map(|(x, y)| match (x, y) {
            _ if x == y => Some(x.clone()),
            (Type::Int(p), Type::Int(q)) if p.signed() == q.signed() => {
                Some(if p.bits() >= q.bits() { x.clone() } else { y.clone() })
            }
            (Type::Float { .. }, Type::Float { .. }) => Some(Type::DOUBLE),
            (Type::CTuple(_), Type::CTuple(_)) => tuple_common_type(x, y),
            _ => None,
        })
        .collect::<Option<Vec<Type>>>()
        .map(Type::CTuple)
}

/// A conditional expression one of whose branches (as written, nested ones
/// included) is a Python int and another a float: Cython's value is a
/// Python object of either type.
fn python_int_or_float(e: &tir::Expr) -> bool {
    fn kinds(e: &tir::Expr, int: &mut bool, float: &mut bool) {
        match &e.kind {
            tir::ExprKind::Conditional { then, orelse, .. } => {
                kinds(then, int, float);
                kinds(orelse, int, float);
            }
            tir::ExprKind::Convert(inner) if inner.ty.is_numeric() => kinds(inner, int, float),
            _ => {
                *int |= e.ty == Type::PyInt;
                *float |= e.ty.is_float();
            }
        }
    }
    let (mut int, mut float) = (false, false);
    if matches!(e.kind, tir::ExprKind::Conditional { .. }) {
        kinds(e, &mut int, &mut float);
    }
    int && float
}
