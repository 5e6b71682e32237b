//! The front door of the grammar crate: source text → [`Module`] or syntax errors.
//!
//! Lexing, layout and parsing each collect their errors; the parser recovers
//! at the end of a line, so one file reports every independent error.

use lalrpop_util::{ErrorRecovery, ParseError};

use crate::ast::*;
use crate::error::{Expected, SyntaxError};
use crate::layout::layout;
use crate::token::{tokenize, AugOp, CTypeWord, LexError, StrLit, Token};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, dead_code)]
    grammar,
    "/parser.rs"
);

/// What the grammar's actions share while a file is parsed.
pub struct ParseState<'src> {
    /// Errors found by actions (invalid axis specs, `try` without `except`, …).
    pub errors: Vec<SyntaxError>,
    /// Errors the parser recovered from.
    pub recovered: Vec<ErrorRecovery<usize, Token<'src>, SyntaxError>>,
    /// End of each statement line parsed so far, and whether it was an error.
    pub line_ends: Vec<(usize, bool)>,
    /// Where each function declaration without a body ends.
    pub prototype_ends: Vec<usize>,
}

/// What a declarator adds to its base type: `**p`, `m[3][4]`.
#[derive(Debug, Clone)]
pub struct DeclShape {
    pub stars: usize,
    pub name: Ident,
    pub dims: Vec<Expr>,
    pub span: Span,
    /// `(*name)(PARAMS) MODIFIERS`: the name is a function pointer.
    pub func: Option<Box<FuncDeclarator>>,
}

/// The function part of a declarator `RET (*name)(PARAMS) MODIFIERS`.
#[derive(Debug, Clone)]
pub struct FuncDeclarator {
    /// Stars inside the parentheses after the first (`(**pp)`: one).
    pub inner_stars: usize,
    pub params: Vec<Param>,
    pub modifiers: Vec<FnModifier>,
}

/// One item between the brackets after a type name (boxed on the parser's stack).
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum TypeArg {
    /// `:`, `::1`, `:n` (in a cast).
    Axis(AxisSpec),
    /// An expression: a dtype name in buffer syntax (`cnp.float64_t`), else a mistake.
    Value(Expr),
    /// `ndim=2`, `mode="c"`.
    Keyword(Ident, Expr),
    /// `double`, `unsigned char`: a dtype in buffer syntax.
    Type(TypeExpr),
}

/// One word after a function's parameter list.
#[derive(Debug, Clone)]
pub enum FnModifier {
    Nogil(Span),
    Noexcept(Span),
    /// `with gil` (the name should be `gil`).
    WithGil(Ident, Span),
    Except(ExceptClause),
}

/// Parses one module. On failure, every syntax error found, in source order.
pub fn parse_module(source: &str) -> Result<Module, Vec<SyntaxError>> {
    match parse_module_recovering(source) {
        (Some(module), errors) if errors.is_empty() => Ok(module),
        (_, errors) => Err(errors),
    }
}

