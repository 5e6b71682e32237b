//! Runtime calls: each `RuntimeFn` as the `cytrus_runtime::codegen` function
//! the lir's table names, with `&`/`&mut` where C passes pointers.
//!
//! `Runtime { I128Add, [a, b], dest: t3, checked }` →
//! `if rt::i128_add(a, b, &mut t3) < 0 { break 'error_1 4; }`

use super::expr::{prec, ty_of, Expr};
use super::Writer;
use crate::lir::*;

impl Writer<'_> {
    pub(super) fn runtime(
        &mut self,
        f: &Function,
        dest: Option<&Place>,
        func: RuntimeFn,
        args: &[RuntimeArg],
        checked: bool,
    ) {
        let sig = func.signature();
        if let Some(why) = sig.rust_safety {
            self.note(why.to_string());
            self.unsafe_depth += 1;
        }
        let mut printed = Vec::new();
        for (a, param) in args.iter().zip(&sig.params) {
            let text = match (a, param) {
                (RuntimeArg::Value(v), _) => self.value(f, v).text,
                (RuntimeArg::Ref(p), RuntimeParam::RefMut) => format!("&mut {}", self.ref_place(f, p)),
                (RuntimeArg::Ref(p), _) => format!("&{}", self.ref_place(f, p)),
                (RuntimeArg::Str(s), _) => format!("{s:?}"),
                (RuntimeArg::IntArray(values, _), _) => {
                    let items: Vec<String> = values.iter().map(|v| self.value(f, v).text).collect();
                    format!("&[{}]", items.join(", "))
                }
                (RuntimeArg::Callback(callback), _) => format!("rt::callback::{}", callback.signature().rust_name),
                (RuntimeArg::Function(id), _) => self.functions[id.0 as usize].clone(),
            };
            printed.push(text);
        }
        let out_pointer = matches!(sig.result, ResultVia::OutPointer(_));
        if out_pointer {
            if let Some(d) = dest {
                printed.push(format!("&mut {}", self.ref_place(f, d)));
            }
        }
        if sig.rust_safety.is_some() {
            self.unsafe_depth -= 1;
        }
        let call = format!("rt::{}({})", sig.rust_name, printed.join(", "));
        let unsafe_fn = sig.rust_safety.is_some();
        let wrap = |text: String| if unsafe_fn { format!("unsafe {{ {text} }}") } else { text };
        let text = match (dest, checked) {
            (_, true) => format!("if {} {{ {} }}", wrap(format!("{call} < 0")), self.fail()),
            (Some(d), false) if !out_pointer => {
                let e = Expr::new(wrap(call), ty_of(&sig.ret), prec::ATOM);
                self.store(f, d, e)
            }
            _ if unsafe_fn => format!("unsafe {{ {call}; }}"),
            _ => format!("{call};"),
        };
        self.line(&text);
    }

    /// A place passed by reference to the runtime.
    fn ref_place(&mut self, f: &Function, p: &Place) -> String {
        match p {
            Place::Global(g) => format!("{}.get()", self.globals[g.0 as usize]),
            _ => self.place_text(f, p),
        }
    }
}
