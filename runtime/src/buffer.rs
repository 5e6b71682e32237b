//! The checks Cython makes when a buffer is taken as a typed memoryview.
//!
//! Acquiring a `cython.view.array` as `double[:, ::1]` checks, in Cython's
//! order: the number of axes, the array's format against the element type
//! (the struct-module format parser of Cython's `Buffer.c`), the item size,
//! then each axis against its spec and the whole against C/Fortran order
//! (`__Pyx_ValidateAndInit_memviewslice`):
//!
//! `cdef float[:] v = cvarray(shape=(3,), itemsize=8, format="d")`
//! → `ValueError: Buffer dtype mismatch, expected 'float' but got 'double'`

#[allow(unused_imports)]
use crate::prelude::*;
use core::ffi::{c_char, c_int, c_long, c_longlong, c_short, CStr};
use core::mem::{align_of, size_of};

use crate::array::Order;
use crate::error::{status, Error, ErrorKind};
use crate::slice::{dims, Slice};

/// The class of an element type, as Cython's `__Pyx_TypeInfo.typegroup`;
/// the discriminant is Cython's letter (the `dtype_group` of the C API).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeGroup {
    /// `'H'`: plain `char`, which matches any 1-byte format regardless of sign.
    Char = b'H',
    /// `'I'`: signed integers (`signed char`, `short`, `int`, `long`, …, `bint`).
    Signed = b'I',
    /// `'U'`: unsigned integers.
    Unsigned = b'U',
    /// `'R'`: `float`, `double`.
    Float = b'R',
}

/// The element type of a memoryview type, as acquisition checks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElemType<'a> {
    /// The type as Cython spells it in messages: `double`, `unsigned int`, `Py_ssize_t`.
    pub name: &'a str,
    /// `sizeof` the type.
    pub size: usize,
    /// Its class.
    pub group: TypeGroup,
}

/// A struct element type as the format check walks it: Cython's
/// `__Pyx_TypeInfo` (`cytrus_type_info` in C). A struct (`group` `'S'`)
/// lists its fields; a field that is a C array (`double x[3]`) has the
/// element's type with `ndim` extents. Generated code makes these statics.
///
/// `cdef struct P: int a; double b` → `{name "P", size 16, group 'S',
/// fields [{"a", offset 0, int}, {"b", offset 8, double}]}`
#[repr(C)]
#[derive(Debug)]
pub struct TypeInfo {
    /// The type as Cython names it in messages (`P`, `const P`, `SIZE_t`), NUL-terminated.
    pub name: *const c_char,
    /// `sizeof` the type (of one element, for a C array).
    pub size: usize,
    /// `'S'` for a struct, else the [`TypeGroup`] letter (`'P'` for a pointer).
    pub group: c_char,
    /// The number of C array extents (0 when not an array).
    pub ndim: c_int,
    /// The extents of a C array field, `ndim` of them.
    pub arraysize: [usize; 8],
    /// A struct's fields, `nfields` of them, in order.
    pub fields: *const FieldInfo,
    pub nfields: usize,
}

/// One field of a [`TypeInfo`] struct (`cytrus_struct_field` in C).
#[repr(C)]
#[derive(Debug)]
pub struct FieldInfo {
    pub ty: *const TypeInfo,
    /// The field's name, NUL-terminated.
    pub name: *const c_char,
    /// `offsetof` the field.
    pub offset: usize,
}

// SAFETY: both are immutable descriptions (statics of generated code) whose
// pointers only lead to other such statics and to string literals.
unsafe impl Sync for TypeInfo {}
// SAFETY: as for `TypeInfo`.
unsafe impl Sync for FieldInfo {}

impl TypeInfo {
    /// The fields of a struct.
    ///
    /// # Safety
    /// `fields` points to `nfields` fields, or `nfields` is 0.
    unsafe fn field_list(&self) -> &[FieldInfo] {
        if self.nfields == 0 || self.fields.is_null() {
            return &[];
        }
        // SAFETY: the caller's promise.
        unsafe { core::slice::from_raw_parts(self.fields, self.nfields) }
    }
}

/// How one axis of a memoryview type may be laid out: Cython's
/// `__Pyx_MEMVIEW_*` flags, an access bit and a packing bit
/// (`const int *axis_specs` in the C API).
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisSpec(pub c_int);

