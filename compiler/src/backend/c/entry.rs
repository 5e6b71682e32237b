//! Checked C entry points: for each `def`/`cpdef` function with view
//! parameters, `NAME_FUNC_checked` takes each view as a `const cytrus_buffer *`
//! (what the memory is: pointer, format, item size, shape, strides, read-only
//! flag, owner; NULL is `None`), takes it through the runtime's acquisition
//! routine with the parameter's type, and calls the function. A buffer that
//! does not fit raises Cython's exception through the error indicator.
//!
//! `cpdef double dot(const double[:] a)` →
//! `double kernels_dot_checked(const cytrus_buffer *a)`, documented in the header
//! with the `.pyx` header and docstring.

use std::fmt::Write;

use super::{c_string, ctype, declare};
use crate::lir::*;

/// Whether `f` gets a checked entry point.
pub(super) fn has_checked_entry(f: &Function) -> bool {
    f.linkage.is_defined() && f.interface.as_deref().is_some_and(|i| i.params.iter().any(|p| p.view.is_some()))
}

/// The checked entry point's prototype.
pub(super) fn checked_prototype(f: &Function) -> String {
    let interface = f.interface.as_deref().expect("exported");
    let params: Vec<String> = f
        .params
        .iter()
        .zip(&interface.params)
        .map(|(p, param)| {
            let local = &f.locals[p.0 as usize];
            match param.view {
                Some(_) => format!("const cytrus_buffer *{}", local.name),
                None => declare(&local.ty, &local.name),
            }
        })
        .collect();
    let params = if params.is_empty() { "void".to_string() } else { params.join(", ") };
    let ret = ctype(&f.ret);
    let sep = if ret.ends_with('*') { "" } else { " " };
    format!("{ret}{sep}{}_checked({params})", f.symbol)
}

/// The header's comment and declaration of the checked entry point.
pub(super) fn checked_declaration(f: &Function, file: &str) -> String {
    let interface = f.interface.as_deref().expect("exported");
    let mut out = String::new();
    writeln!(out, "/* {} ({file}:{})", comment_text(&interface.header), f.line).ok();
    if let Some(doc) = &interface.doc {
        for line in doc.lines().map(str::trim).filter(|l| !l.is_empty()) {
            writeln!(out, " *   {}", comment_text(line)).ok();
        }
    }
    for param in interface.params.iter().filter(|p| p.view.is_some()) {
        let view = param.view.as_ref().expect("filtered");
        let none = if view.not_none { ", not NULL" } else { "; NULL is None" };
        writeln!(out, " * {}: a buffer of {} ({}{none})", param.name, view.elem_name, comment_text(&param.spelling))
            .ok();
    }
    out.push_str(" * A buffer that does not fit raises Cython's exception (\"Buffer dtype mismatch, ...\"). */\n");
    writeln!(out, "{};", checked_prototype(f)).ok();
    out
}

/// The checked entry point's definition.
pub(super) fn checked_definition(f: &Function, init: &str) -> String {
    let interface = f.interface.as_deref().expect("exported");
    let mut out = String::new();
    writeln!(out, "{} {{", checked_prototype(f)).ok();
    let fail = match (&f.error, &f.ret) {
        (_, LType::Void) => "return;".to_string(),
        (ErrorConvention::Value(Value::Int(v, _)) | ErrorConvention::MaybeValue(Value::Int(v, _)), _) => {
            format!("return {v};")
        }
        (_, LType::Slice) => "return cytrus_slice_none();".to_string(),
        (_, LType::Struct(_) | LType::Tuple(_)) => {
            writeln!(out, "    {} failed = {{0}};", ctype(&f.ret)).ok();
            "return failed;".to_string()
        }
        _ => "return 0;".to_string(),
    };
    // The module's top-level code runs before its first use, as an import does.
    writeln!(out, "    if ({init}() < 0) {fail}").ok();
    let mut args = Vec::new();
    let mut next_info = 0;
    for (p, param) in f.params.iter().zip(&interface.params) {
        let name = &f.locals[p.0 as usize].name;
        let Some(view) = &param.view else {
            args.push(name.clone());
            continue;
        };
        let axes: Vec<String> = view.axes.iter().map(|a| a.to_string()).collect();
        writeln!(out, "    static const int {name}_axes[] = {{{}}};", axes.join(", ")).ok();
        // A view of structs: its type info, checked field by field.
        let info = match &view.elem_info {
            Some(info) => format!(", &{}", super::python::type_info_statics(info, &mut out, &mut next_info, "    ")),
            // Spelled out: `-Wextra` warns of a field left to its default.
            None => ", 0".to_string(),
        };
        writeln!(
            out,
            "    static const cytrus_view_param {name}_param = {{{}, {}, sizeof({}), '{}', {}, {name}_axes, {}, {}{info}}};",
            c_string(&param.name),
            c_string(&view.elem_name),
            ctype(&view.elem),
            view.elem_group as char,
            view.axes.len(),
            i32::from(view.is_const),
            i32::from(view.not_none),
        )
        .ok();
        writeln!(out, "    cytrus_slice {name}_view;").ok();
        writeln!(out, "    if (cytrus_acquire(&{name}_view, {name}, &{name}_param) < 0) {fail}").ok();
        args.push(format!("{name}_view"));
    }
    let call = format!("{}({})", f.symbol, args.join(", "));
    if f.ret == LType::Void {
        writeln!(out, "    {call};").ok();
    } else {
        writeln!(out, "    return {call};").ok();
    }
    out.push_str("}\n\n");
    out
}

/// Text safe inside a C comment.
fn comment_text(text: &str) -> String {
    text.replace("*/", "* /")
}