/// As [`parse_module`], also giving the tree the parser recovered when there
/// are syntax errors (each line it could not parse is a `StmtKind::Error`),
/// so that later passes can report the file's other problems too. No tree
/// when none was recovered or it is too deep for the later passes; the
/// errors are sorted by position.
pub fn parse_module_recovering(source: &str) -> (Option<Module>, Vec<SyntaxError>) {
    let (raw, lex_errors) = tokenize(source);
    let unterminated: Vec<usize> = lex_errors
        .iter()
        .filter(|(e, _)| matches!(e, LexError::UnterminatedString { triple: false, .. }))
        .map(|(_, span)| span.start)
        .collect();
    let mut errors: Vec<SyntaxError> = lex_errors.into_iter().map(|(e, span)| lex_error(e, span)).collect();
    let laid = layout(source, raw, &unterminated);
    errors.extend(laid.errors);

    let directives =
        laid.directives.iter().filter_map(|&(text, span)| parse_directive(text, span, &mut errors)).collect();

    let mut state =
        ParseState { errors: Vec::new(), recovered: Vec::new(), line_ends: Vec::new(), prototype_ends: Vec::new() };
    let tokens = laid.tokens.into_iter().map(Ok::<_, SyntaxError>);
    let result = grammar::ModuleParser::new().parse(&mut state, tokens);
    let mut parse_errors: Vec<SyntaxError> =
        state.recovered.into_iter().map(|r| parse_error(r.error, source)).collect();
    let body = match result {
        Ok(body) => Some(body),
        Err(e) => {
            parse_errors.push(parse_error(e, source));
            None
        }
    };
    // A parse error where a lexer or layout error already stands is its echo.
    let known: Vec<Span> = errors.iter().map(|e| e.span()).collect();
    parse_errors.retain(|e| !known.iter().any(|k| overlaps_or_touches(*k, e.span())));
    // Whatever fails inside lines that an unclosed bracket joined is its echo.
    parse_errors.retain(|e| !laid.joined.iter().any(|&(open, until)| open < e.span().start && e.span().start <= until));
    errors.extend(state.errors);
    errors.extend(parse_errors);

    // The passes after this one recurse over the tree: a tree too deep for
    // them is refused here (dropping it does not recurse; see `ast`).
    let measured = body.as_ref().map(|b| crate::nesting::measure(b, crate::nesting::MAX_NESTING));
    if let Some(span) = measured.and_then(|n| n.too_deep) {
        errors.push(SyntaxError::TooDeep { span, limit: crate::nesting::MAX_NESTING });
    }
    let too_deep = measured.is_some_and(|n| n.too_deep.is_some());
    let module = match body {
        Some(body) if !too_deep => Some(Module { directives, body, nesting: measured.map_or(0, |n| n.depth) }),
        _ => None,
    };
    errors.sort_by_key(|e| e.span().start);
    errors.dedup_by(|a, b| a.span() == b.span());
    (module, errors)
}

fn overlaps_or_touches(a: Span, b: Span) -> bool {
    a.start <= b.end && b.start <= a.end
}

fn lex_error(error: LexError, span: Span) -> SyntaxError {
    match error {
        LexError::UnexpectedChar | LexError::UnknownChar(_) => {
            let ch = match error {
                LexError::UnknownChar(c) => c,
                _ => '?',
            };
            SyntaxError::UnexpectedChar { span, ch }
        }
        LexError::StrayBackslash => SyntaxError::StrayBackslash { span },
        LexError::UnterminatedString { triple, .. } => SyntaxError::UnterminatedString { span, triple },
        LexError::BadEscape { offset, len, .. } => {
            let start = span.start + offset;
            SyntaxError::BadEscape { span: Span::new(start, (start + len).min(span.end)) }
        }
        LexError::InvalidDigit { digit, base, offset } => SyntaxError::InvalidDigit {
            span,
            digit_at: Span::new(span.start + offset, span.start + offset + 1),
            digit,
            base,
        },
        LexError::InvalidNumber => SyntaxError::InvalidNumber { span },
        LexError::LeadingZeros => SyntaxError::LeadingZeros { span },
        LexError::ComplexLiteral => SyntaxError::ComplexLiteral { span },
        LexError::IntTooLarge => SyntaxError::IntTooLarge { span },
    }
}

