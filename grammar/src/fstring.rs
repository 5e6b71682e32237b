//! f-strings: splits the text of `f"…"` into literal text and replacement
//! fields, as CPython 3.11's `fstring_find_literal` / `fstring_find_expr` do,
//! and parses each field's expression with the module grammar.
//!
//! `f"x={x:.3f}!"` → `[Text("x="), Field { value: x, spec: [Text(".3f")] }, Text("!")]`.
//! Spans of the field expressions are the source's: the expression is
//! parsed where it stands.

use crate::ast::{Expr, FStringField, FStringPart, Span, StmtKind};
use crate::error::SyntaxError;
use crate::token::{unescape, FStringBody};

/// The parts of one f-string literal; errors go to `errors`.
pub fn parts(body: &FStringBody, errors: &mut Vec<SyntaxError>) -> Vec<FStringPart> {
    let mut reader = Reader { body, pos: 0, errors };
    reader.parts(false)
}

struct Reader<'b, 'e> {
    body: &'b FStringBody,
    /// Byte offset in `body.text`.
    pos: usize,
    errors: &'e mut Vec<SyntaxError>,
}

impl Reader<'_, '_> {
    fn text(&self) -> &str {
        &self.body.text
    }

    fn peek(&self) -> Option<char> {
        self.text()[self.pos..].chars().next()
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.body.start + start, self.body.start + end)
    }

    fn error(&mut self, start: usize, end: usize, message: &'static str) {
        let span = self.span(start, end.max(start + 1).min(self.text().len().max(start + 1)));
        self.errors.push(SyntaxError::InvalidFString { span, message });
    }

    /// Literal text and fields up to the end, or (in a format spec) up to
    /// the `}` that closes the field.
    fn parts(&mut self, in_spec: bool) -> Vec<FStringPart> {
        let mut parts = Vec::new();
        let mut literal_start = self.pos;
        let mut literal = String::new();
        let flush = |this: &Self, literal: &mut String, from: usize, to: usize| {
            literal.push_str(&unescape(&this.text()[from..to], this.body.raw_prefix));
        };
        while let Some(c) = self.peek() {
            match c {
                '{' if self.text()[self.pos + 1..].starts_with('{') && !in_spec => {
                    flush(self, &mut literal, literal_start, self.pos + 1);
                    self.pos += 2;
                    literal_start = self.pos;
                }
                '{' => {
                    flush(self, &mut literal, literal_start, self.pos);
                    if !literal.is_empty() {
                        parts.push(FStringPart::Text(std::mem::take(&mut literal)));
                    }
                    if let Some(field) = self.field() {
                        parts.push(FStringPart::Field(Box::new(field)));
                    }
                    literal_start = self.pos;
                }
                '}' if in_spec => break,
                '}' if self.text()[self.pos + 1..].starts_with('}') => {
                    flush(self, &mut literal, literal_start, self.pos + 1);
                    self.pos += 2;
                    literal_start = self.pos;
                }
                '}' => {
                    self.error(self.pos, self.pos + 1, "f-string: single '}' is not allowed");
                    flush(self, &mut literal, literal_start, self.pos);
                    self.pos += 1;
                    literal_start = self.pos;
                }
                '\\' if !self.body.raw_prefix => {
                    // An escape: skip its next character so that `\{` is not a field.
                    self.pos += 1;
                    if let Some(next) = self.peek() {
                        self.pos += next.len_utf8();
                    }
                }
                c => self.pos += c.len_utf8(),
            }
        }
        flush(self, &mut literal, literal_start, self.pos);
        if !literal.is_empty() {
            parts.push(FStringPart::Text(literal));
        }
        parts
    }

    /// `{expr[=][!c][:spec]}` with `pos` at the `{`; `None` after an error.
    fn field(&mut self) -> Option<FStringField> {
        let open = self.pos;
        self.pos += 1;
        let expr_start = self.pos;
        let mut depth: Vec<char> = Vec::new();
        let mut quote: Option<&str> = None;
        let mut debug_end = None;
        let body = self.body;
        let bytes = body.text.as_bytes();
        let expr_end = loop {
            let Some(c) = self.peek() else {
                self.error(open, self.pos, "f-string: expecting '}'");
                return None;
            };
            let rest = &body.text[self.pos..];
            if let Some(q) = quote {
                if rest.starts_with(q) {
                    self.pos += q.len();
                    quote = None;
                } else {
                    self.pos += c.len_utf8();
                }
                continue;
            }
            match c {
                '\\' => {
                    self.error(self.pos, self.pos + 1, "f-string expression part cannot include a backslash");
                    self.skip_field();
                    return None;
                }
                '#' => {
                    self.error(self.pos, self.pos + 1, "f-string expression part cannot include '#'");
                    self.skip_field();
                    return None;
                }
                '\'' | '"' => {
                    let triple = if c == '\'' { "'''" } else { "\"\"\"" };
                    let q = if rest.starts_with(triple) {
                        triple
                    } else if c == '\'' {
                        "'"
                    } else {
                        "\""
                    };
                    quote = Some(q);
                    self.pos += q.len();
                    continue;
                }
                '(' | '[' | '{' => depth.push(c),
                ')' | ']' | '}' if !depth.is_empty() => {
                    depth.pop();
                }
                '}' | ':' if depth.is_empty() => break self.pos,
                '!' if depth.is_empty() && bytes.get(self.pos + 1) != Some(&b'=') => break self.pos,
                '=' if depth.is_empty()
                    && bytes.get(self.pos + 1) != Some(&b'=')
                    && !matches!(bytes.get(self.pos.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    let end = self.pos;
                    self.pos += 1;
                    while self.peek().is_some_and(char::is_whitespace) {
                        self.pos += 1;
                    }
                    debug_end = Some(self.pos);
                    break end;
                }
                _ => {}
            }
            self.pos += c.len_utf8();
        };
        let expr_text = &self.text()[expr_start..expr_end];
        if expr_text.trim().is_empty() {
            self.error(open, self.pos + 1, "f-string: empty expression not allowed");
            self.skip_field();
            return None;
        }
        let Some(value) = self.expression(expr_start, expr_end) else {
            self.skip_field();
            return None;
        };
        let debug = debug_end.map(|end| self.text()[expr_start..end].to_string());
        let mut conversion = None;
        if self.peek() == Some('!') {
            self.pos += 1;
            match self.peek() {
                Some(c @ ('s' | 'r' | 'a')) => {
                    conversion = Some(c);
                    self.pos += 1;
                }
                _ => {
                    self.error(
                        self.pos - 1,
                        self.pos + 1,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    );
                    self.skip_field();
                    return None;
                }
            }
        }
        let mut spec = None;
        if self.peek() == Some(':') {
            self.pos += 1;
            spec = Some(self.parts(true));
        }
        if self.peek() != Some('}') {
            self.error(open, self.pos, "f-string: expecting '}'");
            self.skip_field();
            return None;
        }
        self.pos += 1;
        Some(FStringField { value, debug, conversion, spec, span: self.span(open, self.pos) })
    }

    /// After an error inside a field: on past its `}` (or to the end).
    fn skip_field(&mut self) {
        match self.text()[self.pos..].find('}') {
            Some(i) => self.pos += i + 1,
            None => self.pos = self.text().len(),
        }
    }

    /// Parses `text[start..end]` as an expression where it stands.
    fn expression(&mut self, start: usize, end: usize) -> Option<Expr> {
        let at = self.body.start + start;
        // The source up to the expression becomes blank lines and an opening
        // parenthesis, so that the parser's offsets are the file's.
        let mut source = "\n".repeat(at - 1);
        source.push('(');
        source.push_str(&self.text()[start..end]);
        source.push_str(")\n");
        match crate::parse::parse_module(&source) {
            Ok(mut module) => match module.body.pop().map(|s| s.kind) {
                Some(StmtKind::Expr(e)) if module.body.is_empty() => Some(e),
                _ => {
                    self.error(start, end, "f-string: invalid expression");
                    None
                }
            },
            Err(_) => {
                // The parser's own message would name the parenthesis added above.
                self.error(start, end, "f-string: invalid syntax");
                None
            }
        }
    }
}
