//! The backends: each prints the lowered IR in one language, deciding nothing.

pub mod c;
pub mod rust;

/// The Python type of returned memoryviews, one implementation in C for both
/// backends' extension modules: the C backend includes it in `NAME_python.c`,
/// the Rust backend links it into the module's crate (compiled with
/// `-DCYTRUS_PYVIEW_LINKED`, see `driver::rust::build_python`).
pub const PYTHON_VIEW_C: &str = include_str!("backend/python_view.c");

/// The table `cytrus_fused_add` (in `python_view.c`) reads: a fused
/// function's dispatch as lowering decided it, one line per item, fields
/// separated by tabs (the format is described there). Both backends pass
/// this same text.
pub fn fused_table(f: &crate::lir::PyFused) -> String {
    use crate::lir::{BufferRequest, PyFusedTest};
    use std::fmt::Write;
    let mut out = String::new();
    writeln!(out, "F\t{}\t{}\t{}\t{}\t{}", f.name, f.frame.file, f.frame.function, f.frame.line, f.min_positional).ok();
    for a in &f.args {
        let default = match &a.default {
            None => "-".to_string(),
            Some(None) => "!".to_string(),
            Some(Some(m)) => format!("={m}"),
        };
        writeln!(out, "A\t{}\t{default}\t{}", a.position, a.name).ok();
        for t in &a.tests {
            match t {
                PyFusedTest::Instance { int_class, member } => {
                    writeln!(out, "I\t{}\t{member}", u8::from(*int_class)).ok();
                }
                PyFusedTest::Dtype { kind, itemsize, ndim, member } => {
                    writeln!(out, "T\t{}\t{itemsize}\t{ndim}\t{member}", *kind as char).ok();
                }
                PyFusedTest::None { member } => {
                    writeln!(out, "0\t{member}").ok();
                }
                PyFusedTest::Acquire { itemsize, view, request, member } => {
                    // PyBUF_* values (stable ABI): the flags Cython's coercion asks
                    // for, without PyBUF_WRITABLE (its writable flag is off here).
                    let flags = match request {
                        BufferRequest::Strided => 0x1c,
                        BufferRequest::CContiguous => 0x3c,
                        BufferRequest::FContiguous => 0x5c,
                        BufferRequest::Full => 0x11c,
                    };
                    let axes: Vec<String> = view.axes.iter().map(i32::to_string).collect();
                    writeln!(
                        out,
                        "M\t{itemsize}\t{}\t{flags}\t{}\t1\t{}\t{}\t{member}",
                        view.axes.len(),
                        view.elem_group as char,
                        axes.join(","),
                        view.elem_name
                    )
                    .ok();
                }
            }
        }
    }
    for (key, method) in &f.specs {
        writeln!(out, "S\t{key}\t{method}").ok();
    }
    out
}

#[cfg(test)]
mod tests;
