//! The type of every lir value and place, computed from the value itself and
//! the locals and globals it reads: the lir carries its types, so neither
//! printer has to infer one.
//!
//! `Binary { Add, ty: long, … }` → `long`; `Compare { … }` → `Bool`;
//! `Read(Element { elem: double, … })` → `double`.

use super::{ExternValue, LType, Local, Place, UnaryOp, Value};
use crate::tir::IntKind;

/// What a value may read: the locals of its function and the module's globals.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub locals: &'a [Local],
    pub globals: &'a [Local],
    pub externs: &'a [ExternValue],
}

impl Scope<'_> {
    /// The type a value has.
    pub fn value(&self, v: &Value) -> LType {
        match v {
            Value::Int(_, k) => LType::Int(*k),
            Value::Int128(_) => LType::Int128,
            Value::Float(_, bits) => LType::Float(*bits),
            Value::Bool(_) => LType::Bool,
            Value::Null(t) => t.clone(),
            Value::Const { ty, .. } => ty.clone(),
            Value::Extern(id) => self.externs[id.0 as usize].ty.clone(),
            Value::ExternAddress(id) => LType::Ptr(Box::new(self.externs[id.0 as usize].ty.clone())),
            Value::Read(p) => self.place(p),
            Value::Unary { op: UnaryOp::Not, .. } => LType::Bool,
            Value::Unary { ty, .. } | Value::Binary { ty, .. } | Value::Cond { ty, .. } | Value::Cast { ty, .. } => {
                ty.clone()
            }
            Value::Math { ty, .. } => ty.clone(),
            Value::Compare { .. } | Value::And(..) | Value::Or(..) => LType::Bool,
            Value::AddressOf(p) => LType::Ptr(Box::new(self.place(p))),
            Value::Sizeof(_) => LType::Int(IntKind::SizeT),
            Value::IsNone(_) | Value::ErrOccurred | Value::ErrorMatches { .. } => LType::Bool,
            Value::ThreadId => LType::Int(IntKind::Int),
            Value::SliceWith { .. } | Value::SliceWithData { .. } | Value::NoneSlice => LType::Slice,
            Value::Zero(ty) | Value::FuncAddr { ty, .. } => ty.clone(),
            Value::CString(_) => LType::Ptr(Box::new(LType::Int(IntKind::Char))),
            Value::Tuple { ty, .. } => ty.clone(),
        }
    }

    /// The type of what a place holds.
    pub fn place(&self, p: &Place) -> LType {
        match p {
            Place::Local(l) => self.locals[l.0 as usize].ty.clone(),
            Place::Global(g) => self.globals[g.0 as usize].ty.clone(),
            Place::Deref { elem, .. } => elem.clone(),
            Place::Element(e) => e.elem.clone(),
            Place::SliceField { .. } => LType::Int(IntKind::SsizeT),
            Place::SliceData(_) => slice_data_type(),
            Place::Field { ty, .. } => ty.clone(),
            Place::TupleField { elem, .. } => elem.clone(),
        }
    }
}

/// The type of a slice's `data` pointer.
pub fn slice_data_type() -> LType {
    LType::Ptr(Box::new(LType::Int(IntKind::UChar)))
}

impl LType {
    /// Whether values of the two types are the same in both output
    /// languages, so that one stands where the other is expected.
    pub fn same_as(&self, other: &LType) -> bool {
        match (self.int_class(), other.int_class()) {
            (Some(a), Some(b)) => a == b,
            _ => self == other,
        }
    }

    /// An integer type's representation in both languages: its width, its
    /// signedness, and whether Rust spells it as a pointer-sized integer
    /// (`Py_ssize_t`/`size_t` are `isize`/`usize`; `long` and `long long`
    /// are both `i64`, `bint` and `int` both `i32`).
    fn int_class(&self) -> Option<(u32, bool, bool)> {
        match self {
            LType::Int(k) => Some((k.bits(), k.signed(), matches!(k, IntKind::SsizeT | IntKind::SizeT))),
            LType::Bint => Some((32, true, false)),
            _ => None,
        }
    }

    /// Numeric: an integer, `bint`, a float or a Python int.
    pub fn is_numeric(&self) -> bool {
        matches!(self, LType::Int(_) | LType::Bint | LType::Float(_) | LType::Int128 | LType::Bool)
    }

    pub fn is_float(&self) -> bool {
        matches!(self, LType::Float(_))
    }

    pub fn is_ptr(&self) -> bool {
        matches!(self, LType::Ptr(_) | LType::Array(..))
    }
}
