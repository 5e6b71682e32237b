//! Turns line breaks into NEWLINE / INDENT / DEDENT, as CPython's tokenizer does.
//!
//! Brackets join lines; `\` continuations were already skipped by the lexer;
//! blank and comment-only lines produce nothing. NEWLINE is zero-width at the
//! end of the line's last token, and DEDENTs sit there too, so that a block's
//! span never swallows the comments after it.
//!
//! ```text
//! if x:\n    y = 1\nz = 2   →   if x : NEWLINE INDENT y = 1 NEWLINE DEDENT z = 2 NEWLINE
//! ```

use crate::ast::Span;
use crate::error::SyntaxError;
use crate::token::{Spanned, Token};

/// The parser's input and what the layout pass found on the way.
pub struct Layout<'src> {
    pub tokens: Vec<Spanned<'src>>,
    /// `# cython:` comments before the first statement: (text after the colon, span).
    pub directives: Vec<(&'src str, Span)>,
    pub errors: Vec<SyntaxError>,
    /// From an unclosed bracket to where the pass gave up on it: parse errors
    /// in between are echoes of the bracket's own error.
    pub joined: Vec<(usize, usize)>,
}

/// An indentation width measured two ways, as CPython does: with tabs to the
/// next multiple of 8, and with a tab counting as one column. If the two
/// orders disagree, tabs and spaces were mixed inconsistently.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Indent {
    col: usize,
    alt: usize,
}

/// Words that only ever start a statement. One of them at the start of a line,
/// indented no deeper than the line that opened a still-open bracket, means
/// the bracket was never closed: the layout pass closes it there, so that one
/// missing `)` does not swallow the rest of the file.
fn starts_statement(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::Def
            | Token::Cdef
            | Token::Cpdef
            | Token::Ctypedef
            | Token::Class
            | Token::While
            | Token::Try
            | Token::Except
            | Token::Finally
            | Token::With
            | Token::Return
            | Token::Pass
            | Token::Break
            | Token::Continue
            | Token::Raise
            | Token::Import
            | Token::Cimport
            | Token::Assert
            | Token::Global
            | Token::Elif
    )
}

