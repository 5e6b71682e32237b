//! Turns `.pyx` bytes into tokens with byte spans (logos).
//!
//! Newlines are tokens here; the layout pass (`layout.rs`) turns them into
//! NEWLINE / INDENT / DEDENT. Comments are skipped, except the
//! `# cython: …` directive comment, which is kept as a token.
//!
//! `x = 0x1F  # hex`  →  `Name("x") Assign Int(31) Newline`

use logos::{Lexer, Logos};

use crate::ast::Span;

/// A token as the parser sees it. `Newline`, `Indent` and `Dedent` are made
/// by the layout pass: the raw lexer only ever produces `LineBreak`.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error(LexError, LexError::from_lexer))]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
#[logos(skip r"\\\r?\n")]
pub enum Token<'src> {
    // ---- layout (not produced by logos itself) ----
    /// The end of a logical line (made by the layout pass).
    Newline,
    /// The start of a more indented block (made by the layout pass).
    Indent,
    /// The end of an indented block (made by the layout pass).
    Dedent,
    /// A physical line break; the layout pass consumes it.
    #[regex(r"\r?\n|\r")]
    LineBreak,
    /// `# cython: boundscheck=False, …` — the text after the colon.
    #[regex(r"#[ \t]*cython[ \t]*:[^\n]*", directive_text, priority = 10, allow_greedy = true)]
    Directive(&'src str),

    // ---- literals and names ----
    /// An identifier that is not a keyword.
    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*")]
    Name(&'src str),
    /// An integer literal, any base, underscores removed (Python ints are
    /// exact; cytrus keeps up to 128 bits).
    Int(u128),
    /// A float literal.
    Float(f64),
    /// An integer literal with a C suffix (`0xffULL`, `5U`): a C literal
    /// of the suffix's type, as Cython types it.
    CInt(CIntLit),
    /// A number literal, lexed by hand in [`number`].
    #[regex(r"[0-9]|\.[0-9]", number)]
    Number(Number),
    /// A string literal with its escapes decoded.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?("|'|"""|''')"#, string)]
    Str(StrLit),

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    // Cython's own words.
    #[token("cdef")]
    Cdef,
    #[token("cpdef")]
    Cpdef,
    #[token("ctypedef")]
    Ctypedef,
    #[token("cimport")]
    Cimport,
    #[token("nogil")]
    Nogil,
    #[token("noexcept")]
    Noexcept,
    #[token("inline")]
    Inline,
    #[token("const")]
    Const,
    #[token("sizeof")]
    Sizeof,
    #[token("struct")]
    Struct,
    #[token("union")]
    Union,
    #[token("enum")]
    Enum,
    #[token("extern")]
    Extern,
    /// A word of a C base type: `unsigned`, `long`, `double`, …
    #[token("void", |_| CTypeWord::Void)]
    #[token("char", |_| CTypeWord::Char)]
    #[token("short", |_| CTypeWord::Short)]
    #[token("int", |_| CTypeWord::Int)]
    #[token("long", |_| CTypeWord::Long)]
    #[token("float", |_| CTypeWord::Float)]
    #[token("double", |_| CTypeWord::Double)]
    #[token("bint", |_| CTypeWord::Bint)]
    #[token("signed", |_| CTypeWord::Signed)]
    #[token("unsigned", |_| CTypeWord::Unsigned)]
    TypeWord(CTypeWord),

    // ---- operators and punctuation ----
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token("?")]
    Question,
    #[token("@")]
    At,
    #[token("=")]
    Assign,
    #[token(":=")]
    Walrus,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("+=", |_| AugOp::Add)]
    #[token("-=", |_| AugOp::Sub)]
    #[token("*=", |_| AugOp::Mul)]
    #[token("/=", |_| AugOp::Div)]
    #[token("//=", |_| AugOp::FloorDiv)]
    #[token("%=", |_| AugOp::Mod)]
    #[token("**=", |_| AugOp::Pow)]
    #[token("&=", |_| AugOp::BitAnd)]
    #[token("|=", |_| AugOp::BitOr)]
    #[token("^=", |_| AugOp::BitXor)]
    #[token("<<=", |_| AugOp::Shl)]
    #[token(">>=", |_| AugOp::Shr)]
    #[token("@=", |_| AugOp::MatMul)]
    AugAssign(AugOp),
}

