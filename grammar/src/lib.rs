//! The cytrus front end: tokens, layout, grammar and AST of the typed subset
//! of Cython. It knows nothing of types beyond their spelling.
//!
//! ```
//! let module = cytrus_grammar::parse_module("cdef int x = 1\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//! ```

pub mod ast;
pub mod error;
pub mod fstring;
pub mod layout;
pub mod nesting;
pub mod parse;
pub mod token;

pub use error::SyntaxError;
pub use parse::{parse_module, parse_module_recovering};
pub mod print;
