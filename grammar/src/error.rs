//! Syntax errors as data, and their wording.
//!
//! The lexer, the layout pass and the parser build [`SyntaxError`] values;
//! only [`SyntaxError::to_diagnostic`] turns them into words. Messages follow
//! rustc: lowercase, no final period, code in backticks, a `help:` where a
//! fix exists. Where CPython has a message for the same mistake, the wording
//! stays close to it.

use codespan_reporting::diagnostic::{Diagnostic, Label};

use crate::ast::Span;

/// Every way a file can fail to lex or parse.
#[derive(Debug, Clone, PartialEq)]
pub enum SyntaxError {
    /// A character that starts no token: `$`, `!`, a stray `` ` ``.
    UnexpectedChar { span: Span, ch: char },
    /// `\` not at the end of a line.
    StrayBackslash { span: Span },
    /// A string without its closing quote.
    UnterminatedString { span: Span, triple: bool },
    /// `"\x4"`, `"\N{…}"`.
    BadEscape { span: Span },
    /// `0b102`.
    InvalidDigit { span: Span, digit_at: Span, digit: char, base: &'static str },
    /// `12abc`, `1e`, `1__000`, `0x`.
    InvalidNumber { span: Span },
    /// `0123`.
    LeadingZeros { span: Span },
    /// `3j`.
    ComplexLiteral { span: Span },
    /// An integer literal of more than 128 bits.
    IntTooLarge { span: Span },
    /// Tabs and spaces mixed so that the indentation's meaning depends on the tab width.
    InconsistentTabs { span: Span },
    /// A dedent to a column that no enclosing block uses.
    UnindentMismatch { span: Span },
    /// `)` with nothing open.
    UnmatchedClose { span: Span, close: char },
    /// `(]`.
    MismatchedClose { span: Span, close: char, open: Span, opener: char },
    /// `(` never closed.
    UnclosedBracket { span: Span, opener: char },
    /// An indented line where no block starts.
    UnexpectedIndent { span: Span },
    /// A block header without its `:`.
    MissingColon { span: Span },
    /// `if x:` followed by a line that is not indented.
    ExpectedIndentedBlock { span: Span },
    /// The line ends where more was needed.
    UnexpectedEndOfLine { span: Span, expected: Expected },
    /// Any other token the grammar did not expect.
    UnexpectedToken { span: Span, found: String, expected: Expected },
    /// The file ends inside a construct.
    UnexpectedEof { span: Span, expected: Expected },
    /// `int(x)`: a C type word used as a value.
    TypeWordInExpression { span: Span, word: &'static str },
    /// `# cython: boundscheck` without `=value`.
    BadDirective { span: Span },
    /// `try:` with neither `except` nor `finally`.
    TryWithoutHandler { span: Span },
    /// `try: … else:` without `except`.
    TryElseWithoutExcept { span: Span },
    /// `cdef int f() except:` without a value.
    ExceptWithoutValue { span: Span },
    /// `double[1]`: an axis without `:`.
    AxisWithoutColon { span: Span },
    /// `double[1:]`: an axis with a start.
    AxisStart { span: Span },
    /// `cdef double[:n] v`: an extent outside a cast.
    AxisExtentOutsideCast { span: Span },
    /// `double[::2]`: a step other than `1` or a `view.` access spec.
    InvalidAxisStep { span: Span },
    /// `long float`, `unsigned double`, `short long`.
    InvalidTypeWords { span: Span, written: String },
    /// Statements and expressions nested deeper than the compiler goes.
    TooDeep { span: Span, limit: usize },
    /// `ctypedef double x:` — a block after a `ctypedef` that is not `fused`.
    InvalidFusedHeader { span: Span },
    /// `int *` as a member of a fused type (Cython: Expected a newline).
    PointerFusedMember { span: Span },
    /// `@cython.returns(1)`, `@cython.exceptval(a=1)`: arguments that say no type or value.
    InvalidDecorator { span: Span },
    /// `def f(x: int)`: an annotation naming a Python type (or no type).
    PythonObjectAnnotation { span: Span },
    /// `f"{}"`, `f"{x!q}"`, `f"}"`: an f-string Python rejects (CPython's message).
    InvalidFString { span: Span, message: &'static str },
    /// `cdef int[:][3] m`: an array extent after a memoryview's axes.
    ArrayExtentExpected { span: Span },
}

/// The tokens the parser would have accepted, by their readable names.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Expected(pub Vec<String>);

impl Expected {
    /// From lalrpop's terminal names (`"\":\""` → `:`).
    pub fn from_names(names: &[String]) -> Expected {
        Expected(names.iter().map(|n| n.trim_matches('"').replace("\\\"", "\"")).collect())
    }

    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|n| n == name)
    }

    /// A block header lacks its colon.
    pub fn only_colon(&self) -> bool {
        self.has(":") && !self.has("newline")
    }

    /// A block must start here.
    pub fn wants_indent(&self) -> bool {
        self.has("indent")
    }

    /// An expression could start here.
    pub fn wants_expression(&self) -> bool {
        self.has("name") && self.has("integer")
    }

    /// "an expression", "`:`", "one of `)`, `,`".
    fn describe(&self) -> Option<String> {
        if self.wants_expression() {
            return Some("an expression".into());
        }
        let shown: Vec<String> =
            self.0.iter().filter(|n| !matches!(n.as_str(), "indent" | "dedent")).map(|n| readable(n)).collect();
        match shown.len() {
            0 => None,
            1 => Some(shown[0].clone()),
            2..=4 => Some(format!("one of {}", shown.join(", "))),
            _ => None,
        }
    }
}

fn readable(name: &str) -> String {
    match name {
        "newline" => "the end of the line".into(),
        "name" => "a name".into(),
        "integer" => "an integer".into(),
        "float" => "a number".into(),
        "string" => "a string".into(),
        "type word" => "a type".into(),
        "augmented assignment" => "an augmented assignment".into(),
        other => format!("`{other}`"),
    }
}

impl SyntaxError {
    /// Where the error points.
    pub fn span(&self) -> Span {
        use SyntaxError::*;
        match self {
            UnexpectedChar { span, .. }
            | StrayBackslash { span }
            | UnterminatedString { span, .. }
            | BadEscape { span }
            | InvalidDigit { span, .. }
            | InvalidNumber { span }
            | LeadingZeros { span }
            | ComplexLiteral { span }
            | IntTooLarge { span }
            | InconsistentTabs { span }
            | UnindentMismatch { span }
            | UnmatchedClose { span, .. }
            | MismatchedClose { span, .. }
            | UnclosedBracket { span, .. }
            | UnexpectedIndent { span }
            | MissingColon { span }
            | ExpectedIndentedBlock { span }
            | UnexpectedEndOfLine { span, .. }
            | UnexpectedToken { span, .. }
            | UnexpectedEof { span, .. }
            | TypeWordInExpression { span, .. }
            | BadDirective { span }
            | TryWithoutHandler { span }
            | TryElseWithoutExcept { span }
            | ExceptWithoutValue { span }
            | AxisWithoutColon { span }
            | AxisStart { span }
            | AxisExtentOutsideCast { span }
            | InvalidAxisStep { span }
            | InvalidTypeWords { span, .. }
            | TooDeep { span, .. }
            | InvalidFusedHeader { span }
            | PointerFusedMember { span }
            | InvalidDecorator { span }
            | PythonObjectAnnotation { span }
            | InvalidFString { span, .. } => *span,
            ArrayExtentExpected { span } => *span,
        }
    }