/// One word of a C base type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CTypeWord {
    Void,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Bint,
    Signed,
    Unsigned,
}

impl CTypeWord {
    /// The word as written.
    pub fn text(self) -> &'static str {
        match self {
            CTypeWord::Void => "void",
            CTypeWord::Char => "char",
            CTypeWord::Short => "short",
            CTypeWord::Int => "int",
            CTypeWord::Long => "long",
            CTypeWord::Float => "float",
            CTypeWord::Double => "double",
            CTypeWord::Bint => "bint",
            CTypeWord::Signed => "signed",
            CTypeWord::Unsigned => "unsigned",
        }
    }
}

/// The operator of an augmented assignment such as `+=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AugOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    MatMul,
}

/// A number literal as the hand-written scanner found it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(u128),
    Float(f64),
    CInt(CIntLit),
}

/// An integer literal with a C suffix: `U`, `UL`, `ULL`, `LL` in either
/// case and order (`L` alone changes nothing: the literal is typed as an
/// unsuffixed one, as Cython does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CIntLit {
    pub value: u128,
    /// `unsigned` (`U` alone), `unsigned long`, `unsigned long long` or `long long`.
    pub c_type: &'static str,
}

/// The C type a suffix gives (`None`: not a suffix), case-insensitive, in
/// either order of `U` and `L`s as Cython's lexer allows.
fn c_int_suffix(suffix: &str) -> Option<Option<&'static str>> {
    let lower = suffix.to_ascii_lowercase();
    let (unsigned, longs) = match lower.as_str() {
        "u" => (true, 0),
        "l" => (false, 1),
        "ul" | "lu" => (true, 1),
        "ll" => (false, 2),
        "ull" | "llu" => (true, 2),
        _ => return None,
    };
    Some(match (unsigned, longs) {
        (true, 2) => Some("unsigned long long"),
        (true, 1) => Some("unsigned long"),
        // C's `5U`: `unsigned int` when the value fits, else `unsigned long`.
        (true, _) => Some("unsigned"),
        (false, 2) => Some("long long"),
        _ => None,
    })
}

/// Splits a trailing C integer suffix off a literal's text.
fn split_c_suffix(text: &str) -> (&str, Option<Option<&'static str>>) {
    let digits_end = text.trim_end_matches(['u', 'U', 'l', 'L']).len();
    if digits_end == text.len() {
        return (text, None);
    }
    match c_int_suffix(&text[digits_end..]) {
        Some(ty) => (&text[..digits_end], Some(ty)),
        None => (text, None),
    }
}

/// A lexed integer with its optional suffix applied.
fn with_suffix(number: Result<Number, LexError>, suffix: Option<Option<&'static str>>) -> Result<Number, LexError> {
    match (number, suffix) {
        (Ok(Number::Int(value)), Some(Some(c_type))) => Ok(Number::CInt(CIntLit { value, c_type })),
        (other, _) => other,
    }
}

/// A string literal: its decoded value and its prefix.
#[derive(Debug, Clone, PartialEq)]
pub struct StrLit {
    /// The characters after escape processing (raw strings keep backslashes).
    pub value: String,
    /// `b"…"`: a bytes literal.
    pub bytes: bool,
    /// `f"…"`: an f-string.
    pub format: bool,
    /// An f-string's text as written: its replacement fields are parsed from it.
    pub raw: Option<FStringBody>,
}

/// The text between an f-string's quotes, escapes not decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringBody {
    /// The byte offset of its first character in the source.
    pub start: usize,
    pub text: String,
    /// `rf"…"`: backslashes are text.
    pub raw_prefix: bool,
}

