//! The backends: each prints the lowered IR in one language, deciding nothing.

pub mod c;
pub mod rust;

/// The Python type of returned memoryviews, one implementation in C for both
/// backends' extension modules: the C backend includes it in `NAME_python.c`,
/// the Rust backend links it into the module's crate (compiled with
/// `-DCYTRUS_PYVIEW_LINKED`, see `driver::rust::build_python`).
pub const PYTHON_VIEW_C: &str = include_str!("backend/python_view.c");

#[cfg(test)]
mod tests;
