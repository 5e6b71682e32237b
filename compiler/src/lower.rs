//! Lowers the typed IR to the lowered IR: memoryview operations become
//! address arithmetic and runtime calls, checks become explicit statements
//! chosen by the directives in force, and errors become jumps to guards.
//!
//! `v[i]` on `double[::1]` (boundscheck, wraparound on) →
//! `i' = i < 0 ? i + v.shape[0] : i; Check(i' >= v.shape[0] as unsigned → IndexError);`
//! `load double (v.data)[i']` — no stride multiply on the contiguous axis.

mod explicit;
mod expr;
mod facts;
mod format;
mod interface;
mod loops;
mod namer;
mod ownership;
mod parallel;
mod view;

#[cfg(test)]
mod tests;

use crate::{HashMap, HashSet};

use crate::lir::{self, ErrorConvention, LType, Local, LocalId, Place, Stmt, Value, Visibility};
use crate::tir::{self, Directives, Type, VarId, VarScope};
use loops::{assigned_vars, HoistedIndex, Proof};

/// A loop being lowered: how many cleanups (`finally` blocks, `with gil:`
/// blocks) surround it.
struct LoopCtx {
    finally_depth: usize,
}

/// What runs before a jump out of a block.
#[derive(Clone)]
enum Cleanup {
    /// The body of a `try`'s `finally`.
    Finally(Vec<tir::Stmt>),
    /// Gives back the lock a `with gil:` block took (the token's local).
    ReleaseGil(LocalId),
}

/// The state of the function being lowered.
struct FnState {
    locals: Vec<Local>,
    /// The `**` (a tir node's address) whose value goes straight into a C
    /// float or double: Cython computes it with C's `pow`, not as a complex.
    direct_pow: Option<usize>,
    /// Whether `return` hands a C value to the caller (`cdef`/`cpdef`), not a
    /// Python object (`def`).
    returns_c_value: bool,
    /// The function being lowered (`None` for the module's top-level code).
    current: Option<tir::FuncId>,
    namer: namer::Namer,
    /// The local holding each of the function's variables.
    vars: HashMap<VarId, LocalId>,
    /// Slice locals that hold an acquisition, released on every exit.
    owned_slices: Vec<LocalId>,
    /// String locals (variables and temporaries), freed on every exit.
    owned_strs: Vec<LocalId>,
    /// Flags telling whether a view local was assigned (initializedcheck).
    init_flags: HashMap<VarId, LocalId>,
    loops: Vec<LoopCtx>,
    /// What leaving the current statement by `return`, `break` or
    /// `continue` runs first, innermost last (errors go through the guards
    /// these blocks are lowered to instead).
    finally_stack: Vec<Cleanup>,
    ret: LType,
    error: ErrorConvention,
    qualified_name: String,
    /// Where the current statement's output goes.
    blocks: Vec<Vec<Stmt>>,
    directives: Directives,
    is_init: bool,
    /// For each loop being lowered, the flag its `break` sets (loops with `else`).
    broke_flags: Vec<Option<LocalId>>,
    /// Exceptions being handled, innermost last (for a bare `raise`).
    exceptions: Vec<LocalId>,
    /// View variables certainly assigned at this point (no initializedcheck needed).
    assigned: HashSet<VarId>,
    /// What is known here of integer variables and extents (`range` loops,
    /// assignments, conditions): see [`facts`].
    facts: Vec<facts::Fact>,
    /// Variables a loop nest was versioned on, in the copy where the test
    /// failed: no inner loop asks again.
    refused: Vec<VarId>,
    /// Indices a versioned loop's precondition checked before the loop.
    hoisted: Vec<HoistedIndex>,
    /// How many `with nogil:` blocks of this function surround the current
    /// statement (inside one, the GIL is known to be given up already).
    nogil_blocks: usize,
    /// Local views that only ever hold views of parameters the caller keeps
    /// alive: they need no acquisition of their own.
    borrowed_views: HashSet<VarId>,
    /// Errors saved by error-path `finally` blocks being lowered, with the
    /// number of loops around each: a jump out of the finally drops them.
    pending_errors: Vec<(LocalId, usize)>,
    /// The `prange` loop whose body is being lowered, if any.
    parallel: Option<parallel::ParallelCtx>,
}

/// The lowering pass.
pub struct Lowerer<'t> {
    tir: &'t tir::Module,
    /// The source text, for the headers of exported functions.
    source: &'t str,
    /// The module's file name, as tracebacks name it.
    file: String,
    /// Variables whose address is taken somewhere (`&x`): a write through a
    /// pointer may change them, so no loop analysis trusts them.
    address_taken: HashSet<VarId>,
    /// Where each line of the source after the first starts (byte offsets).
    line_starts: Vec<usize>,
    /// The `.pxd` files read with the module: where each starts, its name
    /// and where its lines start (offsets from its start).
    other_files: Vec<(usize, String, Vec<usize>)>,
    /// Each function's local variables, in order.
    locals_of: Vec<Vec<VarId>>,
    globals: Vec<Local>,
    global_vars: HashMap<VarId, lir::GlobalId>,
    /// The `def`s whose `return`s convert to Python differently, and the
    /// global each `return` marks its kind in ([`lir::PyRetKinds`]).
    py_ret_kinds: HashMap<tir::FuncId, lir::PyRetKinds>,
    externs: Vec<lir::ExternValue>,
    extern_vars: HashMap<VarId, lir::ExternId>,
    /// The C variables the module writes or takes the address of.
    addressed_externs: std::cell::RefCell<HashSet<lir::ExternId>>,
    /// The module's function symbols and globals: no local takes their names.
    symbols: Vec<String>,
    /// The output name of each field of each struct of the module.
    field_names: Vec<Vec<String>>,
    /// Functions whose address is passed to C code (`qsort` comparators).
    callbacks: HashSet<tir::FuncId>,
    /// The specialisations of fused `def`/`cpdef` functions: the index of
    /// their [`tir::FusedDef`] and their own index in it.
    fused_specs: HashMap<tir::FuncId, (usize, usize)>,
    state: Option<FnState>,
}

/// Lowers a checked module. `source` maps spans to line numbers.
pub fn lower_module(tir: &tir::Module, file: &str, source: &str) -> lir::Module {
    crate::stack::with_stack_for(tir.nesting, || lower_module_here(tir, file, source, &[]))
}

/// Lowers a checked module whose spans also point into the `.pxd` files
/// read with it (`sources.files[1..]`): their functions' lines are theirs.
pub fn lower_module_with(tir: &tir::Module, file: &str, sources: &crate::modules::Sources) -> lir::Module {
    let source = sources.files.first().map_or("", |f| f.text.as_str());
    crate::stack::with_stack_for(tir.nesting, || lower_module_here(tir, file, source, &sources.files[1..]))
}