/// What went wrong while lexing one token. The span is the lexer's.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// A character that starts no token.
    #[default]
    UnexpectedChar,
    /// A character that starts no token (with the character).
    UnknownChar(char),
    /// `\` not followed by a line break.
    StrayBackslash,
    /// A string literal without its closing quote.
    UnterminatedString { triple: bool, value: StrLit },
    /// A bad escape such as `\x4` in a string literal (offset from the token's start).
    BadEscape { offset: usize, len: usize, value: StrLit },
    /// `0b102`: a digit outside the base.
    InvalidDigit { digit: char, base: &'static str, offset: usize },
    /// `12abc`, `1e`, `1__0`, `0x`: not a number.
    InvalidNumber,
    /// `012`.
    LeadingZeros,
    /// `3j`.
    ComplexLiteral,
    /// More than 128 bits.
    IntTooLarge,
}

impl LexError {
    fn from_lexer<'s>(lex: &mut Lexer<'s, Token<'s>>) -> Self {
        match lex.slice().chars().next() {
            Some('\\') => LexError::StrayBackslash,
            Some(c) => LexError::UnknownChar(c),
            None => LexError::UnexpectedChar,
        }
    }
}

fn directive_text<'src>(lex: &mut Lexer<'src, Token<'src>>) -> &'src str {
    let text = lex.slice();
    let colon = text.find(':').map_or(text.len(), |i| i + 1);
    &text[colon..]
}

/// Scans a number by hand: Python's grammar, then a check that no letter or
/// digit is glued to its end (`12abc` is one bad literal, not two tokens).
fn number<'src>(lex: &mut Lexer<'src, Token<'src>>) -> Result<Number, LexError> {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut end = start;
    let at = |i: usize| src.get(i).copied().unwrap_or(0);
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;

    let result = if at(start) == b'0' && matches!(at(start + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, base) = match at(start + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        end = start + 2;
        while is_word(at(end)) {
            end += 1;
        }
        let (digits, suffix) = split_c_suffix(&lex.source()[start + 2..end]);
        with_suffix(parse_radix(digits, radix, base, start + 2, start), suffix)
    } else {
        // Decimal integer part (may be empty: `.5`).
        while at(end).is_ascii_digit() || at(end) == b'_' {
            end += 1;
        }
        let mut is_float = false;
        if at(end) == b'.' && at(end + 1) != b'.' {
            is_float = true;
            end += 1;
            while at(end).is_ascii_digit() || at(end) == b'_' {
                end += 1;
            }
        }
        let mut bad = false;
        if matches!(at(end), b'e' | b'E') {
            let mut e = end + 1;
            if matches!(at(e), b'+' | b'-') {
                e += 1;
            }
            if at(e).is_ascii_digit() {
                is_float = true;
                end = e;
                while at(end).is_ascii_digit() || at(end) == b'_' {
                    end += 1;
                }
            } else {
                bad = true;
            }
        }
        if matches!(at(end), b'j' | b'J') && !is_word(at(end + 1)) {
            end += 1;
            Err(LexError::ComplexLiteral)
        } else if bad || is_word(at(end)) {
            let digits_end = end;
            while is_word(at(end)) {
                end += 1;
            }
            let text = &lex.source()[start..end];
            match split_c_suffix(text) {
                (digits, Some(suffix)) if !bad && !is_float && digits.len() == digits_end - start => {
                    let digits = digits.replace('_', "");
                    if !underscores_ok(&lex.source()[start..digits_end]) {
                        Err(LexError::InvalidNumber)
                    } else if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
                        Err(LexError::LeadingZeros)
                    } else {
                        with_suffix(
                            digits.parse::<u128>().map(Number::Int).map_err(|_| LexError::IntTooLarge),
                            Some(suffix),
                        )
                    }
                }
                _ => Err(LexError::InvalidNumber),
            }
        } else {
            let text = &lex.source()[start..end];
            if !underscores_ok(text) {
                Err(LexError::InvalidNumber)
            } else if is_float {
                text.replace('_', "").parse::<f64>().map(Number::Float).map_err(|_| LexError::InvalidNumber)
            } else {
                let digits = text.replace('_', "");
                if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
                    Err(LexError::LeadingZeros)
                } else {
                    digits.parse::<u128>().map(Number::Int).map_err(|_| LexError::IntTooLarge)
                }
            }
        }
    };
    lex.bump(end - lex.span().end);
    result
}