fn parse_error(error: ParseError<usize, Token<'_>, SyntaxError>, source: &str) -> SyntaxError {
    match error {
        ParseError::InvalidToken { location } => SyntaxError::UnexpectedToken {
            span: Span::new(location, location),
            found: "this".into(),
            expected: Expected::default(),
        },
        ParseError::UnrecognizedEof { location, expected } => {
            let expected = Expected::from_names(&expected);
            let span = Span::new(location, location);
            if expected.wants_indent() {
                SyntaxError::ExpectedIndentedBlock { span }
            } else {
                SyntaxError::UnexpectedEof { span, expected }
            }
        }
        ParseError::UnrecognizedToken { token: (start, token, end), expected } => {
            let expected = Expected::from_names(&expected);
            let span = Span::new(start, end);
            match token {
                // Python keywords the subset has no statement for: named, wherever they stand.
                Token::Yield | Token::Async | Token::Await => {
                    SyntaxError::UnexpectedToken { span, found: token.describe(), expected }
                }
                _ if expected.wants_indent() => SyntaxError::ExpectedIndentedBlock { span },
                Token::Indent => SyntaxError::UnexpectedIndent { span: Span::new(line_start(source, start), start) },
                Token::Newline if expected.only_colon() => SyntaxError::MissingColon { span },
                Token::Newline => SyntaxError::UnexpectedEndOfLine { span, expected },
                Token::Dedent => SyntaxError::UnexpectedEndOfLine { span, expected },
                Token::TypeWord(w) if expected.wants_expression() => {
                    SyntaxError::TypeWordInExpression { span, word: w.text() }
                }
                Token::Int(_) | Token::Float(_) | Token::CInt(_) | Token::Str(_) => {
                    let text = &source[start..end];
                    let found = if text.chars().count() > 24 || text.contains('\n') {
                        other_literal(&token)
                    } else {
                        format!("`{text}`")
                    };
                    SyntaxError::UnexpectedToken { span, found, expected }
                }
                other => SyntaxError::UnexpectedToken { span, found: other.describe(), expected },
            }
        }
        ParseError::ExtraToken { token: (start, token, end) } => SyntaxError::UnexpectedToken {
            span: Span::new(start, end),
            found: token.describe(),
            expected: Expected::default(),
        },
        ParseError::User { error } => error,
    }
}

fn other_literal(token: &Token<'_>) -> String {
    match token {
        Token::Str(_) => "a string".into(),
        _ => "a number".into(),
    }
}

fn line_start(source: &str, at: usize) -> usize {
    source.get(..at).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1)
}

/// `boundscheck=False, wraparound=False` → settings.
fn parse_directive(text: &str, span: Span, errors: &mut Vec<SyntaxError>) -> Option<DirectiveComment> {
    // `text` is the tail of the comment; find where it starts in the span.
    let base = span.end - text.len();
    let mut settings = Vec::new();
    let mut offset = 0;
    for part in text.split(',') {
        let part_start = base + offset;
        offset += part.len() + 1;
        if part.trim().is_empty() {
            continue;
        }
        let lead = part.len() - part.trim_start().len();
        let item_span = Span::new(part_start + lead, part_start + part.trim_end().len());
        let Some((name, value)) = part.split_once('=') else {
            errors.push(SyntaxError::BadDirective { span: item_span });
            continue;
        };
        let name_lead = name.len() - name.trim_start().len();
        let name_span = Span::new(part_start + name_lead, part_start + name.trim_end().len());
        let value_start = part_start + name.len() + 1;
        let value_lead = value.len() - value.trim_start().len();
        let value_span = Span::new(value_start + value_lead, value_start + value.trim_end().len());
        let (name, value) = (name.trim(), value.trim());
        let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.');
        if !word(name) || !word(value) {
            errors.push(SyntaxError::BadDirective { span: item_span });
            continue;
        }
        settings.push(DirectiveSetting {
            name: Ident { name: name.to_string(), span: name_span },
            value: Ident { name: value.to_string(), span: value_span },
        });
    }
    Some(DirectiveComment { span, settings })
}

// ---------------------------------------------------------------- helpers for the grammar's actions

pub(crate) fn bin(op: BinOp, left: Expr, right: Expr, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Binary { op, left: Box::new(left), right: Box::new(right) }, Span::new(l, r))
}

/// How tightly a binary operator of `BinaryExpr` binds (all group to the left).
fn binding(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::Shl | BinOp::Shr => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 6,
        // `**` is parsed by its own rule.
        BinOp::Pow => 7,
    }
}