/// Runs the layout pass over the raw tokens of `source`. `unterminated`
/// holds the start of every single-quoted string that runs to the end of its
/// line: brackets opened on such a line close with it (the string's own
/// error explains them).
pub fn layout<'src>(source: &'src str, raw: Vec<Spanned<'src>>, unterminated: &[usize]) -> Layout<'src> {
    let mut out = Layout {
        tokens: Vec::with_capacity(raw.len() + raw.len() / 4),
        directives: Vec::new(),
        errors: Vec::new(),
        joined: Vec::new(),
    };
    let mut indents = vec![Indent { col: 0, alt: 0 }];
    let mut open: Vec<(char, Span)> = Vec::new();
    let mut line_has_tokens = false;
    let mut seen_code = false;
    let mut last_end = 0;
    // Where the current physical line starts, and whether it holds an unterminated string.
    let mut line_start = 0;
    let mut line_poisoned = false;

    for (start, token, end) in raw {
        match token {
            Token::LineBreak => {
                if line_poisoned {
                    while open.last().is_some_and(|&(_, span)| span.start >= line_start) {
                        open.pop();
                    }
                    line_poisoned = false;
                }
                line_start = end;
                if open.is_empty() && line_has_tokens {
                    out.tokens.push((last_end, Token::Newline, last_end));
                    line_has_tokens = false;
                }
                continue;
            }
            Token::Directive(text) => {
                if !seen_code {
                    out.directives.push((text, Span::new(start, end)));
                }
                continue;
            }
            _ => {}
        }
        seen_code = true;
        if unterminated.contains(&start) {
            line_poisoned = true;
        }

        // A statement keyword starting a line at or left of the line that
        // opened the innermost bracket: that bracket was never closed.
        if !open.is_empty()
            && starts_statement(&token)
            && line_start_of(source, start) == start - measure_prefix_len(source, start)
        {
            let (_, innermost) = open[open.len() - 1];
            let opener_indent = measure_indent(source, first_token_of_line(source, innermost.start));
            if measure_indent(source, start).col <= opener_indent.col {
                for &(opener, span) in open.iter().rev() {
                    out.errors.push(SyntaxError::UnclosedBracket { span, opener });
                    out.joined.push((span.start, start));
                }
                open.clear();
                if line_has_tokens {
                    out.tokens.push((last_end, Token::Newline, last_end));
                    line_has_tokens = false;
                }
            }
        }

        if !line_has_tokens && open.is_empty() {
            let indent = measure_indent(source, start);
            let top = *indents.last().expect("the indent stack keeps its 0 level");
            if indent.col > top.col {
                if indent.alt <= top.alt {
                    out.errors.push(SyntaxError::InconsistentTabs { span: indent_span(source, start) });
                }
                indents.push(indent);
                out.tokens.push((start, Token::Indent, start));
            } else if indent.col < top.col {
                while indents.last().is_some_and(|level| level.col > indent.col) {
                    indents.pop();
                    out.tokens.push((last_end, Token::Dedent, last_end));
                }
                let level = *indents.last().expect("the indent stack keeps its 0 level");
                if level.col != indent.col {
                    out.errors.push(SyntaxError::UnindentMismatch { span: indent_span(source, start) });
                    // Carry on as if the line sat at the level it fell into.
                } else if level.alt != indent.alt {
                    out.errors.push(SyntaxError::InconsistentTabs { span: indent_span(source, start) });
                }
            } else if indent.alt != top.alt {
                out.errors.push(SyntaxError::InconsistentTabs { span: indent_span(source, start) });
            }
        }
        line_has_tokens = true;

        match token {
            Token::LParen => open.push(('(', Span::new(start, end))),
            Token::LBracket => open.push(('[', Span::new(start, end))),
            Token::LBrace => open.push(('{', Span::new(start, end))),
            Token::RParen | Token::RBracket | Token::RBrace => {
                let close = match token {
                    Token::RParen => ')',
                    Token::RBracket => ']',
                    _ => '}',
                };
                match open.last() {
                    None => out.errors.push(SyntaxError::UnmatchedClose { span: Span::new(start, end), close }),
                    Some(&(opener, open_span)) => {
                        if matching(opener) != close {
                            out.errors.push(SyntaxError::MismatchedClose {
                                span: Span::new(start, end),
                                close,
                                open: open_span,
                                opener,
                            });
                        }
                        open.pop();
                    }
                }
            }
            _ => {}
        }
        out.tokens.push((start, token, end));
        last_end = end;
    }

    for &(opener, span) in open.iter().rev() {
        out.errors.push(SyntaxError::UnclosedBracket { span, opener });
        out.joined.push((span.start, usize::MAX));
    }
    if line_has_tokens {
        out.tokens.push((last_end, Token::Newline, last_end));
    }
    for _ in 1..indents.len() {
        out.tokens.push((last_end, Token::Dedent, last_end));
    }
    out
}

fn matching(opener: char) -> char {
    match opener {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// The whitespace before the token at `start`, which begins its line.
fn line_prefix(source: &str, start: usize) -> (usize, &str) {
    let line_start = source[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    (line_start, &source[line_start..start])
}

fn line_start_of(source: &str, at: usize) -> usize {
    source[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// How many bytes of whitespace stand before `at` on its line (all of the
/// line before it, when `at` is its first token).
fn measure_prefix_len(source: &str, at: usize) -> usize {
    let line_start = line_start_of(source, at);
    let prefix = &source[line_start..at];
    prefix.len() - prefix.trim_start_matches([' ', '\t', '\x0C']).len()
}

/// The position of the first non-blank character of the line holding `at`.
fn first_token_of_line(source: &str, at: usize) -> usize {
    let line_start = line_start_of(source, at);
    let rest = &source[line_start..];
    line_start + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0C']).len())
}

fn measure_indent(source: &str, start: usize) -> Indent {
    let (_, prefix) = line_prefix(source, start);
    let mut indent = Indent { col: 0, alt: 0 };
    for c in prefix.chars() {
        match c {
            '\t' => {
                indent.col = (indent.col / 8 + 1) * 8;
                indent.alt += 1;
            }
            // A form feed resets the column, as in CPython.
            '\x0C' => indent = Indent { col: 0, alt: 0 },
            _ => {
                indent.col += 1;
                indent.alt += 1;
            }
        }
    }
    indent
}

fn indent_span(source: &str, start: usize) -> Span {
    let (line_start, _) = line_prefix(source, start);
    if line_start == start {
        Span::new(start, start)
    } else {
        Span::new(line_start, start)
    }
}
