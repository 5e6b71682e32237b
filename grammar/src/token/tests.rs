//! Token snapshots: one token per line, its kind and its text.

use crate::layout::layout;
use crate::token::tokenize;

/// Lexes and lays out `source`, one token per line: `kind  text`.
fn tokens(source: &str) -> String {
    let (raw, errors) = tokenize(source);
    let laid = layout(source, raw, &[]);
    let mut out = String::new();
    for (start, token, end) in &laid.tokens {
        out.push_str(&format!("{:<28} {:?}\n", format!("{token:?}"), &source[*start..*end]));
    }
    for (e, span) in errors {
        out.push_str(&format!("lex error {e:?} at {span:?}\n"));
    }
    out
}

macro_rules! assert_tokens {
    ($src:expr) => {
        insta::assert_snapshot!(format!("----- SOURCE\n{}\n----- TOKENS\n{}", $src, tokens($src)))
    };
}

#[test]
fn integer_literals_in_every_base() {
    assert_tokens!("0x7F 0o777 0b1011_0110 1_000_000 0XFF_FF 0O17 0B1 0 00 340282366920938463463374607431768211455");
}

#[test]
fn float_literals() {
    assert_tokens!("1.5 .25 5. 1e3 2.5E-3 1_000.000_1 1e16 1e-5 0.0");
}

#[test]
fn strings_with_prefixes_and_escapes() {
    assert_tokens!(
        r#"'a' "b" """c
d""" '''e''' "tab[\t] quote[\"] nl[\n] hex[\x41] oct[\101] u[\u00e9]" r"raw\n" b"bytes" f"fmt" 'it\'s'"#
    );
}

#[test]
fn operators_and_punctuation() {
    assert_tokens!("a += b -= c *= d /= e //= f %= g **= h &= i |= j ^= k <<= l >>= m\n(x[1:2, ::1], {}) ... -> ? @ . ; ~ & | ^ << >> < > <= >= == != ** // := ");
}

#[test]
fn keywords_and_type_words() {
    assert_tokens!("cdef cpdef ctypedef cimport nogil noexcept inline const sizeof\nunsigned long long int double float bint signed char short void\nnames Py_ssize_t _x x1 ünïcode");
}

#[test]
fn layout_indents_dedents_and_joins_brackets() {
    assert_tokens!(
        "def f(a,\n      b):\n    if a:\n        return b\n\n    # comment\n    return \\\n        a\nx = 1\n"
    );
}

#[test]
fn directive_comment_is_not_a_token() {
    assert_tokens!("# cython: boundscheck=False\n# plain comment\nx = 1  # trailing\n");
}

#[test]
fn bad_literals_still_give_tokens() {
    assert_tokens!("0b102 12abc 012 3j 0x \"open\n");
}