/// The element type as the format check sees it (the C API may pass any group letter).
#[derive(Clone, Copy)]
struct Expected<'a> {
    name: &'a str,
    size: usize,
    group: u8,
}

/// The type a stack entry of the format check stands for: the element
/// type itself (the root) or a field of a struct.
#[derive(Clone, Copy)]
enum Slot<'a> {
    Root,
    Field { parent: &'a TypeInfo, index: usize },
}

/// One entry of Cython's `__Pyx_BufFmt_StackElem` stack.
#[derive(Clone, Copy)]
struct Frame<'a> {
    slot: Slot<'a>,
    /// Offset of the struct the field is in.
    parent_offset: usize,
}

/// A type the check compares codes with: the element type when it is not a
/// struct, or a [`TypeInfo`].
#[derive(Clone, Copy)]
enum Ty<'a> {
    Scalar(Expected<'a>),
    Info(&'a TypeInfo),
}

impl Ty<'_> {
    fn size(self) -> usize {
        match self {
            Ty::Scalar(e) => e.size,
            Ty::Info(t) => t.size,
        }
    }

    fn group(self) -> u8 {
        match self {
            Ty::Scalar(e) => e.group,
            Ty::Info(t) => t.group as u8,
        }
    }

    fn name(self) -> String {
        match self {
            Ty::Scalar(e) => e.name.to_string(),
            // SAFETY: a `TypeInfo`'s name is a NUL-terminated string.
            Ty::Info(t) => unsafe { CStr::from_ptr(t.name) }.to_string_lossy().into_owned(),
        }
    }
}

/// Cython's `__Pyx_BufFmt_Context`: the state of reading a format string
/// against the element type, field by field for a struct.
struct FormatCheck<'a> {
    root: Ty<'a>,
    /// The fields being matched, outermost first; empty once the element
    /// is matched (Cython's `head == NULL`).
    stack: Vec<Frame<'a>>,
    /// Byte offset the format has reached.
    offset: usize,
    /// Byte order / packing set for the next code (`@`, `=`, `^`).
    new_packmode: u8,
    /// Packing of the pending codes.
    pending_packmode: u8,
    /// Repeat count read for the next code.
    new_count: usize,
    /// How many of the pending code remain to be matched.
    pending_count: usize,
    /// The pending type code, 0 for none.
    pending_code: u8,
    pending_complex: bool,
    /// After `(...)`: the next code is an array item.
    is_valid_array: bool,
    struct_alignment: usize,
}

/// `long double`'s size and alignment on the LP64 targets cytrus supports.
const LONG_DOUBLE_SIZE: usize = 16;

impl AxisSpec {
    /// Access bit: elements sit in the buffer itself.
    pub const ACCESS_DIRECT: c_int = 1;
    /// Access bit: the axis holds pointers to follow (`view.indirect`).
    pub const ACCESS_PTR: c_int = 2;
    /// Access bit: direct or indirect (`view.generic`).
    pub const ACCESS_FULL: c_int = 4;
    /// Packing bit: neighbours are one item apart (`::1`).
    pub const PACKING_CONTIG: c_int = 8;
    /// Packing bit: any stride (`:`).
    pub const PACKING_STRIDED: c_int = 16;
    /// Packing bit: an axis of a view contiguous in another axis.
    pub const PACKING_FOLLOW: c_int = 32;

    /// `:` and `view.strided`.
    pub const STRIDED: AxisSpec = AxisSpec(Self::ACCESS_DIRECT | Self::PACKING_STRIDED);
    /// `::1` and `view.contiguous`.
    pub const CONTIGUOUS: AxisSpec = AxisSpec(Self::ACCESS_DIRECT | Self::PACKING_CONTIG);
    /// The `:` axes of a view with a `::1` axis (`double[:, ::1]`).
    pub const FOLLOW: AxisSpec = AxisSpec(Self::ACCESS_DIRECT | Self::PACKING_FOLLOW);
    /// `view.generic`.
    pub const GENERIC: AxisSpec = AxisSpec(Self::ACCESS_FULL | Self::PACKING_STRIDED);
    /// `view.generic_contiguous`.
    pub const GENERIC_CONTIGUOUS: AxisSpec = AxisSpec(Self::ACCESS_FULL | Self::PACKING_CONTIG);
    /// `view.indirect`.
    pub const INDIRECT: AxisSpec = AxisSpec(Self::ACCESS_PTR | Self::PACKING_STRIDED);
    /// `view.indirect_contiguous`.
    pub const INDIRECT_CONTIGUOUS: AxisSpec = AxisSpec(Self::ACCESS_PTR | Self::PACKING_CONTIG);

