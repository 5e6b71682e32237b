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
        let name = match func {
            RuntimeFn::ArrayNew => "cytrus_array_new",
            RuntimeFn::SliceFromPtr => "cytrus_slice_from_ptr",
            RuntimeFn::SliceCopy => "cytrus_slice_copy",
            RuntimeFn::SliceCopyFortran => "cytrus_slice_copy_fortran",
            RuntimeFn::SliceIsCContig => "cytrus_slice_is_c_contig",
            RuntimeFn::SliceIsFContig => "cytrus_slice_is_f_contig",
            RuntimeFn::SliceCopyContents => "cytrus_slice_copy_contents",
            RuntimeFn::SliceFill => "cytrus_slice_fill",
            RuntimeFn::SliceCheckDtype => "cytrus_slice_check_dtype",
            RuntimeFn::SliceCheckAxes => "cytrus_slice_check_axes",
            RuntimeFn::SliceAxis => "cytrus_slice_axis",
            RuntimeFn::ArraySetData => "cytrus_array_set_data",
            RuntimeFn::ArraySetCallbackFree => "cytrus_array_set_callback_free_data",
            RuntimeFn::Malloc => "malloc",
            RuntimeFn::Calloc => "calloc",
            RuntimeFn::Realloc => "realloc",
            RuntimeFn::Free => "free",
            RuntimeFn::Memcpy => "memmove",
            RuntimeFn::Memset => "memset",
            RuntimeFn::Clock => "clock",
            RuntimeFn::I128Add => "cytrus_i128_add",
            RuntimeFn::I128Sub => "cytrus_i128_sub",
            RuntimeFn::I128Mul => "cytrus_i128_mul",
            RuntimeFn::I128FloorDiv => "cytrus_i128_floordiv",
            RuntimeFn::I128Mod => "cytrus_i128_mod",
            RuntimeFn::I128Pow => "cytrus_i128_pow",
            RuntimeFn::I128Shl => "cytrus_i128_shl",
            RuntimeFn::I128TrueDiv => "cytrus_i128_truediv",
        };
        let is_i128 = matches!(
            func,
            RuntimeFn::I128Add
                | RuntimeFn::I128Sub
                | RuntimeFn::I128Mul
                | RuntimeFn::I128FloorDiv
                | RuntimeFn::I128Mod
                | RuntimeFn::I128Pow
                | RuntimeFn::I128Shl
        );
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
            (Some(d), false) if !is_i128 => {
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
            }
        }
        // The only callback an array's data is freed with is libc's `free`.
        if func == RuntimeFn::ArraySetCallbackFree {
            separate(self);
            self.push("free");
        }
        // Python-int helpers write their result through a pointer.
        if is_i128 {
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