    /// The error's stable code (`E01xx` for syntax).
    pub fn code(&self) -> &'static str {
        use SyntaxError::*;
        match self {
            UnexpectedChar { .. } => "E0101",
            StrayBackslash { .. } => "E0102",
            UnterminatedString { .. } => "E0103",
            BadEscape { .. } => "E0104",
            InvalidDigit { .. } => "E0105",
            InvalidNumber { .. } => "E0106",
            LeadingZeros { .. } => "E0107",
            ComplexLiteral { .. } => "E0108",
            IntTooLarge { .. } => "E0109",
            InconsistentTabs { .. } => "E0110",
            UnindentMismatch { .. } => "E0111",
            UnmatchedClose { .. } => "E0112",
            MismatchedClose { .. } => "E0113",
            UnclosedBracket { .. } => "E0114",
            UnexpectedIndent { .. } => "E0115",
            MissingColon { .. } => "E0116",
            ExpectedIndentedBlock { .. } => "E0117",
            UnexpectedEndOfLine { .. } => "E0118",
            UnexpectedToken { .. } => "E0119",
            UnexpectedEof { .. } => "E0120",
            TypeWordInExpression { .. } => "E0121",
            BadDirective { .. } => "E0122",
            TryWithoutHandler { .. } => "E0123",
            TryElseWithoutExcept { .. } => "E0124",
            ExceptWithoutValue { .. } => "E0125",
            AxisWithoutColon { .. } => "E0126",
            AxisStart { .. } => "E0127",
            AxisExtentOutsideCast { .. } => "E0128",
            InvalidAxisStep { .. } => "E0130",
            InvalidTypeWords { .. } => "E0131",
            TooDeep { .. } => "E0132",
            InvalidFusedHeader { .. } => "E0133",
            PointerFusedMember { .. } => "E0134",
            InvalidDecorator { .. } => "E0135",
            PythonObjectAnnotation { .. } => "E0136",
            InvalidFString { .. } => "E0180",
            ArrayExtentExpected { .. } => "E0150",
        }
    }