    fn has(self, flags: c_int) -> bool {
        self.0 & flags != 0
    }
}

impl Slice {
    /// Checks that the `cython.view.array` this slice was made from can be
    /// taken as a view with `ndim` axes of `elem`: the number of axes, the
    /// format, the item size. Borrowed views and `None` pass (their type is
    /// known at compile time). Use it when acquiring an array, not a view.
    ///
    /// # Safety
    /// `memview` is null or points to a live [`crate::Memview`].
    pub unsafe fn check_dtype(&self, ndim: usize, elem: &ElemType<'_>) -> Result<(), Error> {
        let expected = Expected { name: elem.name, size: elem.size, group: elem.group as u8 };
        // SAFETY: the caller's promise is the one `check_expected` needs.
        unsafe { self.check_expected(ndim, &expected) }
    }

    /// # Safety
    /// As for [`Slice::check_dtype`].
    unsafe fn check_expected(&self, ndim: usize, expected: &Expected<'_>) -> Result<(), Error> {
        // SAFETY: the caller promises a null or live owner.
        let Some(owner) = (unsafe { self.memview.as_ref() }) else {
            return Ok(());
        };
        if usize::try_from(owner.ndim) != Ok(ndim) {
            return Err(value_error(format!(
                "Buffer has wrong number of dimensions (expected {ndim}, got {})",
                owner.ndim
            )));
        }
        if let Some(format) = owner.format_bytes() {
            FormatCheck::new(*expected, None).run(format)?;
        }
        check_itemsize(owner.itemsize, expected)
    }

    /// Checks that the view's strides keep the promises of `axes` (one spec
    /// per axis) for items of `itemsize` bytes, as Cython does when a buffer
    /// becomes a typed view; also when a view crosses a `def` boundary.
    /// Extents of 0 and 1 promise nothing; an empty view passes.
    pub fn check_axes(&self, itemsize: isize, axes: &[AxisSpec]) -> Result<(), Error> {
        let ndim = axes.len();
        if self.shape[..ndim].contains(&0) {
            return Ok(());
        }
        const NOT_CONTIGUOUS: &str = "Buffer and memoryview are not contiguous in the same dimension.";
        for (axis, spec) in axes.iter().enumerate() {
            let stride = self.strides[axis];
            if self.shape[axis] > 1 {
                if spec.has(AxisSpec::PACKING_CONTIG) {
                    if spec.has(AxisSpec::ACCESS_PTR | AxisSpec::ACCESS_FULL) {
                        if stride != size_of::<*const u8>() as isize {
                            return Err(value_error(format!(
                                "Buffer is not indirectly contiguous in dimension {axis}."
                            )));
                        }
                    } else if stride != itemsize {
                        return Err(value_error(NOT_CONTIGUOUS));
                    }
                }
                if spec.has(AxisSpec::PACKING_FOLLOW) && stride.unsigned_abs() < itemsize.unsigned_abs() {
                    return Err(value_error(NOT_CONTIGUOUS));
                }
            }
            let suboffset = self.suboffsets[axis];
            if spec.has(AxisSpec::ACCESS_DIRECT) && suboffset >= 0 {
                return Err(value_error(format!("Buffer not compatible with direct access in dimension {axis}.")));
            }
            if spec.has(AxisSpec::ACCESS_PTR) && suboffset < 0 {
                return Err(value_error(format!("Buffer is not indirectly accessible in dimension {axis}.")));
            }
        }
        match order_of(axes) {
            Some(Order::C) => self.verify_order((0..ndim).rev(), itemsize, "Buffer not C contiguous."),
            Some(Order::Fortran) => self.verify_order(0..ndim, itemsize, "Buffer not fortran contiguous."),
            None => Ok(()),
        }
    }

