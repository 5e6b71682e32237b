//! The one table of runtime functions that generated code calls: each
//! function's names in C and Rust, its parameters, how its result comes back,
//! and — where the Rust function is `unsafe` — why a generated call is sound.
//! Both printers read it; lowering passes arguments of these types.
//!
//! `I128Add` → C `cytrus_i128_add(a, b, &out)`, Rust `rt::i128_add(a, b, &mut out)`:
//! the result through a pointer, a status (< 0: an error is set) returned.

use super::{LType, RuntimeFn};
use crate::tir::IntKind;

/// One parameter of a runtime function.
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeParam {
    /// A value of this type.
    Value(LType),
    /// A slice (or array) read through a pointer (`const *` / `&`).
    Ref,
    /// A slice (or array) written through a pointer (`*` / `&mut`).
    RefMut,
    /// A string literal (`const char *` / `&str`).
    Str,
    /// A constant array of integers (`const T *` / `&[T]`).
    Ints,
    /// A runtime function passed as a callback.
    Callback,
    /// A module function `int f(const void *, const void *)` passed as a comparator.
    Comparator,
}

/// How a runtime call's result reaches the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResultVia {
    /// The return value (or nothing, for `void`).
    Return,
    /// A last pointer argument to the destination, of this type; the return
    /// value is a status, negative when an error is set.
    OutPointer(LType),
}

/// A runtime function as generated code calls it.
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeSignature {
    /// The C function (declared in `cytrus.h`, or the C library's).
    pub c_name: &'static str,
    /// The function of `cytrus_runtime::codegen` (imported as `rt`).
    pub rust_name: &'static str,
    pub params: Vec<RuntimeParam>,
    /// What the function returns (a status for `OutPointer` functions).
    pub ret: LType,
    pub result: ResultVia,
    /// `Some(why a call is sound)` when the Rust function is `unsafe`.
    pub rust_safety: Option<&'static str>,
}

const VIEWS: &str = "the views passed are live (each holds an acquisition, or borrows memory the program keeps) and have the element type their item size says";
const POINTERS: &str = "as in C, the program promises that the pointers passed are valid";