/// `a op b op c …` grouped by precedence, each group to the left, as
/// Python groups it. Operands come with the positions around them (a
/// parenthesised operand's span excludes its parentheses; the positions
/// include them), and each node spans from its first operand's start to its
/// last operand's end.
pub(crate) fn bin_chain(first: (usize, Expr, usize), rest: Vec<(BinOp, usize, Expr, usize)>) -> Expr {
    if rest.is_empty() {
        return first.1;
    }
    fn apply(operands: &mut Vec<(usize, Expr, usize)>, op: BinOp) {
        let (_, b, r) = operands.pop().expect("an operand for each operator");
        let (l, a, _) = operands.pop().expect("an operand for each operator");
        operands.push((l, bin(op, a, b, l, r), r));
    }
    let mut operands = vec![first];
    let mut operators: Vec<BinOp> = Vec::new();
    for (op, l, e, r) in rest {
        while operators.last().is_some_and(|top| binding(*top) >= binding(op)) {
            let top = operators.pop().expect("checked");
            apply(&mut operands, top);
        }
        operators.push(op);
        operands.push((l, e, r));
    }
    while let Some(top) = operators.pop() {
        apply(&mut operands, top);
    }
    operands.pop().expect("one expression").1
}

pub(crate) fn aug_op(op: AugOp) -> BinOp {
    match op {
        AugOp::Add => BinOp::Add,
        AugOp::Sub => BinOp::Sub,
        AugOp::Mul => BinOp::Mul,
        AugOp::Div => BinOp::Div,
        AugOp::FloorDiv => BinOp::FloorDiv,
        AugOp::Mod => BinOp::Mod,
        AugOp::Pow => BinOp::Pow,
        AugOp::BitAnd => BinOp::BitAnd,
        AugOp::BitOr => BinOp::BitOr,
        AugOp::BitXor => BinOp::BitXor,
        AugOp::Shl => BinOp::Shl,
        AugOp::Shr => BinOp::Shr,
        AugOp::MatMul => BinOp::MatMul,
    }
}

pub(crate) fn concat_strings(state: &mut ParseState<'_>, parts: Vec<StrLit>) -> StrValue {
    let mut value = StrValue { value: String::new(), bytes: false, format: false, parts: Vec::new() };
    let format = parts.iter().any(|p| p.format);
    for part in parts {
        value.value.push_str(&part.value);
        value.bytes |= part.bytes;
        value.format |= part.format;
        if !format {
            continue;
        }
        let pieces = match &part.raw {
            Some(body) => crate::fstring::parts(body, &mut state.errors),
            None => vec![FStringPart::Text(part.value.clone())],
        };
        for piece in pieces {
            match (value.parts.last_mut(), piece) {
                (Some(FStringPart::Text(text)), FStringPart::Text(more)) => text.push_str(&more),
                (_, piece) => value.parts.push(piece),
            }
        }
    }
    value
}

/// `unsigned long long` → `Named("unsigned long long")`; C's rules for which
/// words combine, with `int` implied where C implies it.
pub(crate) fn type_from_words(state: &mut ParseState<'_>, words: &[CTypeWord], span: Span) -> TypeExpr {
    let count = |w: CTypeWord| words.iter().filter(|&&x| x == w).count();
    let (signed, unsigned, short, long) =
        (count(CTypeWord::Signed), count(CTypeWord::Unsigned), count(CTypeWord::Short), count(CTypeWord::Long));
    let bases: Vec<CTypeWord> = words
        .iter()
        .copied()
        .filter(|w| !matches!(w, CTypeWord::Signed | CTypeWord::Unsigned | CTypeWord::Short | CTypeWord::Long))
        .collect();
    let base = bases.first().copied();
    let valid = bases.len() <= 1
        && signed + unsigned <= 1
        && short + long.min(1) <= 1
        && long <= 2
        && match base {
            None => true,
            Some(CTypeWord::Int) => true,
            Some(CTypeWord::Char) => short + long == 0,
            Some(CTypeWord::Double) => signed + unsigned + short == 0 && long <= 1,
            Some(CTypeWord::Float | CTypeWord::Void | CTypeWord::Bint) => words.len() == 1,
            Some(_) => false,
        };
    if !valid {
        let written = words.iter().map(|w| w.text()).collect::<Vec<_>>().join(" ");
        state.errors.push(SyntaxError::InvalidTypeWords { span, written });
        return TypeExpr::new(TypeKind::Named("int".into()), span);
    }
    let sign = if unsigned == 1 {
        "unsigned "
    } else if signed == 1 && base == Some(CTypeWord::Char) {
        "signed "
    } else {
        ""
    };
    let name = match base {
        Some(CTypeWord::Char) => format!("{sign}char"),
        Some(CTypeWord::Double) if long == 1 => "long double".to_string(),
        Some(w @ (CTypeWord::Double | CTypeWord::Float | CTypeWord::Void | CTypeWord::Bint)) => w.text().to_string(),
        _ => {
            let size = match (short, long) {
                (1, _) => "short",
                (_, 1) => "long",
                (_, 2) => "long long",
                _ => "int",
            };
            format!("{sign}{size}")
        }
    };
    TypeExpr::new(TypeKind::Named(name), span)
}