    /// Cython's `__pyx_verify_contig`: packed strides along `axes`, ignoring extents of 1.
    fn verify_order(&self, axes: impl Iterator<Item = usize>, itemsize: isize, message: &str) -> Result<(), Error> {
        let mut packed = itemsize;
        for axis in axes {
            if packed != self.strides[axis] && self.shape[axis] > 1 {
                return Err(value_error(message));
            }
            packed = packed.wrapping_mul(self.shape[axis]);
        }
        Ok(())
    }
}

/// Cython's format check of a buffer's struct-module `format` against `elem`
/// (`__Pyx_BufFmt_CheckString`), then its item size check.
/// A struct element is checked field by field against `info`.
pub(crate) fn check_format_and_itemsize(
    format: &[u8],
    itemsize: isize,
    elem: &ElemType<'_>,
    info: Option<&TypeInfo>,
) -> Result<(), Error> {
    let expected = Expected { name: elem.name, size: elem.size, group: elem.group as u8 };
    FormatCheck::new(expected, info).run(format)?;
    check_itemsize(itemsize, &expected)
}

/// `Item size of buffer (4 bytes) does not match size of 'double' (8 bytes)`.
fn check_itemsize(itemsize: isize, expected: &Expected<'_>) -> Result<(), Error> {
    if usize::try_from(itemsize) == Ok(expected.size) {
        return Ok(());
    }
    let plural = |n: usize| if n > 1 { "s" } else { "" };
    Err(value_error(format!(
        "Item size of buffer ({itemsize} byte{}) does not match size of '{}' ({} byte{})",
        plural(itemsize.unsigned_abs()),
        expected.name,
        expected.size,
        plural(expected.size)
    )))
}

/// The C or Fortran order a view type promises (`double[:, ::1]`,
/// `double[::1, :]`), as Cython's `__Pyx_IS_C_CONTIG` / `__Pyx_IS_F_CONTIG`.
pub(crate) fn promised_order(axes: &[AxisSpec]) -> Option<Order> {
    order_of(axes)
}

/// Cython's `is_cf_contig`: `[..., ::1]` with the rest `follow` is C order,
/// `[::1, ...]` with more than one axis is Fortran order.
fn order_of(axes: &[AxisSpec]) -> Option<Order> {
    let (first, last) = (axes.first()?, axes.last()?);
    if *last == AxisSpec::CONTIGUOUS && axes[..axes.len() - 1].iter().all(|a| *a == AxisSpec::FOLLOW) {
        Some(Order::C)
    } else if axes.len() > 1 && *first == AxisSpec::CONTIGUOUS && axes[1..].iter().all(|a| *a == AxisSpec::FOLLOW) {
        Some(Order::Fortran)
    } else {
        None
    }
}

fn value_error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::ValueError, message)
}

/// Cython's `__Pyx_BufFmt_TypeCharToNativeSize` (`@` and `^` packing).
fn native_size(code: u8, complex: bool) -> usize {
    let pair = if complex { 2 } else { 1 };
    match code {
        b'?' | b'c' | b'b' | b'B' | b's' | b'p' => 1,
        b'h' | b'H' => size_of::<c_short>(),
        b'i' | b'I' => size_of::<c_int>(),
        b'l' | b'L' => size_of::<c_long>(),
        b'q' | b'Q' => size_of::<c_longlong>(),
        b'f' => 4 * pair,
        b'd' => 8 * pair,
        b'g' => LONG_DOUBLE_SIZE * pair,
        _ => size_of::<*const u8>(),
    }
}

/// Cython's `__Pyx_BufFmt_TypeCharToStandardSize` (`=`, `<` packing); 0 for
/// `g`, which has none (the size check then fails).
fn standard_size(code: u8, complex: bool) -> usize {
    let pair = if complex { 2 } else { 1 };
    match code {
        b'?' | b'c' | b'b' | b'B' | b's' | b'p' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'l' | b'L' => 4,
        b'q' | b'Q' => 8,
        b'f' => 4 * pair,
        b'd' => 8 * pair,
        b'g' => 0,
        _ => size_of::<*const u8>(),
    }
}