impl RuntimeFn {
    /// The function's signature, names and calling convention.
    pub fn signature(self) -> RuntimeSignature {
        use RuntimeParam::*;
        let int = || Value(LType::Int(IntKind::Int));
        let ssize = || Value(LType::Int(IntKind::SsizeT));
        let size = || Value(LType::Int(IntKind::SizeT));
        let i128 = || Value(LType::Int128);
        let void_ptr = || LType::Ptr(Box::new(LType::Void));
        let status = LType::Bint;
        let sig = |c_name, rust_name, params, ret, rust_safety| RuntimeSignature {
            c_name,
            rust_name,
            params,
            ret,
            result: ResultVia::Return,
            rust_safety,
        };
        let i128_op = |c_name, rust_name| RuntimeSignature {
            c_name,
            rust_name,
            params: vec![i128(), i128()],
            ret: LType::Bint,
            result: ResultVia::OutPointer(LType::Int128),
            rust_safety: None,
        };
        match self {
            RuntimeFn::ArrayNew => {
                sig("cytrus_array_new", "array_new", vec![RefMut, int(), Ints, ssize(), Str, Str, int()], status, None)
            }
            RuntimeFn::NumpyArray => {
                sig("cytrus_numpy_array", "numpy_array", vec![RefMut, int(), Ints, ssize(), Str, int()], status, None)
            }
            RuntimeFn::NumpyFillInt => sig(
                "cytrus_numpy_fill_int",
                "numpy_fill_int",
                vec![Ref, int(), Str, i128()],
                status,
                Some("the array was just made, with elements of this format"),
            ),
            RuntimeFn::NumpyFillFloat => sig(
                "cytrus_numpy_fill_float",
                "numpy_fill_float",
                vec![Ref, int(), Str, Value(LType::Float(64))],
                status,
                Some("the array was just made, with elements of this format"),
            ),
            RuntimeFn::NumpyArangeInt => sig(
                "cytrus_numpy_arange_int",
                "numpy_arange_int",
                vec![RefMut, i128(), i128(), i128(), ssize(), Str],
                status,
                None,
            ),
            RuntimeFn::NumpyArangeFloat => sig(
                "cytrus_numpy_arange_float",
                "numpy_arange_float",
                vec![RefMut, Value(LType::Float(64)), Value(LType::Float(64)), Value(LType::Float(64)), ssize(), Str],
                status,
                None,
            ),
            RuntimeFn::NumpyRequireContig => sig(
                "cytrus_numpy_require_contig",
                "numpy_require_contig",
                vec![RefMut, int(), ssize(), int()],
                status,
                None,
            ),
            RuntimeFn::SliceFromPtr => sig(
                "cytrus_slice_from_ptr",
                "slice_from_ptr",
                vec![RefMut, Value(void_ptr()), int(), Ints, ssize(), int()],
                status,
                None,
            ),
            RuntimeFn::SliceCopy => {
                sig("cytrus_slice_copy", "slice_copy", vec![RefMut, Ref, int(), ssize()], status, Some(VIEWS))
            }
            RuntimeFn::SliceCopyFortran => sig(
                "cytrus_slice_copy_fortran",
                "slice_copy_fortran",
                vec![RefMut, Ref, int(), ssize()],
                status,
                Some(VIEWS),
            ),
            RuntimeFn::SliceIsCContig => {
                sig("cytrus_slice_is_c_contig", "slice_is_c_contig", vec![Ref, int(), ssize()], status, None)
            }
            RuntimeFn::SliceIsFContig => {
                sig("cytrus_slice_is_f_contig", "slice_is_f_contig", vec![Ref, int(), ssize()], status, None)
            }
            RuntimeFn::SliceCopyContents => sig(
                "cytrus_slice_copy_contents",
                "slice_copy_contents",
                vec![Ref, int(), Ref, int(), ssize()],
                status,
                Some(VIEWS),
            ),
            RuntimeFn::SliceFill => {
                sig("cytrus_slice_fill", "slice_fill", vec![Ref, int(), ssize(), Ref], LType::Void, Some(VIEWS))
            }
            RuntimeFn::SliceCheckDtype => sig(
                "cytrus_slice_check_dtype",
                "slice_check_dtype",
                vec![Ref, int(), Str, size(), Value(LType::Int(IntKind::Char))],
                status,
                Some("the array was just made, so its owner is live"),
            ),
            RuntimeFn::SliceCheckAxes => {
                sig("cytrus_slice_check_axes", "slice_check_axes", vec![Ref, int(), ssize(), Ints], status, None)
            }
            RuntimeFn::SliceAxis => sig(
                "cytrus_slice_axis",
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
                status,
                Some("the view being sliced is live, so the pointers of an indirect axis are valid"),
            ),
            RuntimeFn::ArraySetData => sig(
                "cytrus_array_set_data",
                "array_set_data",
                vec![RefMut, Value(void_ptr())],
                LType::Void,
                Some(VIEWS),
            ),
            RuntimeFn::ArrayInfo => RuntimeSignature {
                c_name: "cytrus_array_info",
                rust_name: "array_info",
                params: vec![Ref, int(), ssize()],
                ret: LType::Bint,
                result: ResultVia::OutPointer(LType::Int(IntKind::SsizeT)),
                rust_safety: None,
            },
            RuntimeFn::ArraySetCallbackFree => sig(
                "cytrus_array_set_callback_free_data",
                "array_set_callback_free",
                vec![RefMut, Callback],
                LType::Void,
                Some(VIEWS),
            ),
            RuntimeFn::Malloc => sig("malloc", "malloc", vec![size()], void_ptr(), None),
            RuntimeFn::Calloc => sig("calloc", "calloc", vec![size(), size()], void_ptr(), None),
            RuntimeFn::Realloc => {
                sig("realloc", "realloc", vec![Value(void_ptr()), size()], void_ptr(), Some(POINTERS))
            }
            RuntimeFn::Free => sig("free", "free", vec![Value(void_ptr())], LType::Void, Some(POINTERS)),
            RuntimeFn::Memmove => sig(
                "memmove",
                "memmove",
                vec![Value(void_ptr()), Value(void_ptr()), size()],
                void_ptr(),
                Some(POINTERS),
            ),
            RuntimeFn::Memset => {
                sig("memset", "memset", vec![Value(void_ptr()), int(), size()], void_ptr(), Some(POINTERS))
            }
            RuntimeFn::Clock => sig("clock", "clock", vec![], LType::Int(IntKind::Long), None),
            RuntimeFn::Qsort => {
                sig("qsort", "qsort", vec![Value(void_ptr()), size(), size(), Comparator], LType::Void, Some(POINTERS))
            }
            RuntimeFn::Bsearch => sig(
                "bsearch",
                "bsearch",
                vec![Value(void_ptr()), Value(void_ptr()), size(), size(), Comparator],
                void_ptr(),
                Some(POINTERS),
            ),
            RuntimeFn::GilAcquire => sig("cytrus_gil_acquire", "gil_acquire", vec![], LType::Int(IntKind::Int), None),
            RuntimeFn::GilRelease => sig("cytrus_gil_release", "gil_release", vec![int()], LType::Void, None),
            RuntimeFn::GilSaveForTeam => sig("cytrus_gil_save_for_team", "gil_save_for_team", vec![], void_ptr(), None),
            RuntimeFn::GilRestoreAfterTeam => sig(
                "cytrus_gil_restore_after_team",
                "gil_restore_after_team",
                vec![Value(void_ptr())],
                LType::Void,
                Some("the pointer is what `gil_save_for_team` returned before the team, on this thread"),
            ),
            RuntimeFn::I128Add => i128_op("cytrus_i128_add", "i128_add"),
            RuntimeFn::I128Sub => i128_op("cytrus_i128_sub", "i128_sub"),
            RuntimeFn::I128Mul => i128_op("cytrus_i128_mul", "i128_mul"),
            RuntimeFn::I128FloorDiv => i128_op("cytrus_i128_floordiv", "i128_floordiv"),
            RuntimeFn::I128Mod => i128_op("cytrus_i128_mod", "i128_mod"),
            RuntimeFn::I128Pow => i128_op("cytrus_i128_pow", "i128_pow"),
            RuntimeFn::I128Shl => i128_op("cytrus_i128_shl", "i128_shl"),
            RuntimeFn::SoftPow => RuntimeSignature {
                c_name: "cytrus_soft_pow",
                rust_name: "soft_pow",
                params: vec![Value(LType::Float(64)), Value(LType::Float(64))],
                ret: LType::Bint,
                result: ResultVia::OutPointer(LType::Float(64)),
                rust_safety: None,
            },
            RuntimeFn::DoubleToInt => RuntimeSignature {
                c_name: "cytrus_double_to_int",
                rust_name: "double_to_int",
                params: vec![Value(LType::Float(64))],
                ret: LType::Bint,
                result: ResultVia::OutPointer(LType::Int128),
                rust_safety: None,
            },
            RuntimeFn::StrClear => sig("cytrus_str_clear", "str_clear", vec![RefMut], LType::Void, None),
            RuntimeFn::StrFree => sig("cytrus_str_free", "str_free", vec![RefMut], LType::Void, None),
            RuntimeFn::StrPush => sig("cytrus_str_push", "str_push", vec![RefMut, Str, size()], LType::Void, None),
            RuntimeFn::StrPushStr => sig("cytrus_str_push_str", "str_push_str", vec![RefMut, Ref], LType::Void, None),
            RuntimeFn::StrPushRepr => {
                sig("cytrus_str_push_repr", "str_push_repr", vec![RefMut, Ref, int()], LType::Void, None)
            }
            RuntimeFn::StrFormatInt => {
                sig("cytrus_str_format_int", "str_format_int", vec![RefMut, i128(), Str], status, None)
            }
            RuntimeFn::StrFormatDouble => sig(
                "cytrus_str_format_double",
                "str_format_double",
                vec![RefMut, Value(LType::Float(64)), Str],
                LType::Void,
                None,
            ),
            RuntimeFn::StrFormatBint => {
                sig("cytrus_str_format_bint", "str_format_bint", vec![RefMut, Value(LType::Bint), Str], status, None)
            }
            RuntimeFn::StrFormatStr => {
                sig("cytrus_str_format_str", "str_format_str", vec![RefMut, Ref, Str], LType::Void, None)
            }
            RuntimeFn::StrFormatDoubleAsInt => sig(
                "cytrus_str_format_double_as_int",
                "str_format_double_as_int",
                vec![RefMut, Value(LType::Float(64)), Str],
                status,
                None,
            ),
            RuntimeFn::StrPercentInt => {
                sig("cytrus_str_percent_int", "str_percent_int", vec![RefMut, i128(), Str], status, None)
            }
            RuntimeFn::StrPercentDouble => sig(
                "cytrus_str_percent_double",
                "str_percent_double",
                vec![RefMut, Value(LType::Float(64)), Str],
                status,
                None,
            ),
            RuntimeFn::StrPercentBint => {
                sig("cytrus_str_percent_bint", "str_percent_bint", vec![RefMut, Value(LType::Bint), Str], status, None)
            }
            RuntimeFn::StrPercentStr => {
                sig("cytrus_str_percent_str", "str_percent_str", vec![RefMut, Ref, Str], LType::Void, None)
            }
            RuntimeFn::I128TrueDiv => {
                sig("cytrus_i128_truediv", "i128_truediv", vec![i128(), i128()], LType::Float(64), None)
            }
        }
    }
}