/// Applies a declarator's stars and array extents to its base type.
/// The declarators of one `cdef` line, each applied to the base type.
pub(crate) fn cdecl(
    base: TypeExpr,
    first: Box<(DeclShape, Option<Expr>, Span)>,
    rest: Vec<Box<(DeclShape, Option<Expr>, Span)>>,
) -> CDecl {
    let mut declarators = Vec::new();
    for (d, init, span) in std::iter::once(first).chain(rest).map(|d| *d) {
        let (name, ty) = apply_declarator(base.clone(), d);
        declarators.push(Declarator { name, ty, init, span, annotated: false });
    }
    CDecl { declarators }
}

pub(crate) fn apply_declarator(base: TypeExpr, shape: DeclShape) -> (Ident, TypeExpr) {
    let mut ty = base;
    for _ in 0..shape.stars {
        let span = ty.span.to(shape.span);
        ty = TypeExpr::new(TypeKind::Pointer(Box::new(ty)), span);
    }
    if let Some(func) = shape.func {
        let span = ty.span.to(shape.span);
        let mut f = FuncPtrType {
            ret: ty,
            params: func.params.into_iter().filter_map(|p| p.ty).collect(),
            noexcept: None,
            nogil: None,
            except: None,
        };
        for m in func.modifiers {
            match m {
                FnModifier::Nogil(s) => f.nogil = Some(s),
                FnModifier::Noexcept(s) => f.noexcept = Some(s),
                // `with gil` is about a function's body: a pointer has none.
                FnModifier::WithGil(..) => {}
                FnModifier::Except(clause) => f.except = Some(clause),
            }
        }
        ty = TypeExpr::new(TypeKind::FuncPtr(Box::new(f)), span);
        for _ in 0..func.inner_stars {
            ty = TypeExpr::new(TypeKind::Pointer(Box::new(ty)), span);
        }
    }
    // `m[3][4]` is 3 arrays of 4: the last extent is innermost.
    for len in shape.dims.into_iter().rev() {
        let span = ty.span.to(shape.span);
        ty = TypeExpr::new(TypeKind::Array { elem: Box::new(ty), len: Box::new(len) }, span);
    }
    (shape.name, ty)
}

/// `T[2][3]` before a declarator: an array of 2 arrays of 3 `T`. Each
/// extent is one expression (a memoryview's axes cannot be followed by more
/// brackets); `first` holds what the first brackets held, if they were
/// parsed apart from `more`.
pub(crate) fn array_type(
    state: &mut ParseState<'_>,
    is_const: bool,
    elem: TypeExpr,
    first: Vec<TypeArg>,
    more: Vec<Expr>,
    span: Span,
) -> TypeExpr {
    let elem = if is_const {
        let inner = elem.span;
        TypeExpr::new(TypeKind::Const(Box::new(elem)), Span::new(span.start, inner.end))
    } else {
        elem
    };
    let mut dims = Vec::with_capacity(more.len() + 1);
    if !first.is_empty() {
        match <[TypeArg; 1]>::try_from(first) {
            Ok([TypeArg::Value(len)]) => dims.push(len),
            Ok(_) | Err(_) => {
                state.errors.push(SyntaxError::ArrayExtentExpected { span });
                return elem;
            }
        }
    }
    dims.extend(more);
    let mut ty = elem;
    for len in dims.into_iter().rev() {
        ty = TypeExpr::new(TypeKind::Array { elem: Box::new(ty), len: Box::new(len) }, span);
    }
    ty
}

