//! The module's public Rust API: one safe `pub fn` per `def`/`cpdef`
//! function, printed from its [`Interface`], and `init`, which runs the
//! module's top-level code once per thread.
//!
//! A view parameter is a borrowed, typed view: `impl Into<rt::ViewRef<'v0, T>>`
//! for `const` views, `impl Into<rt::ViewMut<'v0, T>>` for the others, so
//! `&[f64]` / `&mut Vec<f64>`, the runtime's n-D views and ndarray arrays
//! pass and a wrong element type or a shared borrow to a writable view does
//! not compile. Each is taken through the runtime's acquisition routine,
//! which returns Cython's exception as `Err`; a returned view is an
//! `rt::OwnedView<T>`.
//!
//! `cpdef double dot(double[:] a)` →
//! `pub fn dot<'v0>(a: impl Into<rt::ViewMut<'v0, f64>>) -> Result<f64, rt::Error>`

use std::fmt::Write;

use super::expr::rust_type;
use super::Writer;
use crate::lir::*;

impl Writer<'_> {
    /// The `pub fn` of an exported function: its arguments taken as the
    /// interface says, then the private function, the indicator as a `Result`.
    pub(super) fn wrapper(&mut self, f: &Function, public: &str, private: &str) {
        let Some(interface) = f.interface.as_deref() else {
            return;
        };
        // Views of structs: no typed borrowed view carries them, so no safe
        // `pub fn` (the module's code still calls the function).
        if !interface.numeric_views {
            return;
        }
        let names = &self.local_names[self.index_of(f)];
        let mut params = Vec::new();
        let mut prologue = String::new();
        let mut args = Vec::new();
        let mut lifetimes = Vec::new();
        let param_names: Vec<&String> = f.params.iter().map(|p| &names[p.0 as usize]).collect();
        for (p, param) in f.params.iter().zip(&interface.params) {
            let name = &names[p.0 as usize];
            let mut view_name = format!("{name}_view");
            while param_names.contains(&&view_name) {
                view_name.push('_');
            }
            let ty = &f.locals[p.0 as usize].ty;
            match &param.view {
                Some(view) => {
                    let elem = rust_type(&view.elem);
                    let kind = if view.is_const { "ViewRef" } else { "ViewMut" };
                    let lifetime = format!("'v{}", lifetimes.len());
                    params.push(format!("{name}: impl Into<rt::{kind}<{lifetime}, {elem}>>"));
                    lifetimes.push(lifetime);
                    writeln!(prologue, "    let {name} = {name}.into();").ok();
                    writeln!(prologue, "    let {view_name} = {name}.acquire(&{})?;", view_param(&param.name, view))
                        .ok();
                    args.push(view_name);
                }
                None => {
                    params.push(format!("{name}: {}", rust_type(ty)));
                    args.push(name.clone());
                }
            }
        }
        let call = format!("{private}({})", args.join(", "));
        let (ret, body) = match (&interface.ret_view, &f.ret) {
            (Some(view), _) => (
                format!("rt::OwnedView<{}>", rust_type(&view.elem)),
                format!(
                    "    let value = rt::result({call})?;\n    // SAFETY: a kernel returns a live view of its element type, with one acquisition (or none).\n    unsafe {{ rt::OwnedView::from_returned(value, {}) }}\n",
                    view.axes.len()
                ),
            ),
            (None, LType::Void) => ("()".to_string(), format!("    {call};\n    rt::result(())\n")),
            (None, ret) => (rust_type(ret).into_owned(), format!("    rt::result({call})\n")),
        };
        self.wrapper_doc(f, interface);
        let unsafety = if interface.needs_unsafe { "unsafe " } else { "" };
        let generics = if lifetimes.is_empty() { String::new() } else { format!("<{}>", lifetimes.join(", ")) };
        writeln!(
            self.out,
            "pub {unsafety}fn {public}{generics}({}) -> Result<{ret}, rt::Error> {{\n    {}()?;\n{prologue}{body}}}\n",
            params.join(", "),
            self.init_name
        )
        .ok();
    }

    /// The rustdoc of a `pub fn`: the `.pyx` header, the docstring, where it
    /// is defined, what each view parameter takes, and the errors.
    fn wrapper_doc(&mut self, f: &Function, interface: &Interface) {
        let mut doc = String::new();
        writeln!(doc, "`{}`", interface.header).ok();
        if let Some(text) = &interface.doc {
            // A fenced block keeps the docstring's layout, and rustdoc does not run it as a test.
            doc.push_str("\n```text\n");
            for line in dedent(text) {
                writeln!(doc, "{line}").ok();
            }
            doc.push_str("```\n");
        }
        writeln!(doc, "\nDefined at `{}:{}`.", self.m.file, f.line).ok();
        let views: Vec<&ParamInterface> = interface.params.iter().filter(|p| p.view.is_some()).collect();
        if !views.is_empty() {
            doc.push_str("\n# Arguments\n\n");
            for p in &views {
                let view = p.view.as_ref().expect("filtered");
                let elem = rust_type(&view.elem);
                let (borrow, kind, amp) = if view.is_const {
                    ("a shared borrow", "ViewRef", "&")
                } else {
                    ("a mutable borrow", "ViewMut", "&mut ")
                };
                let indirect = view.axes.first().is_some_and(|&spec| spec & 2 != 0);
                let takes = match view.axes.len() {
                    _ if indirect => format!("{borrow}: rows as `{kind}::of_rows`"),
                    1 => format!("{borrow}: `{amp}[{elem}]`, `{amp}Vec<{elem}>`, a `{kind}`, an ndarray array or view"),
                    n => format!("{borrow}: a `{kind}` ({n}-D: `{kind}::new({amp}data, &shape)`, `::with_strides`), an ndarray array or view"),
                };
                let none = if view.not_none { ", not `None`" } else { "" };
                writeln!(doc, "- `{}`: `{}`{none}; {takes}.", p.name, p.spelling).ok();
            }
        }
        if let Some(view) = &interface.ret_view {
            writeln!(doc, "\nReturns an owned view of `{}` with {} axes.", view.elem_name, view.axes.len()).ok();
        }
        doc.push_str("\n# Errors\n\nA Python exception comes back as `Err`, with Cython's message:\n\n");
        if !views.is_empty() {
            doc.push_str("- `ValueError` when a view does not fit its parameter (`Buffer has wrong number of dimensions (expected 2, got 1)`, `ndarray is not C-contiguous`, …);\n");
        }
        if views.iter().any(|p| p.view.as_ref().is_some_and(|v| v.not_none)) {
            doc.push_str("- `TypeError` for `None` given to a `not None` parameter;\n");
        }
        if !interface.raises.is_empty() {
            let kinds: Vec<String> = interface.raises.iter().map(|k| format!("`{k:?}`")).collect();
            writeln!(doc, "- raised in its body: {};", kinds.join(", ")).ok();
        }
        writeln!(
            doc,
            "- whatever the module's top-level code raises (it runs on a thread's first call, see [`{}`]).",
            self.init_name
        )
        .ok();
        if interface.needs_unsafe {
            doc.push_str("\n# Safety\n\nEach pointer argument points to memory valid for everything the kernel reads and writes through it.\n");
        }
        for line in doc.lines() {
            if line.is_empty() {
                self.out.push_str("///\n");
            } else {
                writeln!(self.out, "/// {line}").ok();
            }
        }
    }

    /// `init`: the module's top-level code, run once per thread (module
    /// variables are per thread). Later calls return how the first ended;
    /// calls made while it runs (top-level code calling the module's
    /// functions) find it started.
    pub(super) fn init_wrapper(&mut self, init: &Function, private: &str, state: &str) {
        let _ = init;
        writeln!(
            self.out,
            "/// Runs the top-level code of `{file}` on this thread, once: every `pub fn` of\n/// the module calls it first, so calling it yourself is only needed to see\n/// an error of the top-level code early. Later calls return how the first ended.\n///\n/// # Errors\n///\n/// The exception the top-level code raised.\npub fn {public}() -> Result<(), rt::Error> {{\n    {state}.with(|once| once.run(|| {{\n        {private}();\n        rt::result(())\n    }}))\n}}\n",
            file = self.m.file,
            public = self.init_name,
        )
        .ok();
    }
}

