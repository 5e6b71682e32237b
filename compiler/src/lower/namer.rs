//! One namer for every local and temporary of the output (naga's
//! `proc::Namer` is the model): a name legal in both C and Rust, that is
//! neither language's keyword nor an identifier C reserves, nor a name the
//! printers or the C library use in generated code, and unique in its
//! function. The printers spell these names as they are.
//!
//! `cdef int restrict, auto, fn, match` → locals `restrict_`, `auto_`, `fn_`, `match_`;
//! `cdef double sqrt` → `sqrt_` (a local named `sqrt` would hide the function in C).

use crate::HashSet;

/// Keywords of C (C11 and GNU), of Rust (strict, reserved and weak), and
/// names C reserves or generated code relies on.
const RESERVED: &[&str] = &[
    // C keywords.
    "auto",
    "break",
    "case",
    "char",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extern",
    "float",
    "for",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "register",
    "restrict",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "unsigned",
    "void",
    "volatile",
    "while",
    "asm",
    "typeof",
    "bool",
    "true",
    "false",
    "alignas",
    "alignof",
    "noreturn",
    "static_assert",
    "thread_local",
    "nullptr",
    "constexpr",
    // Rust keywords.
    "abstract",
    "as",
    "async",
    "await",
    "become",
    "box",
    "crate",
    "dyn",
    "final",
    "fn",
    "gen",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "ref",
    "self",
    "Self",
    "super",
    "trait",
    "try",
    "type",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "yield",
    "_",
    "raw",
    "safe",
    // Names in scope in Rust output.
    "Some",
    "None",
    "Ok",
    "Err",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "std",
    "core",
    "rt",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "f32",
    "f64",
    "str",
    // Names in scope in C output: macros and types of the included headers,
    // and the library functions generated code calls.
    "NULL",
    "INFINITY",
    "NAN",
    "HUGE_VAL",
    "EOF",
    "errno",
    "stdin",
    "stdout",
    "stderr",
    "assert",
    "main",
    "size_t",
    "ssize_t",
    "ptrdiff_t",
    "Py_ssize_t",
    "int8_t",
    "int16_t",
    "int32_t",
    "int64_t",
    "uint8_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "intptr_t",
    "uintptr_t",
    "clock_t",
    "clock",
    "CLOCKS_PER_SEC",
    "malloc",
    "calloc",
    "realloc",
    "free",
    "memcpy",
    "memmove",
    "memset",
    "printf",
    "snprintf",
    "abs",
    "labs",
    "message",
    "dims0",
    "dims1",
    "dims2",
    "dims3",
];

/// Gives the locals of one function their names in the output.
#[derive(Default)]
pub(super) struct Namer {
    taken: HashSet<String>,
}

impl Namer {
    /// A fresh namer whose names also avoid `symbols` (the module's functions and globals).
    pub(super) fn new(symbols: impl IntoIterator<Item = String>) -> Namer {
        Namer { taken: symbols.into_iter().collect() }
    }

    /// The output name for a local the source calls `name`.
    pub(super) fn name(&mut self, name: &str) -> String {
        // A reserved prefix cannot be mended by a suffix (`__x` → `v__x`), nor
        // can `_` (`__` is reserved too): those get a letter in front.
        let mut candidate =
            if reserved_prefix(name) || name.starts_with('_') { format!("v{name}") } else { name.to_string() };
        while self.taken.contains(&candidate) || is_reserved(&candidate) {
            candidate.push('_');
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// Whether a name may not stand as a local in C or Rust output.
fn is_reserved(name: &str) -> bool {
    RESERVED.contains(&name) || reserved_prefix(name) || crate::tir::math::signature(name).is_some()
}

/// C reserves `__x` and `_X`; the printers' own names start with `cytrus_` or `__`.
fn reserved_prefix(name: &str) -> bool {
    name.starts_with("__")
        || (name.starts_with('_') && name[1..].starts_with(|c: char| c.is_ascii_uppercase()))
        || name.starts_with("cytrus_")
        || name.starts_with("CYTRUS_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_reserved_names_get_a_suffix() {
        let mut n = Namer::new(["m_f".to_string()]);
        assert_eq!(n.name("restrict"), "restrict_");
        assert_eq!(n.name("fn"), "fn_");
        assert_eq!(n.name("sqrt"), "sqrt_");
        assert_eq!(n.name("cytrus_line"), "vcytrus_line");
        assert_eq!(n.name("__x"), "v__x");
        assert_eq!(n.name("m_f"), "m_f_");
        assert_eq!(n.name("_"), "v_");
        assert_eq!(n.name("_x"), "v_x");
        assert_eq!(n.name("x"), "x");
        assert_eq!(n.name("x"), "x_");
    }
}