/// Python allows `_` only between digits (`1_000`, `1_0.5`), never doubled,
/// leading, trailing, or next to `.` or the exponent.
fn underscores_ok(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().all(|(i, &b)| {
        b != b'_'
            || (i > 0
                && bytes[i - 1].is_ascii_hexdigit()
                && bytes.get(i + 1).is_some_and(|c| c.is_ascii_hexdigit())
                && !matches!(bytes[i - 1], b'e' | b'E')
                && !matches!(bytes[i + 1], b'e' | b'E'))
    })
}

fn parse_radix(digits: &str, radix: u32, base: &'static str, offset: usize, start: usize) -> Result<Number, LexError> {
    let mut value: u128 = 0;
    let mut any = false;
    let bytes = digits.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            // After the prefix (`0x_ff`) or between digits; never doubled or last.
            let prev_ok = i == 0 || bytes[i - 1] != b'_';
            if !prev_ok || i + 1 == bytes.len() {
                return Err(LexError::InvalidNumber);
            }
            continue;
        }
        let Some(d) = (b as char).to_digit(radix) else {
            return if (b as char).is_ascii_digit() {
                Err(LexError::InvalidDigit { digit: b as char, base, offset: offset + i - start })
            } else {
                Err(LexError::InvalidNumber)
            };
        };
        any = true;
        value = value.checked_mul(radix as u128).and_then(|v| v.checked_add(d as u128)).ok_or(LexError::IntTooLarge)?;
    }
    if any {
        Ok(Number::Int(value))
    } else {
        Err(LexError::InvalidNumber)
    }
}

/// Scans a string literal by hand after its prefix and opening quote.
fn string<'src>(lex: &mut Lexer<'src, Token<'src>>) -> Result<StrLit, LexError> {
    let opening = lex.slice();
    let quote_len = if opening.ends_with("\"\"\"") || opening.ends_with("'''") { 3 } else { 1 };
    let prefix = &opening[..opening.len() - quote_len];
    let quote = &opening[opening.len() - quote_len..];
    let raw = prefix.contains(['r', 'R']);
    // Bad escapes are reported relative to the token's start.
    let opening_len = opening.len();
    let format = prefix.contains(['f', 'F']);
    let body_start = lex.span().end;
    let mut lit = StrLit { value: String::new(), bytes: prefix.contains(['b', 'B']), format, raw: None };

    let rest = lex.remainder();
    let mut chars = rest.char_indices().peekable();
    let mut bad_escape: Option<(usize, usize)> = None;
    while let Some((i, c)) = chars.next() {
        if rest[i..].starts_with(quote) {
            if format {
                lit.raw = Some(FStringBody { start: body_start, text: rest[..i].to_string(), raw_prefix: raw });
            }
            lex.bump(i + quote_len);
            return match bad_escape {
                Some((offset, len)) => Err(LexError::BadEscape { offset, len, value: lit }),
                None => Ok(lit),
            };
        }
        match c {
            '\n' if quote_len == 1 => {
                lex.bump(i);
                return Err(LexError::UnterminatedString { triple: false, value: lit });
            }
            '\\' => {
                let Some(&(j, next)) = chars.peek() else { break };
                chars.next();
                if raw {
                    lit.value.push('\\');
                    lit.value.push(next);
                    continue;
                }
                match next {
                    '\n' => {}
                    '\r' => {
                        if chars.peek().is_some_and(|&(_, c)| c == '\n') {
                            chars.next();
                        }
                    }
                    'n' => lit.value.push('\n'),
                    't' => lit.value.push('\t'),
                    'r' => lit.value.push('\r'),
                    '0'..='7' => {
                        let mut code = next.to_digit(8).unwrap_or(0);
                        for _ in 0..2 {
                            match chars.peek() {
                                Some(&(_, d @ '0'..='7')) => {
                                    code = code * 8 + d.to_digit(8).unwrap_or(0);
                                    chars.next();
                                }
                                _ => break,
                            }
                        }
                        lit.value.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                    }
                    'a' => lit.value.push('\x07'),
                    'b' => lit.value.push('\x08'),
                    'f' => lit.value.push('\x0C'),
                    'v' => lit.value.push('\x0B'),
                    '\\' | '\'' | '"' => lit.value.push(next),
                    'x' | 'u' | 'U' => {
                        let want = match next {
                            'x' => 2,
                            'u' => 4,
                            _ => 8,
                        };
                        let hex: String =
                            rest[j + 1..].chars().take(want).take_while(|c| c.is_ascii_hexdigit()).collect();
                        let code = if hex.len() == want {
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        } else {
                            None
                        };
                        match code {
                            Some(ch) => {
                                lit.value.push(ch);
                                for _ in 0..want {
                                    chars.next();
                                }
                            }
                            None => {
                                bad_escape.get_or_insert((opening_len + i, 2 + hex.len()));
                                for _ in 0..hex.len() {
                                    chars.next();
                                }
                            }
                        }
                    }
                    'N' => {
                        bad_escape.get_or_insert((opening_len + i, 2));
                    }
                    other => {
                        // Python keeps unknown escapes as written.
                        lit.value.push('\\');
                        lit.value.push(other);
                    }
                }
            }
            _ => lit.value.push(c),
        }
    }
    // End of input inside the literal.
    let len = if quote_len == 3 { rest.len() } else { rest.find('\n').unwrap_or(rest.len()) };
    lex.bump(len);
    Err(LexError::UnterminatedString { triple: quote_len == 3, value: lit })
}