/// Cython's `__Pyx_BufFmt_TypeCharToAlignment` (and `…ToPadding`, equal on LP64).
fn alignment(code: u8) -> usize {
    match code {
        b'h' | b'H' => align_of::<c_short>(),
        b'i' | b'I' => align_of::<c_int>(),
        b'l' | b'L' => align_of::<c_long>(),
        b'q' | b'Q' => align_of::<c_longlong>(),
        b'f' => align_of::<f32>(),
        b'd' => align_of::<f64>(),
        b'g' => LONG_DOUBLE_SIZE,
        b'O' | b'P' => align_of::<*const u8>(),
        _ => 1,
    }
}

/// Cython's `__Pyx_BufFmt_TypeCharToGroup`.
fn group(code: u8, complex: bool) -> u8 {
    match code {
        b'c' => b'H',
        b'b' | b'h' | b'i' | b'l' | b'q' | b's' | b'p' => b'I',
        b'f' | b'd' | b'g' if complex => b'C',
        b'f' | b'd' | b'g' => b'R',
        b'O' => b'O',
        b'P' => b'P',
        _ => b'U',
    }
}

/// Cython's `__Pyx_BufFmt_DescribeTypeChar`: how a message names a format code.
fn describe(code: u8, complex: bool) -> &'static str {
    match (code, complex) {
        (b'?', _) => "'bool'",
        (b'c', _) => "'char'",
        (b'b', _) => "'signed char'",
        (b'B', _) => "'unsigned char'",
        (b'h', _) => "'short'",
        (b'H', _) => "'unsigned short'",
        (b'i', _) => "'int'",
        (b'I', _) => "'unsigned int'",
        (b'l', _) => "'long'",
        (b'L', _) => "'unsigned long'",
        (b'q', _) => "'long long'",
        (b'Q', _) => "'unsigned long long'",
        (b'f', false) => "'float'",
        (b'f', true) => "'complex float'",
        (b'd', false) => "'double'",
        (b'd', true) => "'complex double'",
        (b'g', false) => "'long double'",
        (b'g', true) => "'complex long double'",
        (b'T', _) => "a struct",
        (b'O', _) => "Python object",
        (b'P', _) => "a pointer",
        (b's' | b'p', _) => "a string",
        (0, _) => "end",
        _ => "unparsable format string",
    }
}