/// `rt::ViewParam { … }` for one view parameter.
pub(super) fn view_param(name: &str, view: &ViewInterface) -> String {
    let group = match view.elem_group {
        b'R' => "Float",
        b'U' => "Unsigned",
        b'H' => "Char",
        _ => "Signed",
    };
    let axes: Vec<String> = view.axes.iter().map(|&spec| axis_spec(spec)).collect();
    format!(
        "rt::ViewParam {{ name: {name:?}, elem: rt::ElemType {{ name: {:?}, size: std::mem::size_of::<{}>(), group: rt::TypeGroup::{group} }}, axes: &[{}], is_const: {}, not_none: {} }}",
        view.elem_name,
        rust_type(&view.elem),
        axes.join(", "),
        view.is_const,
        view.not_none
    )
}

/// A `CYTRUS_AXIS_*` spec by its runtime name.
fn axis_spec(spec: i32) -> String {
    match spec {
        17 => "rt::AxisSpec::STRIDED".into(),
        9 => "rt::AxisSpec::CONTIGUOUS".into(),
        33 => "rt::AxisSpec::FOLLOW".into(),
        20 => "rt::AxisSpec::GENERIC".into(),
        12 => "rt::AxisSpec::GENERIC_CONTIGUOUS".into(),
        18 => "rt::AxisSpec::INDIRECT".into(),
        10 => "rt::AxisSpec::INDIRECT_CONTIGUOUS".into(),
        other => format!("rt::AxisSpec({other})"),
    }
}

/// A docstring's lines with their common indentation removed, as `inspect.cleandoc` does.
fn dedent(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| if i == 0 { l.trim().to_string() } else { l.get(indent..).unwrap_or("").trim_end().to_string() })
        .collect();
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}