/// Decodes the escapes of a piece of string literal as the lexer does
/// (the lexer has reported any bad escape already): the text between an
/// f-string's replacement fields.
pub fn unescape(text: &str, raw: bool) -> String {
    if raw || !text.contains('\\') {
        return text.to_string();
    }
    // Lex it as a triple-quoted literal of its own; quotes inside are escaped
    // so that none ends the literal early.
    let mut quoted = String::from("\"\"\"");
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                quoted.push('\\');
                if let Some(next) = chars.next() {
                    quoted.push(next);
                }
            }
            '"' => quoted.push_str("\\\""),
            c => quoted.push(c),
        }
    }
    quoted.push_str("\"\"\"");
    match Token::lexer(&quoted).next() {
        Some(Ok(Token::Str(lit))) => lit.value,
        Some(Err(LexError::BadEscape { value, .. })) => value.value,
        _ => text.to_string(),
    }
}

/// A token with its span, as the lexer hands it on.
pub type Spanned<'src> = (usize, Token<'src>, usize);

/// Lexes the whole source. Errors are returned beside the tokens; a bad
/// literal still yields a token of its kind so that parsing can go on.
pub fn tokenize(source: &str) -> (Vec<Spanned<'_>>, Vec<(LexError, Span)>) {
    let mut tokens = Vec::new();
    let mut errors = Vec::new();
    let mut lexer = Token::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let token = match result {
            Ok(Token::Number(Number::Int(v))) => Token::Int(v),
            Ok(Token::Number(Number::Float(v))) => Token::Float(v),
            Ok(Token::Number(Number::CInt(v))) => Token::CInt(v),
            Ok(token) => token,
            Err(error) => {
                let replacement = match &error {
                    LexError::UnterminatedString { value, .. } | LexError::BadEscape { value, .. } => {
                        Some(Token::Str(value.clone()))
                    }
                    LexError::InvalidDigit { .. }
                    | LexError::InvalidNumber
                    | LexError::LeadingZeros
                    | LexError::IntTooLarge => Some(Token::Int(0)),
                    LexError::ComplexLiteral => Some(Token::Float(0.0)),
                    LexError::StrayBackslash | LexError::UnknownChar(_) | LexError::UnexpectedChar => None,
                };
                errors.push((error, Span::new(span.start, span.end)));
                match replacement {
                    Some(token) => token,
                    None => continue,
                }
            }
        };
        tokens.push((span.start, token, span.end));
    }
    (tokens, errors)
}