    /// The error in words, for the file `file`.
    pub fn to_diagnostic<F: Copy>(&self, file: F) -> Diagnostic<F> {
        use SyntaxError::*;
        let primary = |span: Span, text: &str| Label::primary(file, span.range()).with_message(text);
        let secondary = |span: Span, text: &str| Label::secondary(file, span.range()).with_message(text);
        let (message, labels, help): (String, Vec<Label<F>>, Option<String>) = match self {
            UnexpectedChar { span, ch } => (
                format!("invalid character `{}` in the source", ch.escape_default()),
                vec![primary(*span, "not part of any token")],
                match ch {
                    '!' => Some("write `not x` for negation, or `!=` to compare".into()),
                    '$' | '`' => Some("remove it".into()),
                    _ => None,
                },
            ),
            StrayBackslash { span } => (
                "unexpected character after line continuation character".into(),
                vec![primary(*span, "a `\\` continues a line only as its last character")],
                Some("remove what follows the `\\`, or remove the `\\`".into()),
            ),
            UnterminatedString { span, triple } => (
                if *triple { "unterminated triple-quoted string literal".into() } else { "unterminated string literal".into() },
                vec![primary(*span, "this string is never closed")],
                Some(if *triple {
                    "close it with the same three quotes that open it".into()
                } else {
                    "close it with the quote that opens it, on the same line".into()
                }),
            ),
            BadEscape { span } => (
                "invalid escape sequence in string literal".into(),
                vec![primary(*span, "this escape is incomplete or not supported")],
                Some("`\\x` takes 2 hex digits, `\\u` 4 and `\\U` 8; write `\\\\` for a backslash".into()),
            ),
            InvalidDigit { span, digit_at, digit, base } => (
                format!("invalid digit '{digit}' in {base} literal"),
                vec![primary(*digit_at, "not a digit of this base"), secondary(*span, "in this literal")],
                None,
            ),
            InvalidNumber { span } => (
                "invalid number literal".into(),
                vec![primary(*span, "not a number")],
                Some("numbers are written like `42`, `0x2A`, `1_000`, `1.5` or `2.5e-3`; a name cannot start with a digit".into()),
            ),
            LeadingZeros { span } => (
                "leading zeros in decimal integer literals are not permitted".into(),
                vec![primary(*span, "leading zero")],
                Some("use an `0o` prefix for octal integers, or remove the zeros".into()),
            ),
            ComplexLiteral { span } => (
                "complex literals are not supported in cytrus".into(),
                vec![primary(*span, "imaginary number")],
                Some("cytrus has no complex type; use two `double` values".into()),
            ),
            IntTooLarge { span } => (
                "integer literal is too large".into(),
                vec![primary(*span, "more than 128 bits")],
                Some("cytrus computes Python integers in 128 bits at most".into()),
            ),
            InconsistentTabs { span } => (
                "inconsistent use of tabs and spaces in indentation".into(),
                vec![primary(*span, "this indentation mixes tabs and spaces")],
                Some("indent with spaces only".into()),
            ),
            UnindentMismatch { span } => (
                "unindent does not match any outer indentation level".into(),
                vec![primary(*span, "this line's indentation")],
                Some("indent the line exactly as far as the block it belongs to".into()),
            ),
            UnmatchedClose { span, close } => (
                format!("unmatched `{close}`"),
                vec![primary(*span, "nothing is open here")],
                Some(format!("remove the `{close}`")),
            ),
            MismatchedClose { span, close, open, opener } => (
                format!("closing `{close}` does not match opening `{opener}`"),
                vec![primary(*span, format!("expected `{}`", match opener {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                }).as_str()), secondary(*open, "opened here")],
                None,
            ),
            UnclosedBracket { span, opener } => (
                format!("`{opener}` was never closed"),
                vec![primary(*span, "opened here")],
                Some(format!("add the matching `{}`", match opener {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                })),
            ),
            UnexpectedIndent { span } => (
                "unexpected indent".into(),
                vec![primary(*span, "no block starts here")],
                Some("remove the indentation, or end the line above with `:` to start a block".into()),
            ),
            MissingColon { span } => (
                "expected `:`".into(),
                vec![primary(*span, "`:` needed here")],
                Some("a line that starts a block (`if`, `for`, `def`, …) ends with `:`".into()),
            ),
            ExpectedIndentedBlock { span } => (
                "expected an indented block".into(),
                vec![primary(*span, "the block should start on the next line, indented")],
                Some("indent the block's statements, or write `pass` for an empty block".into()),
            ),
            UnexpectedEndOfLine { span, expected } => (
                match expected.describe() {
                    Some(e) => format!("expected {e}, found the end of the line"),
                    None => "unexpected end of line".into(),
                },
                vec![primary(*span, "the line ends here")],
                None,
            ),
            UnexpectedToken { span, found, expected } => {
                let starts_operand = found.starts_with("name") || found.starts_with('`') && !found.starts_with("``");
                let literal_or_name = found.starts_with("name")
                    || found.chars().nth(1).is_some_and(|c| c.is_ascii_digit() || c == '"' || c == '\'')
                    || found == "a number"
                    || found == "a string";
                let help = if found == "`=`" && expected.0.iter().any(|e| e == "==") {
                    Some("use `==` to compare".into())
                } else if found == "`for`" {
                    Some(
                        "comprehensions and generator expressions are not supported in cytrus \
                         (they make Python objects); write the loop: `for i in range(n): …`"
                            .into(),
                    )
                } else if found == "`yield`" {
                    Some("generators (`yield`) are not supported in cytrus".into())
                } else if found == "`async`" || found == "`await`" {
                    Some("coroutines (`async`, `await`) are not supported in cytrus".into())
                } else if found == "`:=`" {
                    Some("assignment expressions (`:=`) are not supported in cytrus; assign on a line of its own".into())
                } else if found == "`,`" && expected.0.iter().any(|e| e == "=") {
                    Some("tuple unpacking is not supported in cytrus; assign each name on a line of its own".into())
                } else if literal_or_name && expected.0.iter().any(|e| e == "newline") {
                    Some("a statement ends before this; is an operator missing?".into())
                } else if starts_operand && literal_or_name && expected.0.iter().any(|e| e == ",") {
                    Some("is a `,` missing before this?".into())
                } else {
                    None
                };
                (
                    match expected.describe() {
                        Some(e) => format!("expected {e}, found {found}"),
                        None => format!("unexpected {found}"),
                    },
                    vec![primary(*span, "unexpected here")],
                    help,
                )
            }
            UnexpectedEof { span, expected } => (
                match expected.describe() {
                    Some(e) => format!("unexpected end of file: expected {e}"),
                    None => "unexpected end of file".into(),
                },
                vec![primary(*span, "the file ends here")],
                None,
            ),
            TypeWordInExpression { span, word } => (
                format!("type `{word}` cannot be used as a value"),
                vec![primary(*span, "a type, not a value")],
                Some(format!("to convert a value, cast it: `<{word}>x`")),
            ),
            BadDirective { span } => (
                "invalid directive in `# cython:` comment".into(),
                vec![primary(*span, "expected `name=value`")],
                Some("write directives as `# cython: boundscheck=False, wraparound=False`".into()),
            ),
            TryWithoutHandler { span } => (
                "`try` without `except` or `finally`".into(),
                vec![primary(*span, "this `try` handles nothing")],
                Some("add an `except` or a `finally` block".into()),
            ),
            TryElseWithoutExcept { span } => (
                "`try` with `else` needs an `except`".into(),
                vec![primary(*span, "no `except` block")],
                Some("add an `except` block, or move the `else` block's code after the `try`".into()),
            ),
            ExceptWithoutValue { span } => (
                "`except` needs a value".into(),
                vec![primary(*span, "no error value given")],
                Some("write `except -1`, `except? -1` or `except *`, or `noexcept` for a function that never raises".into()),
            ),
            AxisWithoutColon { span } => (
                "memoryview axis without `:`".into(),
                vec![primary(*span, "every axis of a memoryview type needs a `:`")],
                Some("write `:` for a strided axis or `::1` for a contiguous one; for a C array write `cdef double a[10]`".into()),
            ),
            AxisStart { span } => (
                "memoryview axis cannot have a start".into(),
                vec![primary(*span, "remove this")],
                Some("a memoryview axis is `:`, `::1` or `::view.<layout>`".into()),
            ),
            AxisExtentOutsideCast { span } => (
                "memoryview extents are only allowed in a cast".into(),
                vec![primary(*span, "an extent in a declaration")],
                Some("declare the view as `T[:]` and assign a cast such as `<double[:n]>p`".into()),
            ),
            InvalidAxisStep { span } => (
                "invalid memoryview axis specification".into(),
                vec![primary(*span, "only `1` or a `view.` layout may stand here")],
                Some("use `::1` for a contiguous axis, or one of `view.generic`, `view.strided`, `view.contiguous`, `view.indirect`, `view.indirect_contiguous`; to take every second element, slice the view: `v[::2]`".into()),
            ),
            InvalidTypeWords { span, written } => (
                format!("`{written}` is not a C type"),
                vec![primary(*span, "these words do not combine")],
                Some("valid types include `int`, `unsigned long long`, `signed char`, `double`, `long double`".into()),
            ),
            TooDeep { span, limit } => (
                format!("nested more than {limit} levels deep"),
                vec![primary(*span, "this is nested too deeply")],
                Some("split the expression or the blocks with intermediate variables or functions".into()),
            ),
            InvalidFusedHeader { span } => (
                "a `ctypedef` with a block must be `ctypedef fused NAME:`".into(),
                vec![primary(*span, "not `fused NAME`")],
                Some("list a fused type's members one per line: `ctypedef fused real:` then `float`, `double`".into()),
            ),
            PointerFusedMember { span } => (
                "a member of a fused type cannot be written as a pointer".into(),
                vec![primary(*span, "a pointer type")],
                Some("name the pointer type first (`ctypedef double *dbl_ptr`) and list that name".into()),
            ),
            InvalidDecorator { span } => (
                "invalid arguments to a pure-Python-mode decorator".into(),
                vec![primary(*span, "not a type or an exception value")],
                Some("write `@cython.returns(cython.double)` or `@cython.exceptval(-1, check=False)`".into()),
            ),
            ArrayExtentExpected { span } => (
                "a C array type needs one extent in each pair of brackets".into(),
                vec![primary(*span, "not an array extent")],
                Some("write the extents as integers: `cdef int[2][3] m`".into()),
            ),
            PythonObjectAnnotation { span } => (
                "this annotation declares a Python object, which cytrus does not have".into(),
                vec![primary(*span, "not a C type")],
                Some("annotate with a C type: `cython.int`, `cython.long`, `cython.double`, `cython.double[:]` (`int` is a Python int in Cython)".into()),
            ),
            InvalidFString { span, message } => (
                message.to_string(),
                vec![primary(*span, "here")],
                Some("a field is `{expression}`, `{expression!r}` or `{expression:spec}`; write `{{` and `}}` for braces".into()),
            ),
        };
        let mut diagnostic = Diagnostic::error().with_code(self.code()).with_message(message).with_labels(labels);
        if let Some(help) = help {
            diagnostic = diagnostic.with_notes(vec![format!("help: {help}")]);
        }
        diagnostic
    }
}