impl<'a> FormatCheck<'a> {
    /// The check of `root`, or of `info` when the element is a struct.
    fn new(root: Expected<'a>, info: Option<&'a TypeInfo>) -> FormatCheck<'a> {
        let root = match info {
            Some(t) => Ty::Info(t),
            None => Ty::Scalar(root),
        };
        let mut check = FormatCheck {
            root,
            stack: vec![Frame { slot: Slot::Root, parent_offset: 0 }],
            offset: 0,
            new_packmode: b'@',
            pending_packmode: b'@',
            new_count: 1,
            pending_count: 0,
            pending_code: 0,
            pending_complex: false,
            is_valid_array: false,
            struct_alignment: 0,
        };
        // Down to the first field that is not a struct.
        while let Ty::Info(t) = check.top_type() {
            if t.group as u8 != b'S' || t.nfields == 0 {
                break;
            }
            check.stack.push(Frame { slot: Slot::Field { parent: t, index: 0 }, parent_offset: 0 });
        }
        check
    }

    /// The type of a stack entry.
    fn type_of(&self, slot: Slot<'a>) -> Ty<'a> {
        match slot {
            Slot::Root => self.root,
            // SAFETY: generated type infos point to their fields and types.
            Slot::Field { parent, index } => Ty::Info(unsafe { &*parent.field_list()[index].ty }),
        }
    }

    fn top_type(&self) -> Ty<'a> {
        self.type_of(self.stack.last().expect("a field is being matched").slot)
    }

    /// Reads the whole format (Cython's `__Pyx_BufFmt_CheckString`).
    fn run(mut self, format: &[u8]) -> Result<(), Error> {
        self.check_from(format, 0).map(drop)
    }

    /// The mismatch message for the pending code (`__Pyx_BufFmt_RaiseExpected`):
    /// a field of a struct is named with the struct it is in.
    fn mismatch(&self) -> Error {
        let got = describe(self.pending_code, self.pending_complex);
        let Some(head) = self.stack.last() else {
            return value_error(format!("Buffer dtype mismatch, expected end but got {got}"));
        };
        match head.slot {
            Slot::Root => value_error(format!("Buffer dtype mismatch, expected '{}' but got {got}", self.root.name())),
            Slot::Field { parent, index } => {
                let field_type = self.type_of(head.slot).name();
                let parent_slot = self.stack[self.stack.len() - 2].slot;
                // SAFETY: a field's name is a NUL-terminated string.
                let field = unsafe { CStr::from_ptr(parent.field_list()[index].name) }.to_string_lossy();
                value_error(format!(
                    "Buffer dtype mismatch, expected '{field_type}' but got {got} in '{}.{field}'",
                    self.type_of(parent_slot).name()
                ))
            }
        }
    }

    /// Matches the pending run of one code against the next fields
    /// (`__Pyx_BufFmt_ProcessTypeChunk`).
    fn process_pending(&mut self) -> Result<(), Error> {
        if self.pending_code == 0 {
            return Ok(());
        }
        if self.stack.is_empty() {
            // The element is matched and more codes follow (Cython reads past its stack here).
            return Err(self.mismatch());
        }
        let (code, complex) = (self.pending_code, self.pending_complex);
        let mut arraysize = 1;
        if let Ty::Info(t) = self.top_type() {
            if t.ndim > 0 {
                let ndim = (t.ndim as usize).min(t.arraysize.len());
                let mut given = 0;
                if code == b's' || code == b'p' {
                    self.is_valid_array = ndim == 1;
                    given = 1;
                    if self.pending_count != t.arraysize[0] {
                        return Err(value_error(format!(
                            "Expected a dimension of size {}, got {}",
                            t.arraysize[0], self.pending_count
                        )));
                    }
                }
                if !self.is_valid_array {
                    return Err(value_error(format!("Expected {ndim} dimensions, got {given}")));
                }
                arraysize = t.arraysize[..ndim].iter().product();
                self.is_valid_array = false;
                self.pending_count = 1;
            }
        }
        let group = group(code, complex);
        loop {
            let head = *self.stack.last().expect("matching a field");
            let ty = self.type_of(head.slot);
            let size = match self.pending_packmode {
                b'@' | b'^' => native_size(code, complex),
                _ => standard_size(code, complex),
            };
            if self.pending_packmode == b'@' {
                let align = alignment(code);
                if self.offset % align > 0 {
                    self.offset += align - self.offset % align;
                }
                if self.struct_alignment == 0 {
                    self.struct_alignment = align;
                }
            }
            let chars_of_same_size = (ty.group() == b'H' || group == b'H') && ty.size() == size;
            if (ty.size() != size || ty.group() != group) && !chars_of_same_size {
                return Err(self.mismatch());
            }
            let expected_offset = head.parent_offset
                + match head.slot {
                    Slot::Root => 0,
                    // SAFETY: as in `type_of`.
                    Slot::Field { parent, index } => (unsafe { parent.field_list() })[index].offset,
                };
            if self.offset != expected_offset {
                return Err(value_error(format!(
                    "Buffer dtype mismatch; next field is at offset {} but {expected_offset} expected",
                    self.offset
                )));
            }
            self.offset += size * arraysize;
            // `0d` leaves nothing to match: Cython wraps around and reports a mismatch.
            self.pending_count = self.pending_count.wrapping_sub(1);
            // On to the next field, into and out of nested structs.
            loop {
                let top = self.stack.len() - 1;
                match self.stack[top].slot {
                    Slot::Root => {
                        self.stack.clear();
                        if self.pending_count != 0 {
                            return Err(self.mismatch());
                        }
                        break;
                    }
                    Slot::Field { parent, index } => {
                        // SAFETY: as in `type_of`.
                        let fields = unsafe { parent.field_list() };
                        if index + 1 == fields.len() {
                            self.stack.pop();
                            continue;
                        }
                        self.stack[top].slot = Slot::Field { parent, index: index + 1 };
                        // SAFETY: as in `type_of`.
                        let next = unsafe { &*fields[index + 1].ty };
                        if next.group as u8 == b'S' {
                            if next.nfields == 0 {
                                continue;
                            }
                            let parent_offset = self.stack[top].parent_offset + fields[index + 1].offset;
                            self.stack.push(Frame { slot: Slot::Field { parent: next, index: 0 }, parent_offset });
                        }
                        break;
                    }
                }
            }
            if self.pending_count == 0 || self.stack.is_empty() {
                break;
            }
        }
        self.pending_code = 0;
        self.pending_complex = false;
        Ok(())
    }

    /// Reads from `at` to the end or to the `}` closing a `T{`; returns where it stopped.
    fn check_from(&mut self, format: &[u8], mut at: usize) -> Result<usize, Error> {
        let mut got_z = false;
        loop {
            let code = format.get(at).copied().unwrap_or(0);
            match code {
                0 => {
                    if self.pending_code != 0 && self.stack.is_empty() {
                        return Err(self.mismatch());
                    }
                    self.process_pending()?;
                    if !self.stack.is_empty() {
                        return Err(self.mismatch());
                    }
                    return Ok(at);
                }
                b' ' | b'\r' | b'\n' => at += 1,
                b'<' => {
                    self.new_packmode = b'=';
                    at += 1;
                }
                b'>' | b'!' => return Err(value_error("Big-endian buffer not supported on little-endian compiler")),
                b'=' | b'@' | b'^' => {
                    self.new_packmode = code;
                    at += 1;
                }
                b'T' => {
                    let repeat = self.new_count;
                    let outer_alignment = self.struct_alignment;
                    self.new_count = 1;
                    at += 1;
                    if format.get(at) != Some(&b'{') {
                        return Err(value_error("Buffer acquisition: Expected '{' after 'T'"));
                    }
                    self.process_pending()?;
                    self.pending_code = 0;
                    self.pending_count = 0;
                    self.struct_alignment = 0;
                    at += 1;
                    let mut after = at;
                    for _ in 0..repeat {
                        after = self.check_from(format, at)?;
                    }
                    at = after;
                    if outer_alignment != 0 {
                        self.struct_alignment = outer_alignment;
                    }
                }
                b'}' => {
                    let struct_alignment = self.struct_alignment;
                    at += 1;
                    self.process_pending()?;
                    self.pending_code = 0;
                    if struct_alignment != 0 && self.offset % struct_alignment != 0 {
                        self.offset += struct_alignment - self.offset % struct_alignment;
                    }
                    return Ok(at);
                }
                b'x' => {
                    self.process_pending()?;
                    self.offset += self.new_count;
                    self.new_count = 1;
                    self.pending_count = 0;
                    self.pending_code = 0;
                    self.pending_packmode = self.new_packmode;
                    at += 1;
                }
                b'Z' => {
                    got_z = true;
                    at += 1;
                    let next = format.get(at).copied().unwrap_or(0);
                    if !matches!(next, b'f' | b'd' | b'g') {
                        return Err(value_error("Unexpected format string character: 'Z'"));
                    }
                    self.type_code(next, &mut got_z)?;
                    at += 1;
                }
                b'?' | b'c' | b'b' | b'B' | b'h' | b'H' | b'i' | b'I' | b'l' | b'L' | b'q' | b'Q' | b'f' | b'd'
                | b'g' | b'O' | b'p' | b's' => {
                    self.type_code(code, &mut got_z)?;
                    at += 1;
                }
                b':' => {
                    at += 1;
                    while at < format.len() && format[at] != b':' {
                        at += 1;
                    }
                    at += 1;
                }
                b'(' => at = self.array_dims(format, at)?,
                _ => self.new_count = expect_number(format, &mut at)?,
            }
        }
    }

    /// A type code: extends the pending run, or starts a new one after matching it.
    fn type_code(&mut self, code: u8, got_z: &mut bool) -> Result<(), Error> {
        let same_run = code != b's'
            && self.pending_code == code
            && *got_z == self.pending_complex
            && self.pending_packmode == self.new_packmode
            && !self.is_valid_array;
        if same_run {
            self.pending_count += self.new_count;
        } else {
            self.process_pending()?;
            self.pending_count = self.new_count;
            self.pending_packmode = self.new_packmode;
            self.pending_code = code;
            self.pending_complex = *got_z;
        }
        self.new_count = 1;
        *got_z = false;
        Ok(())
    }

    /// `(d1,d2,...)` before a code (`__pyx_buffmt_parse_array`): the
    /// extents of the C array field being matched (none for a scalar).
    fn array_dims(&mut self, format: &[u8], mut at: usize) -> Result<usize, Error> {
        at += 1;
        if self.new_count != 1 {
            return Err(value_error("Cannot handle repeated arrays in format string"));
        }
        self.process_pending()?;
        let extents: &[usize] = match self.stack.last().map(|f| self.type_of(f.slot)) {
            Some(Ty::Info(t)) => &t.arraysize[..(t.ndim.max(0) as usize).min(t.arraysize.len())],
            _ => &[],
        };
        let mut dims = 0;
        while at < format.len() && format[at] != b')' {
            if matches!(format[at], b' ' | b'\x0c' | b'\r' | b'\n' | b'\t' | b'\x0b') {
                at += 1;
                continue;
            }
            let number = expect_number(format, &mut at)?;
            if dims < extents.len() && number != extents[dims] {
                return Err(value_error(format!("Expected a dimension of size {}, got {number}", extents[dims])));
            }
            let next = format.get(at).copied().unwrap_or(0);
            if next != b',' && next != b')' {
                return Err(value_error(format!("Expected a comma in format string, got '{}'", char::from(next))));
            }
            if next == b',' {
                at += 1;
            }
            dims += 1;
        }
        if dims != extents.len() {
            return Err(value_error(format!("Expected {} dimension(s), got {dims}", extents.len())));
        }
        if at >= format.len() {
            return Err(value_error("Unexpected end of format string, expected ')'"));
        }
        self.is_valid_array = true;
        self.new_count = 1;
        Ok(at + 1)
    }
}