impl Token<'_> {
    /// How the token reads in a diagnostic: `` `:` ``, `a name`, `a newline`.
    pub fn describe(&self) -> String {
        match self {
            Token::Newline | Token::LineBreak => "the end of the line".into(),
            Token::Indent => "an indent".into(),
            Token::Dedent => "the end of the block".into(),
            Token::Directive(_) => "a directive comment".into(),
            Token::Name(n) => format!("name `{n}`"),
            Token::Int(_) | Token::Float(_) | Token::CInt(_) | Token::Number(_) => "a number".into(),
            Token::Str(_) => "a string".into(),
            Token::TypeWord(w) => format!("type `{}`", w.text()),
            Token::AugAssign(op) => format!("`{}`", aug_text(*op)),
            other => match other.keyword_or_punct() {
                Some(text) => format!("`{text}`"),
                None => format!("{other:?}"),
            },
        }
    }

    /// The spelling of a keyword or punctuation token.
    pub fn keyword_or_punct(&self) -> Option<&'static str> {
        Some(match self {
            Token::False => "False",
            Token::None => "None",
            Token::True => "True",
            Token::And => "and",
            Token::As => "as",
            Token::Assert => "assert",
            Token::Break => "break",
            Token::Class => "class",
            Token::Continue => "continue",
            Token::Def => "def",
            Token::Del => "del",
            Token::Elif => "elif",
            Token::Else => "else",
            Token::Except => "except",
            Token::Finally => "finally",
            Token::For => "for",
            Token::From => "from",
            Token::Global => "global",
            Token::If => "if",
            Token::Import => "import",
            Token::In => "in",
            Token::Is => "is",
            Token::Lambda => "lambda",
            Token::Nonlocal => "nonlocal",
            Token::Not => "not",
            Token::Or => "or",
            Token::Pass => "pass",
            Token::Raise => "raise",
            Token::Return => "return",
            Token::Try => "try",
            Token::While => "while",
            Token::With => "with",
            Token::Yield => "yield",
            Token::Async => "async",
            Token::Await => "await",
            Token::Cdef => "cdef",
            Token::Cpdef => "cpdef",
            Token::Ctypedef => "ctypedef",
            Token::Cimport => "cimport",
            Token::Nogil => "nogil",
            Token::Noexcept => "noexcept",
            Token::Inline => "inline",
            Token::Const => "const",
            Token::Sizeof => "sizeof",
            Token::Struct => "struct",
            Token::Union => "union",
            Token::Enum => "enum",
            Token::Extern => "extern",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::Colon => ":",
            Token::Semi => ";",
            Token::Dot => ".",
            Token::Ellipsis => "...",
            Token::Arrow => "->",
            Token::Question => "?",
            Token::At => "@",
            Token::Assign => "=",
            Token::Walrus => ":=",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::DoubleStar => "**",
            Token::Slash => "/",
            Token::DoubleSlash => "//",
            Token::Percent => "%",
            Token::Shl => "<<",
            Token::Shr => ">>",
            Token::Amp => "&",
            Token::Pipe => "|",
            Token::Caret => "^",
            Token::Tilde => "~",
            Token::Lt => "<",
            Token::Gt => ">",
            Token::Le => "<=",
            Token::Ge => ">=",
            Token::EqEq => "==",
            Token::NotEq => "!=",
            _ => return None,
        })
    }
}

/// The spelling of an augmented assignment operator.
pub fn aug_text(op: AugOp) -> &'static str {
    match op {
        AugOp::Add => "+=",
        AugOp::Sub => "-=",
        AugOp::Mul => "*=",
        AugOp::Div => "/=",
        AugOp::FloorDiv => "//=",
        AugOp::Mod => "%=",
        AugOp::Pow => "**=",
        AugOp::BitAnd => "&=",
        AugOp::BitOr => "|=",
        AugOp::BitXor => "^=",
        AugOp::Shl => "<<=",
        AugOp::Shr => ">>=",
        AugOp::MatMul => "@=",
    }
}

#[cfg(test)]
mod tests;