fn lower_module_here<'t>(
    tir: &'t tir::Module,
    file: &str,
    source: &'t str,
    others: &[crate::modules::SourceFile],
) -> lir::Module {
    let mut address_taken = HashSet::default();
    let mut callbacks = HashSet::default();
    let mut note_address = |e: &tir::Expr| {
        if let tir::ExprKind::AddressOf(inner) = &e.kind {
            if let tir::ExprKind::Var(v) = inner.kind {
                address_taken.insert(v);
            }
        }
        if let tir::ExprKind::FuncRef(f) = e.kind {
            callbacks.insert(f);
        }
    };
    for f in &tir.functions {
        tir::walk::exprs_in_stmts(&f.body, &mut note_address);
    }
    tir::walk::exprs_in_stmts(&tir.init, &mut note_address);
    let line_starts = source.match_indices('\n').map(|(i, _)| i + 1).collect();
    let other_files = others
        .iter()
        .map(|f| {
            let name = f.name.rsplit(['/', '\\']).next().unwrap_or(&f.name).to_string();
            (f.base, name, f.text.match_indices('\n').map(|(i, _)| i + 1).collect())
        })
        .collect();
    let mut locals_of = vec![Vec::new(); tir.functions.len()];
    for (i, v) in tir.vars.iter().enumerate() {
        if let VarScope::Local(f) = v.scope {
            locals_of[f.0 as usize].push(VarId(i as u32));
        }
    }
    let mut l = Lowerer {
        tir,
        source,
        file: file.to_string(),
        address_taken,
        line_starts,
        other_files,
        locals_of,
        globals: Vec::new(),
        global_vars: HashMap::default(),
        py_ret_kinds: HashMap::default(),
        externs: Vec::new(),
        extern_vars: HashMap::default(),
        addressed_externs: Default::default(),
        symbols: Vec::new(),
        field_names: tir
            .structs
            .iter()
            .map(|s| {
                let mut namer = namer::Namer::default();
                s.fields.iter().map(|f| namer.name(&f.name)).collect()
            })
            .collect(),
        callbacks,
        fused_specs: tir
            .fused_defs
            .iter()
            .enumerate()
            .flat_map(|(d, def)| def.specs.iter().enumerate().map(move |(k, (_, id))| (*id, (d, k))))
            .collect(),
        state: None,
    };
    for (i, v) in tir.vars.iter().enumerate() {
        // A module-level string lives in the module code's function, the
        // only code that reads it (typeck makes sure).
        if v.scope == VarScope::Global && v.ty != Type::Str {
            let id = lir::GlobalId(l.globals.len() as u32);
            l.globals.push(Local { name: format!("{}_{}", tir.name, v.name), ty: ltype(&v.ty), temp: false });
            l.global_vars.insert(VarId(i as u32), id);
        }
        if v.scope == VarScope::Extern {
            let id = lir::ExternId(l.externs.len() as u32);
            l.externs.push(lir::ExternValue {
                name: v.name.clone(),
                ty: ltype(&v.ty),
                constant: v.is_const,
                glue: format!("{}_glue_{}", tir.name, v.name),
                address_glue: None,
            });
            l.extern_vars.insert(VarId(i as u32), id);
        }
    }
    for (i, f) in tir.functions.iter().enumerate() {
        if let Some(convs) = interface::def_return_kinds(f) {
            let global = lir::GlobalId(l.globals.len() as u32);
            let name = format!("{}__py_return_kind_{}", tir.name, f.name);
            l.globals.push(Local { name, ty: LType::Int(tir::IntKind::Int), temp: false });
            l.py_ret_kinds.insert(tir::FuncId(i as u32), lir::PyRetKinds { global, convs });
        }
    }
    l.symbols = tir.functions.iter().map(|f| symbol(tir, f)).collect();
    l.symbols.push(format!("{}_init", tir.name));
    l.symbols.extend(l.globals.iter().map(|g| g.name.clone()));
    l.symbols.extend(l.externs.iter().map(|e| e.name.clone()));
    l.symbols.extend(tir.structs.iter().map(|s| s.cname.clone()));
    let structs = l.struct_defs();
    let functions: Vec<lir::Function> = (0..tir.functions.len())
        .map(|i| {
            let id = tir::FuncId(i as u32);
            if tir.function(id).linkage.has_body() {
                l.function(id)
            } else {
                l.declaration(id)
            }
        })
        .collect();
    let init = l.init();
    for id in l.addressed_externs.take() {
        let e = &mut l.externs[id.0 as usize];
        e.address_glue = Some(format!("{}_address", e.glue));
    }
    let tuple_types = tuple_types(&l.globals, &functions, &init);
    let fn_types = fn_types(&l.globals, &functions, &init, &structs);
    let mut python_globals: Vec<lir::PyGlobal> = l
        .global_vars
        .iter()
        .filter(|(v, _)| !tir.var(**v).declared)
        .filter_map(|(v, g)| {
            let var = tir.var(*v);
            interface::py_conv(&var.ty, false, None).map(|conv| lir::PyGlobal {
                name: var.name.clone(),
                global: *g,
                conv,
            })
        })
        .collect();
    python_globals.sort_by_key(|g| g.global.0);
    let python_fused = tir.fused_defs.iter().filter_map(|d| l.py_fused(d, &functions)).collect();
    let mut module = lir::Module {
        python_globals,
        python_fused,
        name: tir.name.clone(),
        file: file.to_string(),
        includes: tir.includes.clone(),
        externs: l.externs,
        structs,
        globals: l.globals,
        functions,
        tuple_types,
        fn_types,
        init,
        nesting: tir.nesting,
        prints: false,
        init_does_nothing: false,
    };
    explicit::make_explicit(&mut module);
    parallel::drop_addressed_shared(&mut module);
    module.prints = module_prints(&module);
    module.init_does_nothing = does_nothing(&module.init.body);
    debug_assert_eq!(lir::verify::module(&module), Vec::<String>::new(), "lowering broke a lir promise");
    module
}

/// Whether a `print` statement is anywhere in the module's code.
fn module_prints(module: &lir::Module) -> bool {
    use lir::visit::Visit;
    struct Prints(bool);
    impl Visit for Prints {
        fn stmt(&mut self, s: &Stmt) {
            match s {
                Stmt::Print(_) => self.0 = true,
                _ => lir::visit::walk_stmt(self, s),
            }
        }
    }
    let mut p = Prints(false);
    p.stmts(&module.init.body);
    module.functions.iter().for_each(|f| p.stmts(&f.body));
    p.0
}

/// Whether statements do nothing: returns, line marks and notes only,
/// nested in blocks or in an error guard's body (its handler runs only on
/// an error, which nothing there raises).
fn does_nothing(stmts: &[Stmt]) -> bool {
    stmts.iter().all(|s| match s {
        Stmt::Return(_) | Stmt::Line(_) | Stmt::Note(_) => true,
        Stmt::Block(b) => does_nothing(b),
        Stmt::Guard { body, .. } => does_nothing(body),
        _ => false,
    })
}

/// A function's name in the output: the C name of a C function, else its
/// module's name and its own (`kernels_dot`), the module being the one that
/// defines it (`_heap_heap_push` for a function cimported from `_heap`).
pub fn symbol(tir: &tir::Module, f: &tir::Function) -> String {
    match &f.linkage {
        tir::Linkage::ExternC => f.name.clone(),
        tir::Linkage::Cimported(module) | tir::Linkage::PxdInline(module) => format!("{module}_{}", f.name),
        tir::Linkage::Local | tir::Linkage::Shared => format!("{}_{}", tir.name, f.name),
    }
}

