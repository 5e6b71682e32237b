//! Runtime calls: each `RuntimeFn` as the `cytrus_runtime::codegen` function
//! that mirrors its C counterpart, with `&`/`&mut` where C passes pointers.
//!
//! `Runtime { I128Add, [a, b], dest: t3, checked }` →
//! `if rt::i128_add(a, b, &mut t3) < 0 { break 'error_1 4; }`

use super::expr::{prec, Expr, Ty};
use super::Writer;
use crate::lir::*;
use crate::tir::IntKind;

impl Writer<'_> {
    pub(super) fn runtime(
        &mut self,
        f: &Function,
        dest: Option<&Place>,
        func: RuntimeFn,
        args: &[RuntimeArg],
        checked: bool,
    ) {
        let sig = runtime_signature(func);
        let mut printed = Vec::new();
        let mut print_args = |w: &mut Self| {
            for (i, a) in args.iter().enumerate() {
                let param = sig.params.get(i).cloned().unwrap_or(Param::Value(LType::Void));
                let text = match (a, &param) {
                    (RuntimeArg::Value(v), Param::Value(ty)) => {
                        let e = w.value(f, v);
                        w.convert(e, ty).text
                    }
                    (RuntimeArg::Value(v), _) => w.value(f, v).text,
                    (RuntimeArg::Ref(p), Param::RefMut) => format!("&mut {}", w.ref_place(f, p)),
                    (RuntimeArg::Ref(p), _) => format!("&{}", w.ref_place(f, p)),
                    (RuntimeArg::Str(s), _) => format!("{s:?}"),
                    (RuntimeArg::IntArray(values, kind), _) => {
                        let items: Vec<String> = values
                            .iter()
                            .map(|v| {
                                let e = w.value(f, v);
                                w.convert(e, &LType::Int(*kind)).text
                            })
                            .collect();
                        format!("&[{}]", items.join(", "))
                    }
                };
                printed.push(text);
            }
        };
        let is_i128 = sig.name.starts_with("i128_") && func != RuntimeFn::I128TrueDiv;
        let call = if sig.unsafe_fn {
            self.note(sig.safety.to_string());
            self.unsafe_depth += 1;
            print_args(self);
            self.unsafe_depth -= 1;
            let mut all = printed.clone();
            if is_i128 {
                if let Some(d) = dest {
                    all.push(format!("&mut {}", self.ref_place(f, d)));
                }
            }
            format!("rt::{}({})", sig.name, all.join(", "))
        } else {
            print_args(self);
            let mut all = printed.clone();
            if is_i128 {
                if let Some(d) = dest {
                    all.push(format!("&mut {}", self.ref_place(f, d)));
                }
            }
            format!("rt::{}({})", sig.name, all.join(", "))
        };
        let wrap = |text: String| if sig.unsafe_fn { format!("unsafe {{ {text} }}") } else { text };
        let text = match (dest, checked) {
            (_, true) => format!("if {} {{ {} }}", wrap(format!("{call} < 0")), self.fail()),
            (Some(d), false) if !is_i128 => {
                let e = Expr::new(wrap(call), Ty::L(sig.ret.clone()), prec::ATOM);
                self.store(f, d, e)
            }
            _ if sig.unsafe_fn => format!("unsafe {{ {call}; }}"),
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

/// One parameter of a runtime function.
#[derive(Clone)]
pub(super) enum Param {
    Value(LType),
    Ref,
    RefMut,
    Str,
    Ints,
}

/// How Rust output calls a runtime function.
pub(super) struct RuntimeSignature {
    name: &'static str,
    pub params: Vec<Param>,
    ret: LType,
    unsafe_fn: bool,
    /// Why a call of an `unsafe` one is sound.
    safety: &'static str,
}

pub(super) fn runtime_signature(func: RuntimeFn) -> RuntimeSignature {
    use Param::*;
    let int = || Value(LType::Int(IntKind::Int));
    let ssize = || Value(LType::Int(IntKind::SsizeT));
    let size = || Value(LType::Int(IntKind::SizeT));
    let void_ptr = || Value(LType::Ptr(Box::new(LType::Void)));
    const VIEWS: &str = "the views passed are live (each holds an acquisition, or borrows memory the program keeps) and have the element type their item size says";
    const POINTERS: &str = "as in C, the program promises that the pointers passed are valid";
    let (name, params, ret, unsafe_fn, safety) = match func {
        RuntimeFn::ArrayNew => {
            ("array_new", vec![RefMut, int(), Ints, ssize(), Str, Str, int()], LType::Bint, false, "")
        }
        RuntimeFn::SliceFromPtr => {
            ("slice_from_ptr", vec![RefMut, void_ptr(), int(), Ints, ssize(), int()], LType::Bint, false, "")
        }
        RuntimeFn::SliceCopy => ("slice_copy", vec![RefMut, Ref, int(), ssize()], LType::Bint, true, VIEWS),
        RuntimeFn::SliceCopyFortran => {
            ("slice_copy_fortran", vec![RefMut, Ref, int(), ssize()], LType::Bint, true, VIEWS)
        }
        RuntimeFn::SliceIsCContig => ("slice_is_c_contig", vec![Ref, int(), ssize()], LType::Bint, false, ""),
        RuntimeFn::SliceIsFContig => ("slice_is_f_contig", vec![Ref, int(), ssize()], LType::Bint, false, ""),
        RuntimeFn::SliceCopyContents => {
            ("slice_copy_contents", vec![Ref, int(), Ref, int(), ssize()], LType::Bint, true, VIEWS)
        }
        RuntimeFn::SliceFill => ("slice_fill", vec![Ref, int(), ssize(), Ref], LType::Void, true, VIEWS),
        RuntimeFn::SliceCheckDtype => (
            "slice_check_dtype",
            vec![Ref, int(), Str, size(), Value(LType::Int(IntKind::Char))],
            LType::Bint,
            true,
            "the array was just made, so its owner is live",
        ),
        RuntimeFn::SliceCheckAxes => ("slice_check_axes", vec![Ref, int(), ssize(), Ints], LType::Bint, false, ""),
        RuntimeFn::SliceAxis => (
            "slice_axis",
            vec![
                RefMut,
                ssize(),
                ssize(),
                ssize(),
                int(),
                int(),
                RefMut,
                ssize(),
                ssize(),
                ssize(),
                int(),
                int(),
                int(),
                int(),
            ],
            LType::Bint,
            true,
            "the view being sliced is live, so the pointers of an indirect axis are valid",
        ),
        RuntimeFn::ArraySetData => ("array_set_data", vec![RefMut, void_ptr()], LType::Void, true, VIEWS),
        RuntimeFn::ArraySetCallbackFree => ("array_set_callback_free", vec![RefMut], LType::Void, true, VIEWS),
        RuntimeFn::Malloc => ("malloc", vec![size()], LType::Ptr(Box::new(LType::Void)), false, ""),
        RuntimeFn::Calloc => ("calloc", vec![size(), size()], LType::Ptr(Box::new(LType::Void)), false, ""),
        RuntimeFn::Realloc => ("realloc", vec![void_ptr(), size()], LType::Ptr(Box::new(LType::Void)), true, POINTERS),
        RuntimeFn::Free => ("free", vec![void_ptr()], LType::Void, true, POINTERS),
        RuntimeFn::Memcpy => {
            ("memcpy", vec![void_ptr(), void_ptr(), size()], LType::Ptr(Box::new(LType::Void)), true, POINTERS)
        }
        RuntimeFn::Memset => {
            ("memset", vec![void_ptr(), int(), size()], LType::Ptr(Box::new(LType::Void)), true, POINTERS)
        }
        RuntimeFn::Clock => ("clock", vec![], LType::Int(IntKind::Long), false, ""),
        RuntimeFn::I128Add => ("i128_add", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128Sub => ("i128_sub", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128Mul => ("i128_mul", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128FloorDiv => {
            ("i128_floordiv", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, "")
        }
        RuntimeFn::I128Mod => ("i128_mod", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128Pow => ("i128_pow", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128Shl => ("i128_shl", vec![Value(LType::Int128), Value(LType::Int128)], LType::Bint, false, ""),
        RuntimeFn::I128TrueDiv => {
            ("i128_truediv", vec![Value(LType::Int128), Value(LType::Int128)], LType::Float(64), false, "")
        }
    };
    RuntimeSignature { name, params, ret, unsafe_fn, safety }
}