/// A decimal repeat count (`__Pyx_BufFmt_ExpectNumber`).
fn expect_number(format: &[u8], at: &mut usize) -> Result<usize, Error> {
    let start = *at;
    let mut number: usize = 0;
    while let Some(digit @ b'0'..=b'9') = format.get(*at).copied() {
        number = number.saturating_mul(10).saturating_add(usize::from(digit - b'0'));
        *at += 1;
    }
    if *at == start {
        let code = format.get(start).copied().unwrap_or(0);
        return Err(value_error(format!(
            "Does not understand character buffer dtype format string ('{}')",
            char::from(code)
        )));
    }
    Ok(number)
}

/// `int cytrus_slice_check_dtype(const cytrus_slice *s, int ndim, const char
/// *dtype_name, size_t dtype_size, char dtype_group)`: [`Slice::check_dtype`];
/// `dtype_group` is `'H'`, `'I'`, `'U'` or `'R'` ([`TypeGroup`]). 0, or -1 with
/// the error indicator set.
///
/// # Safety
/// `s` points to a slice whose `memview` is null or live; `dtype_name` is a
/// NUL-terminated string.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_check_dtype(
    s: *const Slice,
    ndim: c_int,
    dtype_name: *const c_char,
    dtype_size: usize,
    dtype_group: c_char,
) -> c_int {
    // SAFETY: the caller passes a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(dtype_name) }.to_string_lossy();
    let expected = Expected { name: &name, size: dtype_size, group: dtype_group as u8 };
    // SAFETY: the caller passes a slice whose owner is null or live.
    status(unsafe { (*s).check_expected(dims(ndim), &expected) })
}

/// `int cytrus_slice_check_axes(const cytrus_slice *s, int ndim, Py_ssize_t
/// itemsize, const int *axis_specs)`: [`Slice::check_axes`] with `ndim`
/// `CYTRUS_AXIS_*` specs. 0, or -1 with the error indicator set.
///
/// # Safety
/// `s` points to a slice; `axis_specs` points to `ndim` ints.
#[no_mangle]
pub unsafe extern "C" fn cytrus_slice_check_axes(
    s: *const Slice,
    ndim: c_int,
    itemsize: isize,
    axis_specs: *const c_int,
) -> c_int {
    // SAFETY: the caller passes `ndim` ints, and `AxisSpec` is a transparent `int`.
    let axes = unsafe { core::slice::from_raw_parts(axis_specs.cast::<AxisSpec>(), dims(ndim)) };
    // SAFETY: the caller passes a pointer to a slice.
    status(unsafe { &*s }.check_axes(itemsize, axes))
}

#[cfg(test)]
mod tests;