/// Every C tuple type the module's variables and functions use, each after
/// the tuple types of its fields, with the name of its C struct.
fn tuple_types(globals: &[Local], functions: &[lir::Function], init: &lir::Function) -> Vec<lir::TupleType> {
    fn visit(ty: &LType, out: &mut Vec<lir::TupleType>) {
        match ty {
            LType::Tuple(fields) => {
                for f in fields {
                    visit(f, out);
                }
                if !out.iter().any(|t| t.fields == *fields) {
                    out.push(lir::TupleType { name: LType::tuple_name(fields), fields: fields.clone() });
                }
            }
            LType::Ptr(inner) | LType::Array(inner, _) => visit(inner, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for g in globals {
        visit(&g.ty, &mut out);
    }
    for f in functions.iter().chain(std::iter::once(init)) {
        visit(&f.ret, &mut out);
        for l in &f.locals {
            visit(&l.ty, &mut out);
        }
    }
    out
}

/// Every function pointer type the module's variables, functions and struct
/// fields use, each after those it mentions, with the name of its C typedef.
fn fn_types(
    globals: &[Local],
    functions: &[lir::Function],
    init: &lir::Function,
    structs: &[lir::StructDef],
) -> Vec<lir::FnTypeDef> {
    fn visit(ty: &LType, out: &mut Vec<lir::FnTypeDef>) {
        match ty {
            LType::FnPtr(f) => {
                visit(&f.ret, out);
                for p in &f.params {
                    visit(p, out);
                }
                if !out.iter().any(|t| t.ty == **f) {
                    out.push(lir::FnTypeDef { name: f.typedef_name(), ty: (**f).clone() });
                }
            }
            LType::Ptr(inner) | LType::Array(inner, _) => visit(inner, out),
            LType::Tuple(fields) => fields.iter().for_each(|f| visit(f, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for s in structs {
        for f in &s.fields {
            visit(&f.ty, &mut out);
        }
    }
    for g in globals {
        visit(&g.ty, &mut out);
    }
    for f in functions.iter().chain(std::iter::once(init)) {
        visit(&f.ret, &mut out);
        for l in &f.locals {
            visit(&l.ty, &mut out);
        }
    }
    out
}

/// The C-level type of a tir type.
pub fn ltype(ty: &Type) -> LType {
    match ty {
        Type::Int(k) => LType::Int(k.c_kind()),
        Type::Float { bits } => LType::Float(*bits),
        Type::Bint => LType::Bint,
        Type::PyInt => LType::Int128,
        Type::Ptr(inner) => LType::Ptr(Box::new(ltype(inner))),
        Type::CArray(inner, n) => LType::Array(Box::new(ltype(inner)), *n),
        Type::Memview(_) | Type::NoneType | Type::ViewArray => LType::Slice,
        Type::Str => LType::Str,
        Type::Exception => LType::ErrorRef,
        Type::Struct(d) => LType::Struct(d.cname.to_string()),
        // A C enum is an `int`.
        Type::Enum(_) => LType::Int(tir::IntKind::Int),
        Type::CTuple(members) => LType::Tuple(members.iter().map(ltype).collect()),
        Type::FuncPtr(sig) => {
            LType::FnPtr(Box::new(lir::FnType { ret: ltype(&sig.ret), params: sig.params.iter().map(ltype).collect() }))
        }
        Type::Void | Type::ExceptionClass | Type::Error => LType::Void,
    }
}

impl<'t> Lowerer<'t> {
    /// The module's structs for the output, each after those it holds by
    /// value (C needs a struct's fields complete before it).
    fn struct_defs(&self) -> Vec<lir::StructDef> {
        fn visit(l: &Lowerer<'_>, id: usize, done: &mut Vec<usize>, out: &mut Vec<lir::StructDef>) {
            if done.contains(&id) {
                return;
            }
            done.push(id);
            let def = &l.tir.structs[id];
            for f in &def.fields {
                let mut ty = &f.ty;
                while let Type::CArray(inner, _) = ty {
                    ty = inner;
                }
                if let Type::Struct(d) = ty {
                    visit(l, d.id as usize, done, out);
                }
            }
            let fields = def
                .fields
                .iter()
                .zip(&l.field_names[id])
                .map(|(f, name)| lir::FieldDef { name: name.clone(), ty: ltype(&f.ty) })
                .collect();
            out.push(lir::StructDef { name: def.cname.clone(), union: def.union, packed: def.packed, fields });
        }
        let mut done = Vec::new();
        let mut out = Vec::new();
        for id in 0..self.tir.structs.len() {
            visit(self, id, &mut done, &mut out);
        }
        out
    }

    fn st(&mut self) -> &mut FnState {
        self.state.as_mut().expect("inside a function")
    }

    /// Appends a statement to the current block.
    fn emit(&mut self, s: Stmt) {
        self.st().blocks.last_mut().expect("a block is open").push(s);
    }

    /// Lowers statements into a fresh block and returns it. What the block
    /// assigns is not certain after it (it may not run, or stop early).
    fn in_block(&mut self, f: impl FnOnce(&mut Self)) -> Vec<Stmt> {
        let assigned = self.st().assigned.clone();
        let facts = self.st().facts.len();
        self.st().blocks.push(Vec::new());
        f(self);
        self.st().assigned = assigned;
        // What a nested block learnt holds only inside it.
        self.st().facts.truncate(facts);
        self.st().blocks.pop().expect("pushed above")
    }

    fn new_local(&mut self, name: &str, ty: LType) -> LocalId {
        let st = self.st();
        let id = LocalId(st.locals.len() as u32);
        let name = st.namer.name(name);
        st.locals.push(Local { name, ty, temp: false });
        id
    }

    /// A compiler temporary.
    fn temp(&mut self, ty: LType) -> LocalId {
        let n = self.st().locals.len();
        let id = self.new_local(&format!("t{n}"), ty);
        self.st().locals[id.0 as usize].temp = true;
        id
    }

    /// A temporary slice that owns an acquisition (released on every exit).
    fn owned_temp(&mut self) -> LocalId {
        let t = self.temp(LType::Slice);
        self.st().owned_slices.push(t);
        t
    }

    fn line_of(&self, span: cytrus_grammar::ast::Span) -> u32 {
        // The number of lines that start at or before the span, the first included.
        if let Some((base, _, starts)) = self.other_files.iter().rev().find(|(base, _, _)| span.start >= *base) {
            return starts.partition_point(|&start| start <= span.start - base) as u32 + 1;
        }
        self.line_starts.partition_point(|&start| start <= span.start) as u32 + 1
    }

    /// The `.pxd` file a function is written in, when it is not the module's.
    fn file_of(&self, span: cytrus_grammar::ast::Span) -> Option<String> {
        self.other_files.iter().rev().find(|(base, _, _)| span.start >= *base).map(|(_, name, _)| name.clone())
    }

    fn var_place(&self, v: VarId) -> Place {
        if let Some(st) = &self.state {
            if let Some(l) = st.vars.get(&v) {
                return Place::Local(*l);
            }
        }
        if let Some(&id) = self.extern_vars.get(&v) {
            // A C variable is written through its address (the header's
            // macro may stand for an expression, as `errno` does).
            self.addressed_externs.borrow_mut().insert(id);
            return Place::Deref {
                ptr: Box::new(Value::ExternAddress(id)),
                index: Box::new(Value::Int(0, tir::IntKind::SsizeT)),
                elem: self.externs[id.0 as usize].ty.clone(),
            };
        }
        Place::Global(self.global_vars[&v])
    }

    fn begin(&mut self, ret: LType, error: ErrorConvention, qualified_name: String, is_init: bool) {
        self.state = Some(FnState {
            locals: Vec::new(),
            direct_pow: None,
            returns_c_value: false,
            current: None,
            namer: namer::Namer::new(self.symbols.iter().cloned()),
            vars: HashMap::default(),
            owned_slices: Vec::new(),
            owned_strs: Vec::new(),
            init_flags: HashMap::default(),
            loops: Vec::new(),
            finally_stack: Vec::new(),
            ret,
            error,
            qualified_name,
            blocks: vec![Vec::new()],
            directives: Directives::default(),
            is_init,
            broke_flags: Vec::new(),
            exceptions: Vec::new(),
            assigned: HashSet::default(),
            facts: Vec::new(),
            refused: Vec::new(),
            hoisted: Vec::new(),
            nogil_blocks: 0,
            borrowed_views: HashSet::default(),
            pending_errors: Vec::new(),
            parallel: None,
        });
    }

    /// A function defined elsewhere: its signature, no body.
    fn declaration(&mut self, id: tir::FuncId) -> lir::Function {
        let f = self.tir.function(id);
        let ret = ltype(&f.ret);
        let error = self.convention(id);
        self.begin(ret.clone(), error.clone(), f.name.clone(), false);
        let params = f
            .params
            .iter()
            .map(|p| {
                let var = self.tir.var(p.var);
                self.new_local(&var.name, ltype(&var.ty))
            })
            .collect();
        let st = self.state.take().expect("begun above");
        let linkage = match &f.linkage {
            tir::Linkage::ExternC => lir::Linkage::ExternC { glue: format!("{}_glue_{}", self.tir.name, f.name) },
            tir::Linkage::Cimported(module) => lir::Linkage::Module(module.clone()),
            _ => unreachable!("a function with a body is lowered whole"),
        };
        lir::Function {
            name: f.name.clone(),
            symbol: symbol(self.tir, f),
            visibility: Visibility::Private,
            params,
            ret,
            error,
            locals: st.locals,
            body: Vec::new(),
            qualified_name: st.qualified_name,
            inline: false,
            line: self.line_of(f.span),
            linkage,
            file: self.file_of(f.span),
            c_callback: false,
            interface: None,
        }
    }

    /// How a function tells its callers of an error.
    fn convention(&self, id: tir::FuncId) -> ErrorConvention {
        let f = self.tir.function(id);
        let ret = ltype(&f.ret);
        let error = match &f.error_return {
            tir::ErrorReturn::None => ErrorConvention::NoExcept,
            tir::ErrorReturn::Always => ErrorConvention::Indicator,
            tir::ErrorReturn::Value(c) => ErrorConvention::Value(const_value(c, &ret)),
            tir::ErrorReturn::MaybeValue(c) => ErrorConvention::MaybeValue(const_value(c, &ret)),
        };
        // `def` functions go through Python objects in Cython: a `noexcept`
        // clause cannot apply there, and errors always propagate.
        if matches!(ret, LType::Slice | LType::Int128)
            && matches!(error, ErrorConvention::Value(_) | ErrorConvention::MaybeValue(_))
        {
            ErrorConvention::Indicator
        } else {
            error
        }
    }

    fn function(&mut self, id: tir::FuncId) -> lir::Function {
        let f = self.tir.function(id);
        let ret = ltype(&f.ret);
        let error = self.convention(id);
        self.begin(ret.clone(), error.clone(), format!("{}.{}", self.tir.name, self.written_name(id)), false);
        self.st().returns_c_value = !f.returns_object;
        self.st().current = Some(id);
        let mut params = Vec::new();
        for p in &f.params {
            let var = self.tir.var(p.var);
            let l = self.new_local(&var.name, ltype(&var.ty));
            self.st().vars.insert(p.var, l);
            params.push(l);
        }
        let tir = self.tir;
        for &var in &self.locals_of[id.0 as usize].clone() {
            let v = tir.var(var);
            let l = self.new_local(&v.name, ltype(&v.ty));
            self.st().vars.insert(var, l);
            if v.ty == Type::Str {
                self.st().owned_strs.push(l);
            }
        }
        let line = self.line_of(f.span);
        let body = self.in_block(|this| {
            // `not None` checks come first: nothing is held yet if they fail.
            for (i, p) in f.params.iter().enumerate() {
                if p.not_none && this.tir.var(p.var).ty.memview().is_some() {
                    let name = this.tir.var(p.var).name.clone();
                    this.emit(Stmt::Check {
                        fail_if: Value::IsNone(Box::new(Value::Read(Box::new(Place::Local(params[i]))))),
                        kind: tir::ExceptionKind::TypeError,
                        message: lir::Message::Text(format!("Argument '{name}' must not be None")),
                    });
                }
            }
            // A view parameter borrows the caller's acquisition; one the body
            // assigns to takes its own, since assignment releases the old value.
            let mut assigned = crate::HashSet::default();
            assigned_vars(&f.body, &mut assigned);
            for (i, p) in f.params.iter().enumerate() {
                if this.tir.var(p.var).ty.memview().is_some() && assigned.contains(&p.var) {
                    this.emit(Stmt::Acquire(Place::Local(params[i])));
                    this.st().owned_slices.push(params[i]);
                }
            }
            this.st().borrowed_views = this.borrowed_views(f, &assigned);
            for &var in &this.locals_of[id.0 as usize].clone() {
                let v = this.tir.var(var);
                if v.ty.memview().is_some() || v.ty == Type::ViewArray {
                    let l = this.st().vars[&var];
                    this.emit(Stmt::Assign { place: Place::Local(l), value: Value::NoneSlice });
                    if !this.st().borrowed_views.contains(&var) {
                        this.st().owned_slices.push(l);
                    }
                    let flag = this.new_local(&format!("{}_assigned", v.name), LType::Bint);
                    this.st().locals[flag.0 as usize].temp = true;
                    this.emit(Stmt::Assign { place: Place::Local(flag), value: Value::Bool(false) });
                    this.st().init_flags.insert(var, flag);
                }
            }
            let whole_body = |this: &mut Self| {
                this.stmts(&f.body);
                if !matches!(f.body.last().map(|s| &s.kind), Some(tir::StmtKind::Return(_) | tir::StmtKind::Raise(_))) {
                    if matches!(f.ret, Type::Memview(_)) && !f.returns_object {
                        // Cython's result variable is an unset view there.
                        this.emit(Stmt::Raise {
                            kind: tir::ExceptionKind::TypeError,
                            message: Some(lir::Message::Text("Memoryview return value is not initialized".into())),
                        });
                        this.emit(Stmt::Fail);
                    } else {
                        this.normal_return(None);
                    }
                }
            };
            // `cdef … with gil`: the whole call holds the GIL.
            if f.with_gil {
                this.with_gil(whole_body);
            } else {
                whole_body(this);
            }
        });
        let written = self.written_name(id).to_string();
        let body = self.wrap_function_body(body, &written);
        let st = self.state.take().expect("begun above");
        let exported = f.kind != tir::FunctionKind::Cdef;
        let interface = exported.then(|| Box::new(self.interface(id, f, &body)));
        lir::Function {
            interface,
            name: f.name.clone(),
            symbol: symbol(self.tir, f),
            visibility: if f.kind == tir::FunctionKind::Cdef { Visibility::Private } else { Visibility::Exported },
            params,
            ret,
            error,
            locals: st.locals,
            body,
            qualified_name: st.qualified_name,
            inline: f.inline,
            c_callback: self.callbacks.contains(&id),
            line,
            linkage: if f.linkage == tir::Linkage::Shared { lir::Linkage::Shared } else { lir::Linkage::Local },
            file: self.file_of(f.span),
        }
    }

    /// The module's top-level code as a function returning 0, or -1 on error.
    fn init(&mut self) -> lir::Function {
        let ret = LType::Int(tir::IntKind::Int);
        let error = ErrorConvention::Value(Value::Int(-1, tir::IntKind::Int));
        self.begin(ret.clone(), error.clone(), format!("{}.<module>", self.tir.name), true);
        // Module-level views start as None.
        let globals: Vec<(VarId, lir::GlobalId)> = self.global_vars.iter().map(|(v, g)| (*v, *g)).collect();
        for (i, v) in self.tir.vars.iter().enumerate() {
            if v.scope == VarScope::Global && v.ty == Type::Str {
                let l = self.new_local(&v.name, LType::Str);
                self.st().vars.insert(VarId(i as u32), l);
                self.st().owned_strs.push(l);
            }
        }
        // Views a function assigns may be set by a call: module code does
        // not check those.
        let mut assigned_in_functions = crate::HashSet::default();
        for f in &self.tir.functions {
            assigned_vars(&f.body, &mut assigned_in_functions);
        }
        let body = self.in_block(|this| {
            let mut globals = globals;
            globals.sort_by_key(|(v, _)| *v);
            for (v, g) in &globals {
                if this.tir.var(*v).ty.memview().is_some() {
                    this.emit(Stmt::Assign { place: Place::Global(*g), value: Value::NoneSlice });
                    if !assigned_in_functions.contains(v) {
                        // Read before it is assigned, Cython raises
                        // UnboundLocalError (under `initializedcheck`).
                        let name = format!("{}_assigned", this.tir.var(*v).name);
                        let flag = this.new_local(&name, LType::Bint);
                        this.st().locals[flag.0 as usize].temp = true;
                        this.emit(Stmt::Assign { place: Place::Local(flag), value: Value::Bool(false) });
                        this.st().init_flags.insert(*v, flag);
                    }
                }
            }
            this.stmts(&this.tir.init);
            // Temporaries the last statements own are released on this exit too.
            this.release_owned();
            this.emit(Stmt::Return(Some(Value::Int(0, tir::IntKind::Int))));
        });
        let body = self.wrap_function_body(body, "<module>");
        let st = self.state.take().expect("begun above");
        lir::Function {
            name: "<module>".into(),
            symbol: format!("{}_init", self.tir.name),
            visibility: Visibility::Exported,
            params: Vec::new(),
            ret,
            error,
            locals: st.locals,
            body,
            qualified_name: st.qualified_name,
            inline: false,
            c_callback: false,
            line: 1,
            interface: None,
            linkage: lir::Linkage::Local,
            file: None,
        }
    }

    /// Wraps a function body in the guard that releases what it holds and
    /// reports the error as the function's convention says.
    fn wrap_function_body(&mut self, body: Vec<Stmt>, name: &str) -> Vec<Stmt> {
        // A traceback names the function, unless it swallows its errors.
        let frame = (!self.st().error.is_noexcept()).then(|| name.to_string());
        let handler = self.in_block(|this| {
            this.release_owned();
            let st = this.st();
            let (error, ret, name, is_init) = (st.error.clone(), st.ret.clone(), st.qualified_name.clone(), st.is_init);
            match error {
                ErrorConvention::NoExcept => {
                    this.emit(Stmt::WriteUnraisable(name));
                    this.emit(Stmt::Return(default_value(&ret)));
                }
                ErrorConvention::Value(v) | ErrorConvention::MaybeValue(v) => this.emit(Stmt::Return(Some(v))),
                ErrorConvention::Indicator => this.emit(Stmt::Return(default_value(&ret))),
            }
            let _ = is_init;
        });
        vec![Stmt::Guard { body, handler, frame }]
    }

    /// Releases every slice the function holds (before each exit).
    fn release_owned(&mut self) {
        let owned = self.st().owned_slices.clone();
        for l in owned {
            self.emit(Stmt::Release(Place::Local(l)));
        }
        let strs = self.st().owned_strs.clone();
        for l in strs {
            self.free_str(Some(l));
        }
    }

    /// A `return` (or falling off the end): runs the `finally` blocks around
    /// it, releases what the function holds, and returns.
    fn normal_return(&mut self, value: Option<Value>) {
        let ret = self.st().ret.clone();
        let value = match value {
            Some(v) => Some(v),
            None => default_value(&ret),
        };
        // Keep the value in a temporary: releasing may free what it reads.
        let value = match value {
            Some(v) if ret != LType::Void => {
                let t = self.temp(ret.clone());
                self.emit(Stmt::Assign { place: Place::Local(t), value: v });
                if ret == LType::Slice {
                    self.emit(Stmt::Acquire(Place::Local(t)));
                }
                Some(Value::Read(Box::new(Place::Local(t))))
            }
            _ => None,
        };
        self.run_cleanups_from(0);
        // A `return` out of an error-path finally drops the saved error.
        let pending: Vec<LocalId> = self.st().pending_errors.iter().map(|(e, _)| *e).collect();
        for e in pending {
            self.emit(Stmt::DropError(e));
        }
        self.release_owned();
        self.emit(Stmt::Return(value));
    }

    /// Runs the cleanups from `depth` outward, innermost first, each with
    /// only those outside it still pending (a jump out of them).
    fn run_cleanups_from(&mut self, depth: usize) {
        let saved = self.st().finally_stack.clone();
        for i in (depth..saved.len()).rev() {
            self.st().finally_stack = saved[..i].to_vec();
            match &saved[i] {
                Cleanup::Finally(body) => self.stmts(body),
                Cleanup::ReleaseGil(token) => self.emit(release_gil(*token)),
            }
        }
        self.st().finally_stack = saved;
    }

    /// A `with gil:` block's body (or a `with gil` function's): it holds the
    /// lock that stands for the GIL, given back on every way out — after the
    /// body, before a `return`/`break`/`continue` out of it, and on errors
    /// (whose guard passes the error on).
    fn with_gil(&mut self, body: impl FnOnce(&mut Self)) {
        let token = self.temp(LType::Int(tir::IntKind::Int));
        self.emit(Stmt::Runtime {
            dest: Some(Place::Local(token)),
            func: lir::RuntimeFn::GilAcquire,
            args: Vec::new(),
            checked: false,
        });
        self.st().finally_stack.push(Cleanup::ReleaseGil(token));
        let inner = self.in_block(body);
        self.st().finally_stack.pop();
        self.emit(Stmt::Guard { body: inner, handler: vec![release_gil(token), Stmt::Fail], frame: None });
        self.emit(release_gil(token));
    }

    fn stmts(&mut self, stmts: &[tir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &tir::Stmt) {
        self.st().directives = s.directives;
        let line = self.line_of(s.span);
        match &s.kind {
            tir::StmtKind::If { .. }
            | tir::StmtKind::While { .. }
            | tir::StmtKind::ForRange { .. }
            | tir::StmtKind::Try { .. }
            | tir::StmtKind::Nogil { .. }
            | tir::StmtKind::ParallelBlock { .. }
            | tir::StmtKind::Block(_) => {}
            _ => self.emit(Stmt::Line(line)),
        }
        match &s.kind {
            tir::StmtKind::Expr(e) => {
                let v = self.value(e);
                // A pure value computed for nothing: keep calls and checks only.
                let _ = v;
            }
            tir::StmtKind::Assign { target, value } => {
                self.assign(target, value);
                self.facts_after_assign(target, value);
            }
            tir::StmtKind::FillView { target, value } => self.fill_view(target, value),
            tir::StmtKind::CopyView { target, value } => self.copy_view(target, value),
            tir::StmtKind::AugAssign { target, op, value, ty } => {
                self.aug_assign(target, *op, value, ty);
                self.facts_after_aug_assign(target, *op, value, ty);
            }
            tir::StmtKind::If { branches, orelse } => {
                self.emit(Stmt::Line(line));
                self.if_chain(branches, orelse)
            }
            tir::StmtKind::While { cond, body, orelse } => {
                self.emit(Stmt::Line(line));
                let broke = (!orelse.is_empty()).then(|| self.temp(LType::Bint));
                if let Some(b) = broke {
                    self.emit(Stmt::Assign { place: Place::Local(b), value: Value::Bool(false) });
                }
                let lower_loop = |this: &mut Self, guarded: bool| {
                    let finally_depth = this.st().finally_stack.len();
                    this.st().loops.push(LoopCtx { finally_depth });
                    this.enter_while(cond, body, guarded);
                    let body = this.in_block(|this| {
                        let c = this.value(cond);
                        this.emit(Stmt::If { cond: not(c), then: vec![Stmt::Break], orelse: Vec::new() });
                        this.facts_from_condition(cond, "the loop's condition");
                        this.loop_body(body, broke);
                    });
                    this.st().loops.pop();
                    this.emit(Stmt::Loop(body));
                };
                // A counter `v += c` under `v < U` keeps `v >= start` when
                // `U <= MAX - c + 1`: tested once (`U` is computed without
                // statements, so evaluating it early changes nothing).
                let guard = self.while_guard(cond, body).and_then(|(bound, limit)| {
                    let mut value = None;
                    let stmts = self.in_block(|this| value = Some(this.value(&bound)));
                    let Type::Int(k) = bound.ty else { return None };
                    stmts.is_empty().then(|| cmp(lir::CmpOp::Le, value.expect("set"), Value::Int(limit, k)))
                });
                match guard {
                    Some(test) => {
                        self.emit(Stmt::Note(
                            "versioned loop: the counter cannot overflow while the bound is at most \
                             the test's limit, so the first loop keeps its lower bound; the second \
                             (when the test fails) runs as written"
                                .into(),
                        ));
                        let fast = self.in_block(|this| lower_loop(this, true));
                        let slow = self.in_block(|this| lower_loop(this, false));
                        self.emit(Stmt::If { cond: test, then: fast, orelse: slow });
                    }
                    None => lower_loop(self, false),
                }
                self.loop_else(broke, orelse);
            }
            tir::StmtKind::ForRange { var, start, stop, step, ty, body, orelse, parallel } => {
                self.emit(Stmt::Line(line));
                let assumptions = self.loop_assumptions(*var, body);
                if assumptions.is_empty() {
                    self.for_range(*var, start, stop, step, ty, body, orelse, parallel.as_deref(), s.span);
                } else {
                    // Versioned on what the inner loops' bounds need to be
                    // exact (`-r` does not overflow): one test, here.
                    let cond = assumptions
                        .iter()
                        .map(|&(v, low)| {
                            let Type::Int(k) = self.tir.var(v).ty else { unreachable!("an integer variable") };
                            cmp(lir::CmpOp::Ge, Value::Read(Box::new(self.var_place(v))), Value::Int(low, k))
                        })
                        .reduce(|a, b| Value::And(Box::new(a), Box::new(b)))
                        .expect("not empty");
                    let names: Vec<String> =
                        assumptions.iter().map(|&(v, low)| format!("`{} >= {low}`", self.tir.var(v).name)).collect();
                    self.emit(Stmt::Note(format!(
                        "versioned loop nest: {} makes the inner loops' bounds exact; the first copy uses it, \
                         the second (when the test fails) does not",
                        names.join(" and ")
                    )));
                    let fast = self.in_block(|this| {
                        for &(v, low) in &assumptions {
                            this.st().add_fact(
                                facts::Atom::Var(v),
                                false,
                                facts::Lin::constant(low),
                                "the versioned loop nest",
                            );
                        }
                        this.for_range(*var, start, stop, step, ty, body, orelse, parallel.as_deref(), s.span);
                    });
                    let slow = self.in_block(|this| {
                        let before = this.st().refused.len();
                        this.st().refused.extend(assumptions.iter().map(|a| a.0));
                        this.for_range(*var, start, stop, step, ty, body, orelse, parallel.as_deref(), s.span);
                        this.st().refused.truncate(before);
                    });
                    self.emit(Stmt::If { cond, then: fast, orelse: slow });
                }
            }
            tir::StmtKind::Break | tir::StmtKind::Continue => {
                // Leaving a try with finally runs the finally first (but a
                // `break` out of a prange leaves through the guards, which run them).
                let depth = self.st().loops.last().map_or(0, |l| l.finally_depth);
                let loops_len = self.st_loops_len();
                let leaves_prange = self.st().parallel.as_ref().is_some_and(|p| p.loop_depth == loops_len);
                if !(leaves_prange && matches!(s.kind, tir::StmtKind::Break)) {
                    self.run_cleanups_from(depth);
                }
                // Leaving an error-path finally for this loop drops its saved error.
                let loops = self.st().loops.len();
                let dropped: Vec<LocalId> =
                    self.st().pending_errors.iter().filter(|(_, depth)| *depth >= loops).map(|(e, _)| *e).collect();
                for e in dropped {
                    self.emit(Stmt::DropError(e));
                }
                if matches!(s.kind, tir::StmtKind::Break) && leaves_prange {
                    self.parallel_exit(lir::ParallelLoop::BREAK, None);
                } else if matches!(s.kind, tir::StmtKind::Break) {
                    if let Some(flag) = self.current_broke_flag() {
                        self.emit(Stmt::Assign { place: Place::Local(flag), value: Value::Bool(true) });
                    }
                    self.emit(Stmt::Break);
                } else {
                    self.emit(Stmt::Continue);
                }
            }
            tir::StmtKind::Return(v) => {
                if let Some(v) = v {
                    if self.st().returns_c_value && v.ty.is_float() {
                        self.st().direct_pow = expr::pow_under(v);
                    }
                }
                let mut value = v.as_ref().map(|v| self.value(v));
                let kinds = self.st().current.and_then(|id| self.py_ret_kinds.get(&id));
                if let (Some(v), Some(kinds), Some(computed)) = (v, kinds, value.take_if(|_| kinds.is_some())) {
                    // Which conversion Python gives this value, stored once the
                    // value is computed (it may call the function itself).
                    let conv = interface::py_conv(&v.ty, false, None);
                    let k = kinds.convs.iter().position(|c| Some(c) == conv.as_ref()).unwrap_or(0);
                    let global = kinds.global;
                    let t = self.temp(ltype(&v.ty));
                    self.emit(Stmt::Assign { place: Place::Local(t), value: computed });
                    self.emit(Stmt::Assign {
                        place: Place::Global(global),
                        value: Value::Int(k as i128, tir::IntKind::Int),
                    });
                    value = Some(Value::Read(Box::new(Place::Local(t))));
                }
                if self.st().parallel.is_some() {
                    self.parallel_exit(lir::ParallelLoop::RETURN, value);
                } else {
                    self.normal_return(value);
                }
            }
            tir::StmtKind::Raise(r) => self.raise(r.as_ref()),
            tir::StmtKind::Assert { cond, message } => {
                let c = self.value(cond);
                let then = self.in_block(|this| {
                    let (message, temp) = match message.as_ref().map(|m| this.message_of(m)) {
                        Some((m, temp)) => (Some(m), temp),
                        None => (None, None),
                    };
                    this.emit(Stmt::Raise { kind: tir::ExceptionKind::AssertionError, message });
                    this.done_with_str(temp);
                    this.emit(Stmt::Fail);
                });
                self.emit(Stmt::If { cond: not(c), then, orelse: Vec::new() });
            }
            tir::StmtKind::Try { body, handlers, orelse, finally } => {
                self.emit(Stmt::Line(line));
                self.try_stmt(body, handlers, orelse, finally)
            }
            tir::StmtKind::Nogil { body, release: false } => self.with_gil(|this| this.stmts(body)),
            tir::StmtKind::Nogil { body, release: true } => {
                self.st().nogil_blocks += 1;
                let inner = self.in_block(|this| this.stmts(body));
                self.st().nogil_blocks -= 1;
                self.emit(Stmt::Block(inner));
            }
            tir::StmtKind::Block(body) => {
                let inner = self.in_block(|this| this.stmts(body));
                self.emit(Stmt::Block(inner));
            }
            tir::StmtKind::ParallelBlock { num_threads, body } => self.parallel_block(num_threads.as_ref(), body),
            tir::StmtKind::Print { args, sep, end } => self.print(args, sep, end),
            tir::StmtKind::SetArrayData { array, data } => {
                // Set it on a local copy, then store the copy back: the struct's
                // `data` field changes, wherever the array variable lives.
                let (a, _) = self.slice_value(array);
                let original = self.slice_in_place(a.clone());
                let copy = self.temp(LType::Slice);
                self.emit(Stmt::Assign { place: Place::Local(copy), value: a });
                let d = self.value(data);
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: lir::RuntimeFn::ArraySetData,
                    args: vec![lir::RuntimeArg::Ref(Place::Local(copy)), lir::RuntimeArg::Value(d)],
                    checked: false,
                });
                self.emit(Stmt::Assign { place: original, value: Value::Read(Box::new(Place::Local(copy))) });
            }
            tir::StmtKind::SetArrayCallbackFree { array } => {
                let (a, _) = self.slice_value(array);
                let place = self.slice_in_place(a);
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: lir::RuntimeFn::ArraySetCallbackFree,
                    // The only callback a `cython.view.array` frees its data with is libc's `free`.
                    args: vec![lir::RuntimeArg::Ref(place), lir::RuntimeArg::Callback(lir::RuntimeFn::Free)],
                    checked: false,
                });
            }
            tir::StmtKind::Pass => {}
        }
    }

    fn if_chain(&mut self, branches: &[(tir::Expr, Vec<tir::Stmt>)], orelse: &[tir::Stmt]) {
        let Some(((cond, body), rest)) = branches.split_first() else {
            self.stmts(orelse);
            return;
        };
        let c = self.value(cond);
        let then = self.in_block(|this| {
            this.facts_from_condition(cond, "the condition of the if");
            this.stmts(body)
        });
        let orelse = self.in_block(|this| this.if_chain(rest, orelse));
        self.emit(Stmt::If { cond: c, then, orelse });
    }

    /// The flag that records a `break` in the innermost loop with an `else`.
    fn current_broke_flag(&self) -> Option<LocalId> {
        self.state.as_ref().and_then(|st| st.broke_flags_top())
    }

    fn loop_body(&mut self, body: &[tir::Stmt], broke: Option<LocalId>) {
        self.st_push_broke(broke);
        self.stmts(body);
        self.st_pop_broke();
    }

    fn loop_else(&mut self, broke: Option<LocalId>, orelse: &[tir::Stmt]) {
        if let Some(b) = broke {
            let then = self.in_block(|this| this.stmts(orelse));
            self.emit(Stmt::If { cond: not(Value::Read(Box::new(Place::Local(b)))), then, orelse: Vec::new() });
        }
    }

    /// Enters a range loop's facts for its body: what was known of the
    /// variable and of what the body assigns no longer holds, and what the
    /// loop proves does. Returns the fact count to truncate back to after it.
    fn assume_range_facts(
        &mut self,
        var: VarId,
        start: &tir::Expr,
        stop: &tir::Expr,
        step: &tir::Expr,
        ty: &Type,
        body: &[tir::Stmt],
    ) -> usize {
        let facts = self.range_facts(var, start, stop, step, ty, body);
        self.st().kill(var);
        for v in facts::assigned_in(body) {
            self.st().kill(v);
        }
        let before = self.st().facts.len();
        for (atom, upper, bound) in facts {
            self.st().add_fact(atom, upper, bound, "the range loop");
        }
        before
    }

    #[allow(clippy::too_many_arguments)]
    fn for_range(
        &mut self,
        var: VarId,
        start: &tir::Expr,
        stop: &tir::Expr,
        step: &tir::Expr,
        ty: &Type,
        body: &[tir::Stmt],
        orelse: &[tir::Stmt],
        parallel: Option<&tir::ParallelLoop>,
        span: cytrus_grammar::ast::Span,
    ) {
        let serial = parallel.and_then(|p| self.serial_reason(p, var, step, ty));
        if let Some(reason) = serial {
            self.emit(Stmt::Note(reason.to_string()));
        }
        let lty = ltype(ty);
        // Bounds are evaluated once, before the loop, in order.
        let start_v = self.value(start);
        let start_v = self.snapshot(start_v, lty.clone());
        let stop_v = self.value(stop);
        let stop_v = self.snapshot(stop_v, lty.clone());
        // A literal step (typeck left it unconverted) applies in the loop's
        // type. An unsigned variable counting down runs as Cython writes it,
        // `for (t = start + s; t > stop + s; ) { t -= s; v = t; … }` (typeck
        // added `s` to the bounds), here with the counter one step ahead of
        // the variable: `v = t - s`.
        let literal_step = match &step.kind {
            tir::ExprKind::IntLit(s) if *ty != Type::PyInt => Some(*s),
            _ => None,
        };
        // The values a Python range loop gives lie within its bounds' C types.
        let bound_range = |e: &tir::Expr| {
            let e = loops::strip_convert(e);
            match (&e.kind, &e.ty) {
                (tir::ExprKind::IntLit(v), _) => (*v, *v),
                (_, Type::Int(k)) => k.range(),
                (_, Type::Bint) => (0, 1),
                _ => (i128::MIN, i128::MAX),
            }
        };
        let known = {
            let (a, b) = (bound_range(start), bound_range(stop));
            (a.0.min(b.0), a.1.max(b.1))
        };
        let var_unsigned = matches!(self.tir.var(var).ty, Type::Int(k) if !k.signed());
        let mut behind: Option<Value> = None;
        let step_v = match (literal_step, ty) {
            (Some(s), Type::Int(k)) if s != 0 => {
                if s < 0 && var_unsigned {
                    behind = Some(Value::Int(k.wrap(-s), *k));
                }
                Value::Int(k.wrap(s), *k)
            }
            _ => {
                let v = self.value(step);
                self.snapshot(v, lty.clone())
            }
        };
        let constant_step = match (&step_v, literal_step) {
            (_, Some(s)) => Some(s),
            (Value::Int(s, _) | Value::Int128(s), _) => Some(*s),
            _ => None,
        };
        if constant_step.is_none() {
            self.emit(Stmt::Check {
                fail_if: cmp(lir::CmpOp::Eq, step_v.clone(), zero(&lty)),
                kind: tir::ExceptionKind::ValueError,
                message: lir::Message::Text("range() arg 3 must not be zero".into()),
            });
        }
        if constant_step == Some(0) {
            self.emit(Stmt::Raise {
                kind: tir::ExceptionKind::ValueError,
                message: Some(lir::Message::Text("range() arg 3 must not be zero".into())),
            });
            self.emit(Stmt::Fail);
            return;
        }
        if let (Some(p), None, Some(s)) = (parallel, serial, constant_step) {
            let line = self.line_of(span);
            // What the loop proves about its variable holds in every iteration, on any thread.
            let facts_before = self.assume_range_facts(var, start, stop, step, ty, body);
            let threaded = self.prange(p, var, &start_v, &stop_v, s, ty, body, orelse, line);
            self.st().facts.truncate(facts_before);
            if threaded {
                return;
            }
            self.emit(Stmt::Note(
                "a `prange` loop whose body makes views or strings it owns, or assigns a variable \
                that cannot be copied per thread, runs in order"
                    .into(),
            ));
        }
        let counter = self.temp(lty.clone());
        let broke = (!orelse.is_empty()).then(|| self.temp(LType::Bint));
        if let Some(b) = broke {
            self.emit(Stmt::Assign { place: Place::Local(b), value: Value::Bool(false) });
        }
        let var_place = self.var_place(var);
        let var_tir_ty = self.tir.var(var).ty.clone();
        let var_ty = ltype(&var_tir_ty);
        let finally_depth = self.st().finally_stack.len();
        self.st().loops.push(LoopCtx { finally_depth });
        let line = self.line_of(span);
        let facts_before = self.assume_range_facts(var, start, stop, step, ty, body);
        let versioning =
            if behind.is_some() { None } else { self.versioning(var, &start_v, &stop_v, constant_step, ty, body) };
        let lower_body = |this: &mut Self, covered: &[HoistedIndex]| {
            let hoisted_before = this.st().hoisted.len();
            this.st().hoisted.extend_from_slice(covered);
            let stmts = this.in_block(|this| {
                let mut counter_value = Value::Read(Box::new(Place::Local(counter)));
                if let Some(m) = &behind {
                    counter_value = Value::Binary {
                        op: lir::BinOp::Sub,
                        ty: lty.clone(),
                        left: Box::new(counter_value),
                        right: Box::new(m.clone()),
                    };
                }
                let value = if var_ty == lty {
                    counter_value
                } else if *ty == Type::PyInt {
                    // A Python range's value, converted as Cython converts it;
                    // it lies between the start and the stop.
                    this.convert_checked_within(counter_value, ty, known, &var_tir_ty)
                } else {
                    Value::Cast { implicit: false, ty: var_ty.clone(), value: Box::new(counter_value) }
                };
                this.emit(Stmt::Assign { place: var_place.clone(), value });
                this.emit(Stmt::Line(line));
                this.loop_body(body, broke);
            });
            this.st().hoisted.truncate(hoisted_before);
            stmts
        };
        // Cython's counter has the loop variable's type: where a step may
        // carry a narrow or unsigned variable's counter past its type, the
        // counter wraps there (`for c in range(-14, u, -7)` with a `char c`
        // and an unsigned `u` runs through -126, then 123 down to 11).
        let wrap = match (&var_tir_ty, constant_step) {
            (Type::Int(k), Some(s)) if var_ty != lty && behind.is_none() && (k.bits() < 32 || !k.signed()) => {
                let (lo, hi) = k.range();
                let (stop_lo, stop_hi) = bound_range(stop);
                // The counter's values are the variable's, in order, unless a
                // negative one is converted to an unsigned comparison type.
                let in_order = !k.signed() || matches!(ty, Type::Int(c) if c.signed());
                let stays = in_order
                    && if s > 0 {
                        stop_hi.saturating_sub(1).saturating_add(s) <= hi
                    } else {
                        stop_lo.saturating_add(1).saturating_add(s) >= lo
                    };
                (!stays).then(|| var_ty.clone())
            }
            _ => None,
        };
        let body_stmts = lower_body(self, &[]);
        let fast_body = versioning.as_ref().map(|v| lower_body(self, &v.covered));
        self.st().facts.truncate(facts_before);
        self.st().loops.pop();
        match (constant_step, versioning, fast_body) {
            (Some(s), Some(versioning), Some(fast_body)) => {
                let looped = |body| Stmt::For {
                    counter,
                    start: start_v.clone(),
                    stop: stop_v.clone(),
                    step: step_v.clone(),
                    ascending: s > 0,
                    wrap: wrap.clone(),
                    body,
                };
                self.emit(Stmt::Note(format!(
                    "versioned loop: {} checked once, here; the first loop runs without those checks, \
                     the second (when the test fails) as written",
                    versioning.covered.iter().map(|h| self.describe(h)).collect::<Vec<_>>().join(", ")
                )));
                self.emit(Stmt::If {
                    cond: versioning.cond,
                    then: vec![looped(fast_body)],
                    orelse: vec![looped(body_stmts)],
                });
            }
            (Some(s), _, _) => self.emit(Stmt::For {
                counter,
                start: start_v,
                stop: stop_v,
                step: step_v,
                ascending: s > 0,
                wrap,
                body: body_stmts,
            }),
            (None, _, _) => {
                // The direction is known only at run time: two loops.
                let up = Stmt::For {
                    counter,
                    start: start_v.clone(),
                    stop: stop_v.clone(),
                    step: step_v.clone(),
                    ascending: true,
                    wrap: None,
                    body: body_stmts.clone(),
                };
                let down = Stmt::For {
                    counter,
                    start: start_v,
                    stop: stop_v,
                    step: step_v.clone(),
                    ascending: false,
                    wrap: None,
                    body: body_stmts,
                };
                self.emit(Stmt::If {
                    cond: cmp(lir::CmpOp::Gt, step_v, zero(&lty)),
                    then: vec![up],
                    orelse: vec![down],
                });
            }
        }
        self.loop_else(broke, orelse);
    }

    fn raise(&mut self, r: Option<&tir::RaiseValue>) {
        match r {
            Some(r) => {
                let (message, temp) = match r.message.as_ref().map(|m| self.message_of(m)) {
                    Some((m, temp)) => (Some(m), temp),
                    None => (None, None),
                };
                self.emit(Stmt::Raise { kind: r.kind, message });
                self.done_with_str(temp);
                self.emit(Stmt::Fail);
            }
            None => match self.st_current_exception() {
                Some(e) => {
                    self.emit(Stmt::Reraise(e));
                    self.emit(Stmt::Fail);
                }
                None => {
                    self.emit(Stmt::Raise {
                        kind: tir::ExceptionKind::RuntimeError,
                        message: Some(lir::Message::Text("No active exception to reraise".into())),
                    });
                    self.emit(Stmt::Fail);
                }
            },
        }
    }

    /// `try: … except …: … else: … finally: …`
    fn try_stmt(&mut self, body: &[tir::Stmt], handlers: &[tir::Handler], orelse: &[tir::Stmt], finally: &[tir::Stmt]) {
        if !finally.is_empty() {
            // The finally body runs on the normal path, on the error path
            // (then the error goes on), and before any jump out of the try.
            let saved_error = self.temp(LType::ErrorRef);
            self.st().finally_stack.push(Cleanup::Finally(finally.to_vec()));
            let inner = self.in_block(|this| this.try_except(body, handlers, orelse));
            self.st().finally_stack.pop();
            let on_error = self.in_block(|this| {
                this.emit(Stmt::FetchError(saved_error));
                // While the finally runs, the saved error is pending: an error
                // raised in the finally replaces it, and a `return`/`break`
                // out of the finally drops it (as Python does).
                let loops = this.st().loops.len();
                this.st().pending_errors.push((saved_error, loops));
                let finally_body = this.in_block(|this| this.stmts(finally));
                this.st().pending_errors.pop();
                let replaced = vec![Stmt::DropError(saved_error), Stmt::Fail];
                this.emit(Stmt::Guard { body: finally_body, handler: replaced, frame: None });
                this.emit(Stmt::RestoreError(saved_error));
                this.emit(Stmt::Fail);
            });
            let frame = self.catch_frame();
            self.emit(Stmt::Guard { body: inner, handler: on_error, frame });
            self.stmts(finally);
        } else {
            self.try_except(body, handlers, orelse);
        }
    }

    /// The traceback entry a handler adds where it takes an exception (the
    /// function, the line that failed), as Cython's `except` clause adds it:
    /// an exception caught and raised again keeps the line it was raised at
    /// as its innermost entry. Not in a `noexcept` function (no traceback).
    fn catch_frame(&mut self) -> Option<String> {
        let module = format!("{}.", self.tir.name);
        let st = self.st();
        if st.error.is_noexcept() {
            return None;
        }
        Some(st.qualified_name.strip_prefix(&module).unwrap_or(&st.qualified_name).to_string())
    }

    fn try_except(&mut self, body: &[tir::Stmt], handlers: &[tir::Handler], orelse: &[tir::Stmt]) {
        if handlers.is_empty() {
            self.stmts(body);
            self.stmts(orelse);
            return;
        }
        let ok = (!orelse.is_empty()).then(|| self.temp(LType::Bint));
        if let Some(ok) = ok {
            self.emit(Stmt::Assign { place: Place::Local(ok), value: Value::Bool(true) });
        }
        let protected = self.in_block(|this| this.stmts(body));
        let caught = self.temp(LType::ErrorRef);
        let handler = self.in_block(|this| {
            if let Some(ok) = ok {
                this.emit(Stmt::Assign { place: Place::Local(ok), value: Value::Bool(false) });
            }
            this.emit(Stmt::FetchError(caught));
            this.handler_chain(handlers, caught);
        });
        let frame = self.catch_frame();
        self.emit(Stmt::Guard { body: protected, handler, frame });
        if let Some(ok) = ok {
            let then = self.in_block(|this| this.stmts(orelse));
            self.emit(Stmt::If { cond: Value::Read(Box::new(Place::Local(ok))), then, orelse: Vec::new() });
        }
    }

    fn handler_chain(&mut self, handlers: &[tir::Handler], caught: LocalId) {
        let Some((h, rest)) = handlers.split_first() else {
            // Nothing matched: the exception goes on.
            self.emit(Stmt::RestoreError(caught));
            self.emit(Stmt::Fail);
            return;
        };
        let matches = if h.kinds.is_empty() {
            Value::Bool(true)
        } else {
            h.kinds
                .iter()
                .map(|k| Value::ErrorMatches { error: caught, kind: *k })
                .reduce(|a, b| Value::Or(Box::new(a), Box::new(b)))
                .expect("at least one kind")
        };
        let then = self.in_block(|this| {
            if let Some(v) = h.name {
                let place = this.var_place(v);
                this.emit(Stmt::Assign { place, value: Value::Read(Box::new(Place::Local(caught))) });
            }
            this.st_push_exception(caught);
            // An error inside the handler replaces the caught one; a `return`,
            // `break` or `continue` out of it drops it.
            let loops = this.st().loops.len();
            this.st().pending_errors.push((caught, loops));
            let inner = this.in_block(|this| this.stmts(&h.body));
            this.st().pending_errors.pop();
            let cleanup = this.in_block(|this| {
                this.emit(Stmt::DropError(caught));
                this.emit(Stmt::Fail);
            });
            this.emit(Stmt::Guard { body: inner, handler: cleanup, frame: None });
            this.st_pop_exception();
            this.emit(Stmt::DropError(caught));
        });
        let orelse = self.in_block(|this| this.handler_chain(rest, caught));
        self.emit(Stmt::If { cond: matches, then, orelse });
    }

    fn print(&mut self, args: &[tir::Expr], sep: &str, end: &str) {
        let mut items = Vec::new();
        let mut temps = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 && !sep.is_empty() {
                items.push(lir::PrintItem::Text(sep.to_string()));
            }
            if let Some((call, kinds)) = self.by_return_kind(a) {
                let t = self.str_by_kind(call, &kinds);
                temps.push(Some(t));
                items.push(lir::PrintItem::Str(Place::Local(t)));
            } else if a.ty == Type::Str && !matches!(a.kind, tir::ExprKind::StrLit(_)) {
                let (place, temp) = self.str_place(a);
                temps.push(temp);
                items.push(lir::PrintItem::Str(place));
            } else {
                self.print_items(a, &mut items);
            }
        }
        if !end.is_empty() {
            items.push(lir::PrintItem::Text(end.to_string()));
        }
        self.emit(Stmt::Print(items));
        for temp in temps {
            self.done_with_str(temp);
        }
    }
}

impl FnState {
    fn broke_flags_top(&self) -> Option<LocalId> {
        self.broke_flags.last().copied().flatten()
    }
}

impl Lowerer<'_> {
    fn st_push_broke(&mut self, flag: Option<LocalId>) {
        self.st().broke_flags.push(flag);
    }
    fn st_loops_len(&mut self) -> usize {
        self.st().loops.len()
    }
    fn st_pop_broke(&mut self) {
        self.st().broke_flags.pop();
    }
    fn st_push_exception(&mut self, e: LocalId) {
        self.st().exceptions.push(e);
    }
    fn st_pop_exception(&mut self) {
        self.st().exceptions.pop();
    }
    /// The exception being handled, for a bare `raise`.
    fn st_current_exception(&self) -> Option<LocalId> {
        self.state.as_ref().and_then(|st| st.exceptions.last().copied())
    }
}

/// `!v` for a condition.
/// `cytrus_gil_release(token)`.
fn release_gil(token: LocalId) -> Stmt {
    Stmt::Runtime {
        dest: None,
        func: lir::RuntimeFn::GilRelease,
        args: vec![lir::RuntimeArg::Value(Value::Read(Box::new(Place::Local(token))))],
        checked: false,
    }
}

fn not(v: Value) -> Value {
    Value::Unary { op: lir::UnaryOp::Not, ty: LType::Bint, operand: Box::new(v) }
}

fn cmp(op: lir::CmpOp, a: Value, b: Value) -> Value {
    Value::Compare { op, left: Box::new(a), right: Box::new(b) }
}

fn zero(ty: &LType) -> Value {
    match ty {
        LType::Int(k) => Value::Int(0, *k),
        LType::Int128 => Value::Int128(0),
        LType::Float(b) => Value::Float(0.0, *b),
        LType::FnPtr(_) => Value::Null(ty.clone()),
        _ => Value::Int(0, tir::IntKind::Int),
    }
}

/// What a function returns when it has nothing better (void: nothing).
fn default_value(ty: &LType) -> Option<Value> {
    match ty {
        LType::Void => None,
        LType::Slice => Some(Value::NoneSlice),
        LType::Ptr(_) | LType::FnPtr(_) => Some(Value::Null(ty.clone())),
        LType::Float(b) => Some(Value::Float(0.0, *b)),
        LType::Bint => Some(Value::Bool(false)),
        LType::Int128 => Some(Value::Int128(0)),
        LType::Int(k) => Some(Value::Int(0, *k)),
        LType::Struct(_) => Some(Value::Zero(ty.clone())),
        // Cython's is left uninitialised; cytrus's is zero.
        LType::Tuple(fields) => Some(Value::Tuple {
            items: fields.iter().map(|f| default_value(f).unwrap_or(Value::Int(0, tir::IntKind::Int))).collect(),
            ty: ty.clone(),
        }),
        _ => None,
    }
}

fn const_value(c: &tir::ConstValue, ty: &LType) -> Value {
    match (c, ty) {
        (tir::ConstValue::Int(v), LType::Int(k)) => Value::Int(*v, *k),
        (tir::ConstValue::Int(v), LType::Float(b)) => Value::Float(*v as f64, *b),
        (tir::ConstValue::Float(v), LType::Float(b)) => Value::Float(*v, *b),
        (tir::ConstValue::Int(v), LType::Bint) => Value::Bool(*v != 0),
        (_, LType::Ptr(_)) => Value::Null(ty.clone()),
        (tir::ConstValue::Int(v), _) => Value::Int(*v, tir::IntKind::Int),
        (tir::ConstValue::Float(v), _) => Value::Float(*v, 64),
    }
}
