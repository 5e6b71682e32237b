//! Runtime calls as C: each `RuntimeFn` by its C name, integer arrays as
//! locals of a block around the call, checked calls as an `if` that fails.

use std::fmt::Write;

use super::{c_string, Writer};
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
        let name = sig.c_name;
        let out_pointer = matches!(sig.result, ResultVia::OutPointer(_));
        // Integer arrays are locals of a block around the call.
        let mut arrays = Vec::new();
        for a in args {
            if let RuntimeArg::IntArray(values, kind) = a {
                let items = self.render(|w| {
                    for (i, v) in values.iter().enumerate() {
                        if i > 0 {
                            w.push(", ");
                        }
                        w.bare(f, v);
                    }
                });
                arrays.push(format!("{} dims{}[] = {{{items}}};", kind.c_name(), arrays.len()));
            }
        }
        let needs_block = !arrays.is_empty();
        if needs_block {
            self.line("{");
            self.indent += 1;
            for a in &arrays {
                self.line(a);
            }
        }
        self.begin_line();
        match (dest, checked) {
            (_, true) => self.push("if (CYTRUS_UNLIKELY("),
            (Some(d), false) if !out_pointer => {
                self.place(f, d);
                self.push(" = ");
            }
            _ => {}
        }
        self.push(name);
        self.push("(");
        let mut first = true;
        let mut separate = |w: &mut Self| {
            if !std::mem::take(&mut first) {
                w.push(", ");
            }
        };
        let mut array = 0;
        for a in args {
            separate(self);
            match a {
                RuntimeArg::Value(v) => self.bare(f, v),
                RuntimeArg::Ref(p) => {
                    self.push("&");
                    self.place(f, p);
                }
                RuntimeArg::Str(s) => self.out.push_str(&c_string(s)),
                RuntimeArg::IntArray(..) => {
                    write!(self.out, "dims{array}").ok();
                    array += 1;
                }
                RuntimeArg::Callback(callback) => self.push(callback.signature().c_name),
                // The comparator's parameters are `void *` in the output; C's
                // `qsort` takes `const void *` ones (the same representation).
                RuntimeArg::Function(id) => {
                    write!(self.out, "(int (*)(const void *, const void *)){}", self.m.functions[id.0 as usize].symbol)
                        .ok();
                }
            }
        }
        if out_pointer {
            if let Some(d) = dest {
                separate(self);
                self.push("&");
                self.place(f, d);
            }
        }
        self.push(")");
        if checked {
            self.push(" < 0)) ");
            self.fail();
        } else {
            self.push(";");
        }
        self.end_line();
        if needs_block {
            self.indent -= 1;
            self.line("}");
        }
    }
}