/// `T[...]` after a type: a memoryview type, or numpy's buffer syntax
/// (`cnp.ndarray[cnp.float64_t, ndim=2]`) when a keyword or a C type stands
/// between the brackets or the object is an `ndarray`.
pub(crate) fn bracket_type(
    state: &mut ParseState<'_>,
    is_const: bool,
    elem: TypeExpr,
    items: Vec<TypeArg>,
    span: Span,
    in_cast: bool,
) -> TypeExpr {
    let ndarray = matches!(&elem.kind, TypeKind::Named(n) if n == "ndarray" || n.ends_with(".ndarray"));
    let buffer = ndarray || items.iter().any(|i| matches!(i, TypeArg::Keyword(..) | TypeArg::Type(_)));
    if buffer {
        let mut dtype = None;
        let mut ndim = None;
        let mut mode = None;
        for (position, item) in items.into_iter().enumerate() {
            match item {
                TypeArg::Type(t) if position == 0 => dtype = Some(t),
                TypeArg::Value(e) if position == 0 => dtype = dotted_type(&e),
                TypeArg::Value(Expr { kind: ExprKind::Int(n), .. }) if position == 1 => ndim = u32::try_from(n).ok(),
                TypeArg::Keyword(k, v) => match (k.name.as_str(), &v.kind) {
                    ("dtype", _) => dtype = dotted_type(&v),
                    ("ndim", ExprKind::Int(n)) => ndim = u32::try_from(*n).ok(),
                    ("mode", ExprKind::Str(m)) => mode = Some(m.value.clone()),
                    _ => {}
                },
                _ => {}
            }
        }
        return TypeExpr::new(TypeKind::Buffer(Box::new(BufferType { object: elem, dtype, ndim, mode })), span);
    }
    let elem = if is_const {
        let inner = elem.span;
        TypeExpr::new(TypeKind::Const(Box::new(elem)), Span::new(span.start, inner.end))
    } else {
        elem
    };
    // `cdef double[3] buf`: Cython's other spelling of `cdef double buf[3]`.
    if !in_cast && items.len() == 1 && matches!(items[0], TypeArg::Value(_)) {
        let Some(TypeArg::Value(len)) = items.into_iter().next() else { unreachable!("checked") };
        return TypeExpr::new(TypeKind::Array { elem: Box::new(elem), len: Box::new(len) }, span);
    }
    let mut axes = Vec::with_capacity(items.len());
    for item in items {
        match item {
            TypeArg::Axis(axis) => axes.push(axis),
            TypeArg::Value(e) => {
                state.errors.push(SyntaxError::AxisWithoutColon { span: e.span });
                axes.push(AxisSpec { start: None, stop: None, step: None, span: e.span });
            }
            TypeArg::Keyword(..) | TypeArg::Type(_) => unreachable!("a buffer type"),
        }
    }
    check_axes(state, &axes, in_cast);
    TypeExpr::new(TypeKind::Memview { elem: Box::new(elem), axes }, span)
}

/// `cnp.float64_t` written as an expression, as the type it names.
fn dotted_type(e: &Expr) -> Option<TypeExpr> {
    fn text(e: &Expr) -> Option<String> {
        match &e.kind {
            ExprKind::Name(n) => Some(n.clone()),
            ExprKind::Attribute { value, attr } => Some(format!("{}.{}", text(value)?, attr.name)),
            _ => None,
        }
    }
    text(e).map(|name| TypeExpr::new(TypeKind::Named(name), e.span))
}

/// The axis specs Cython accepts: in declarations `:`, `::1` and
/// `::view.<access>`; in casts also an extent `:n` (and `:n:1`). Whether a
/// cast needs its extents depends on what is cast (a pointer does, a C array
/// does not): the type checker decides.
pub(crate) fn check_axes(state: &mut ParseState<'_>, axes: &[AxisSpec], in_cast: bool) {
    for axis in axes {
        if let Some(start) = &axis.start {
            state.errors.push(SyntaxError::AxisStart { span: start.span });
        }
        match &axis.stop {
            Some(stop) if !in_cast => state.errors.push(SyntaxError::AxisExtentOutsideCast { span: stop.span }),
            _ => {}
        }
        if let Some(step) = &axis.step {
            let ok = match &step.kind {
                ExprKind::Int(1) => true,
                ExprKind::Attribute { attr, .. } => {
                    matches!(
                        attr.name.as_str(),
                        "generic" | "strided" | "contiguous" | "indirect" | "indirect_contiguous"
                    )
                }
                _ => false,
            };
            if !ok {
                state.errors.push(SyntaxError::InvalidAxisStep { span: step.span });
            }
        }
    }
}

/// `ctypedef fused NAME:` and its member types. The grammar reads
/// `ctypedef fused NAME` as a typedef's base type and declarator; anything
/// else before the `:` is a mistake.
pub(crate) fn fused_type(
    state: &mut ParseState<'_>,
    base: TypeExpr,
    shape: DeclShape,
    members: Vec<TypeExpr>,
    span: Span,
) -> Box<Stmt> {
    let is_fused = matches!(&base.kind, TypeKind::Named(n) if n == "fused");
    if !is_fused || shape.stars > 0 || !shape.dims.is_empty() {
        state.errors.push(SyntaxError::InvalidFusedHeader { span: base.span.to(shape.span) });
    }
    stmt(StmtKind::FusedType { name: shape.name, members }, span)
}

/// Cython's pure-Python-mode decorators say what `cdef` syntax says:
/// `@cython.cfunc` makes a `cdef` function, `@cython.ccall` a `cpdef` one,
/// `@cython.inline`, `@cython.nogil`, `@cython.exceptval(-1, check=False)`
/// and `@cython.returns(T)` the modifiers, exception clause and return type.
/// They stay in `decorators` (semantics checks that `cython` is bound there).
pub(crate) fn apply_pure_python_decorators(state: &mut ParseState<'_>, f: &mut FunctionDef) {
    fn cython_member(e: &Expr) -> Option<&Ident> {
        match &e.kind {
            ExprKind::Attribute { value, attr } if matches!(&value.kind, ExprKind::Name(n) if n == "cython") => {
                Some(attr)
            }
            _ => None,
        }
    }
    let decorators = std::mem::take(&mut f.decorators);
    for d in &decorators {
        let (member, args) = match &d.kind {
            ExprKind::Call { func, args } => (cython_member(func), Some(args)),
            _ => (cython_member(d), None),
        };
        let Some(member) = member else { continue };
        match (member.name.as_str(), args) {
            ("cfunc", None) if f.kind == FunctionKind::Def => f.kind = FunctionKind::Cdef,
            ("ccall", None) if f.kind == FunctionKind::Def => f.kind = FunctionKind::Cpdef,
            ("inline", None) => f.inline = Some(d.span),
            ("nogil", None) => f.nogil = Some(d.span),
            ("returns", Some(args)) => match args.as_slice() {
                [Arg { keyword: None, value, star: ParamStar::None }] => match expr_as_type(value) {
                    Some(t) => f.return_type = Some(t),
                    None => state.errors.push(SyntaxError::InvalidDecorator { span: d.span }),
                },
                _ => state.errors.push(SyntaxError::InvalidDecorator { span: d.span }),
            },
            ("exceptval", Some(args)) => {
                let mut value = None;
                let mut check = None;
                for arg in args {
                    match (&arg.keyword, &arg.value.kind) {
                        (None, _) if value.is_none() => value = Some(arg.value.clone()),
                        (Some(k), ExprKind::Bool(b)) if k.name == "check" => check = Some(*b),
                        _ => state.errors.push(SyntaxError::InvalidDecorator { span: d.span }),
                    }
                }
                let kind = match (value, check) {
                    (Some(v), Some(true)) => ExceptKind::MaybeValue(v),
                    (Some(v), _) => ExceptKind::Value(v),
                    (None, Some(false)) => {
                        f.noexcept = Some(d.span);
                        continue;
                    }
                    (None, _) => ExceptKind::Star,
                };
                f.except = Some(ExceptClause { kind, span: d.span });
            }
            _ => {}
        }
    }
    f.decorators = decorators;
}

/// The C type an annotation declares, as Cython reads annotations in a
/// `.pyx`: `float` is a C `double`; `int` and other Python types are Python
/// objects, which cytrus lacks (reported here).
pub(crate) fn annotation_type(state: &mut ParseState<'_>, e: &Expr) -> Option<TypeExpr> {
    let python_object = match &e.kind {
        ExprKind::CType(t) => matches!(&t.kind, TypeKind::Named(n) if n == "int" || n == "long"),
        ExprKind::Name(n) => {
            matches!(n.as_str(), "object" | "list" | "dict" | "tuple" | "str" | "bytes" | "bool" | "complex")
        }
        _ => false,
    };
    if python_object {
        state.errors.push(SyntaxError::PythonObjectAnnotation { span: e.span });
        return None;
    }
    if let ExprKind::CType(t) = &e.kind {
        if matches!(&t.kind, TypeKind::Named(n) if n == "float") {
            return Some(TypeExpr::new(TypeKind::Named("double".into()), t.span));
        }
    }
    match expr_as_type(e) {
        Some(t) => Some(t),
        None => {
            state.errors.push(SyntaxError::PythonObjectAnnotation { span: e.span });
            None
        }
    }
}

/// A type written as an expression (`cython.double`, `cnp.float64_t`,
/// `double`, `cython.double[:, ::1]`), as a type; `None` if it is not one.
pub fn expr_as_type(e: &Expr) -> Option<TypeExpr> {
    match &e.kind {
        ExprKind::CType(t) => Some(t.clone()),
        ExprKind::Name(_) | ExprKind::Attribute { .. } => dotted_type(e),
        ExprKind::Subscript { value, items } => {
            let elem = expr_as_type(value)?;
            let mut axes = Vec::new();
            for item in items {
                let SubscriptItem::Slice { start: None, stop: None, step, span } = item else { return None };
                axes.push(AxisSpec { start: None, stop: None, step: step.clone(), span: *span });
            }
            Some(TypeExpr::new(TypeKind::Memview { elem: Box::new(elem), axes }, e.span))
        }
        _ => None,
    }
}

/// A statement on the parser's stack: boxed, because every reduction moves
/// the parser's symbols and a symbol is as large as its largest kind.
pub(crate) fn stmt(kind: StmtKind, span: Span) -> Box<Stmt> {
    Box::new(Stmt::new(kind, span))
}

/// The parameters of a C prototype: `(void)` is none, and an unnamed
/// parameter is named by its position (`arg0`, `arg1`, …).
pub(crate) fn extern_params(mut params: Vec<Param>) -> Vec<Param> {
    let is_void = |p: &Param| matches!(&p.ty, Some(TypeExpr { kind: TypeKind::Named(n), .. }) if n == "void");
    if params.len() == 1 && params[0].name.name.is_empty() && is_void(&params[0]) {
        return Vec::new();
    }
    for (i, p) in params.iter_mut().enumerate() {
        if p.name.name.is_empty() {
            p.name.name = format!("arg{i}");
        }
    }
    params
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn fn_def(
    state: &mut ParseState<'_>,
    kind: FunctionKind,
    inline: Option<Span>,
    return_type: Option<TypeExpr>,
    name: Ident,
    params: Vec<Param>,
    modifiers: Vec<FnModifier>,
    body: Vec<Stmt>,
    header_span: Span,
) -> Box<FunctionDef> {
    let mut f = Box::new(FunctionDef {
        kind,
        name,
        decorators: Vec::new(),
        params,
        return_type,
        inline,
        nogil: None,
        noexcept: None,
        with_gil: None,
        except: None,
        body,
        header_span,
    });
    for m in modifiers {
        match m {
            FnModifier::Nogil(span) => f.nogil = Some(span),
            FnModifier::Noexcept(span) => f.noexcept = Some(span),
            FnModifier::WithGil(word, span) => {
                if word.name != "gil" {
                    state.errors.push(SyntaxError::UnexpectedToken {
                        span: word.span,
                        found: format!("name `{}`", word.name),
                        expected: Expected::from_names(&["\"gil\"".to_string()]),
                    });
                }
                f.with_gil = Some(span);
            }
            FnModifier::Except(clause) => f.except = Some(clause),
        }
    }
    f
}

#[cfg(test)]
mod tests;
