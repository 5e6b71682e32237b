//! Lowering memoryview operations: element addresses with their checks,
//! slicing as struct arithmetic, acquisition of arrays and copies.

use super::expr::itemsize;
use super::facts::{Atom, Lin};
use super::{cmp, ltype, not, Lowerer};
use crate::lir::{
    Access, AxisTerm, Bounds, CmpOp, Element, LType, Message, Place, RuntimeArg, RuntimeFn, SliceField, Stmt, Value,
};
use crate::tir::{self, Axis, ExceptionKind, ExprKind, IntKind, SliceItem, Type, VarId, ViewAttr};

/// The lir field for a tir attribute.
pub(super) fn slice_field(attr: ViewAttr) -> SliceField {
    match attr {
        ViewAttr::Shape => SliceField::Shape,
        ViewAttr::Strides => SliceField::Strides,
        ViewAttr::Suboffsets => SliceField::Suboffsets,
    }
}

fn ssize(v: i128) -> Value {
    Value::Int(v, IntKind::SsizeT)
}

fn field(place: &Place, f: SliceField, axis: usize) -> Place {
    Place::SliceField { slice: Box::new(place.clone()), field: f, axis }
}

fn read(place: Place) -> Value {
    Value::Read(Box::new(place))
}

impl Lowerer<'_> {
    /// A slice value stored in a place (a local copy when it is not one already).
    pub(super) fn slice_in_place(&mut self, v: Value) -> Place {
        match v {
            Value::Read(p) if matches!(*p, Place::Local(_) | Place::Global(_)) => *p,
            other => {
                let t = self.temp(LType::Slice);
                self.emit(Stmt::Assign { place: Place::Local(t), value: other });
                Place::Local(t)
            }
        }
    }

    /// Raises UnboundLocalError when a view local is read before it was assigned.
    pub(super) fn check_view_initialized(&mut self, v: VarId) {
        if !self.st().directives.initializedcheck || self.st().assigned.contains(&v) {
            return;
        }
        let Some(&flag) = self.st().init_flags.get(&v) else { return };
        let name = self.tir.var(v).name.clone();
        self.emit(Stmt::Check {
            fail_if: not(read(Place::Local(flag))),
            kind: ExceptionKind::UnboundLocalError,
            message: Message::Text(format!("local variable '{name}' referenced before assignment")),
        });
    }

    pub(super) fn mark_view_initialized(&mut self, v: VarId) {
        self.st().assigned.insert(v);
        if let Some(&flag) = self.st().init_flags.get(&v) {
            self.emit(Stmt::Assign { place: Place::Local(flag), value: Value::Bool(true) });
        }
    }

    /// The element `base[indices]`: wraparound, bounds checks (the last
    /// failing axis is named, as Cython does), then one address term per axis.
    pub(super) fn element(&mut self, base: &tir::Expr, indices: &[tir::Expr], elem: &Type) -> Place {
        let m = base.ty.memview().expect("indexing a view").clone();
        let (s, _) = self.slice_value(base);
        let slice = self.slice_in_place(s);
        let d = self.st().directives;
        if d.nonecheck {
            self.emit(Stmt::Check {
                fail_if: Value::IsNone(Box::new(read(slice.clone()))),
                kind: ExceptionKind::TypeError,
                message: Message::Text("Cannot index None memoryview slice".into()),
            });
        }
        let base_var = match base.kind {
            ExprKind::Var(v) => Some(v),
            _ => None,
        };
        let mut idx = Vec::new();
        let mut proofs = Vec::new();
        let mut whys = Vec::new();
        for (axis, index) in indices.iter().enumerate() {
            let (proof, why) = self.proven(index, base_var, axis);
            proofs.push(proof);
            whys.push(why);
            let v = self.value(index);
            let known_non_negative = proof.non_negative() || matches!(v, Value::Int(i, _) if i >= 0);
            let v = self.materialize(v, LType::Int(IntKind::SsizeT));
            let v = if d.wraparound && !known_non_negative {
                let t = self.temp(LType::Int(IntKind::SsizeT));
                let shape = read(field(&slice, SliceField::Shape, axis));
                self.emit(Stmt::Assign {
                    place: Place::Local(t),
                    value: Value::Cond {
                        cond: Box::new(cmp(CmpOp::Lt, v.clone(), ssize(0))),
                        then: Box::new(Value::Binary {
                            op: crate::lir::BinOp::Add,
                            ty: LType::Int(IntKind::SsizeT),
                            left: Box::new(v.clone()),
                            right: Box::new(shape),
                        }),
                        orelse: Box::new(v),
                        ty: LType::Int(IntKind::SsizeT),
                    },
                });
                read(Place::Local(t))
            } else {
                v
            };
            idx.push(v);
        }
        if d.boundscheck {
            // Checking the axes from the last one names the last failing axis.
            for axis in (0..indices.len()).rev() {
                if proofs[axis].in_bounds() {
                    continue;
                }
                let size = LType::Int(IntKind::SizeT);
                self.emit(Stmt::Check {
                    fail_if: cmp(
                        CmpOp::Ge,
                        Value::Cast { implicit: false, ty: size.clone(), value: Box::new(idx[axis].clone()) },
                        Value::Cast {
                            implicit: false,
                            ty: size,
                            value: Box::new(read(field(&slice, SliceField::Shape, axis))),
                        },
                    ),
                    kind: ExceptionKind::IndexError,
                    message: Message::Text(format!("Out of bounds on buffer access (axis {axis})")),
                });
            }
        }
        let n = m.ndim();
        // Say which checks the range analysis removed, and why.
        for (axis, index) in indices.iter().enumerate() {
            if d.boundscheck && proofs[axis].in_bounds() {
                let view = base_var.map_or_else(|| "the view".to_string(), |v| format!("`{}`", self.tir.var(v).name));
                let why = match proofs[axis] {
                    super::Proof::Hoisted => "checked once, before the loop".to_string(),
                    _ if whys[axis].is_empty() => "stays within range(0, its extent)".to_string(),
                    _ => format!("stays within range(0, its extent): {}", whys[axis].join("; ")),
                };
                let note = match self.lin_of(index, true) {
                    Some(l) => {
                        format!("no bounds check or wraparound on axis {axis} of {view}: `{}` {why}", self.lin_text(&l))
                    }
                    None => format!("no bounds check on axis {axis} of {view}: the index is {why}"),
                };
                // Once per statement (`y[i] = a * x[i] + y[i]` indexes `y` twice).
                let block = self.st().blocks.last().expect("a block is open");
                let said = block
                    .iter()
                    .rev()
                    .take_while(|s| !matches!(s, Stmt::Line(_)))
                    .any(|s| *s == Stmt::Note(note.clone()));
                if !said {
                    self.emit(Stmt::Note(note));
                }
            }
        }
        let bounds: Vec<Bounds> = (0..indices.len())
            .map(|axis| {
                if !d.boundscheck {
                    Bounds::Unchecked
                } else if proofs[axis].in_bounds() {
                    Bounds::Proven(proofs[axis].reason())
                } else {
                    Bounds::Checked
                }
            })
            .collect();
        let terms = idx
            .into_iter()
            .enumerate()
            .map(|(axis, index)| AxisTerm {
                axis,
                index,
                bounds: bounds[axis],
                access: match m.axes[axis] {
                    // A contiguous axis promised stride == itemsize (checked on acquisition).
                    Axis::Contiguous if axis == n - 1 || axis == 0 => Access::Contiguous,
                    Axis::Contiguous | Axis::Strided | Axis::Follow => Access::Strided,
                    Axis::Indirect | Axis::IndirectContiguous => Access::Indirect,
                    Axis::Generic => Access::Generic,
                },
            })
            .collect();
        Place::Element(Element { slice: Box::new(read(slice)), elem: ltype(elem), terms })
    }

    /// A slice-typed expression as a value, and whether that value holds an
    /// acquisition of its own (a new array or copy, a returned view).
    pub(super) fn slice_value(&mut self, e: &tir::Expr) -> (Value, bool) {
        match &e.kind {
            ExprKind::Var(v) => {
                self.check_view_initialized(*v);
                (read(self.var_place(*v)), false)
            }
            ExprKind::NoneLit => (Value::NoneSlice, false),
            ExprKind::Call { .. } => (self.value(e), true),
            ExprKind::ViewSlice { base, items } => {
                let m = base.ty.memview().expect("slicing a view").clone();
                let (s, _) = self.slice_value(base);
                let src = self.slice_in_place(s);
                self.none_check(&src, ExceptionKind::TypeError, "Cannot slice");
                let dst = self.temp(LType::Slice);
                let dstp = Place::Local(dst);
                // This temporary only ever holds this expression's views: its
                // axes past the source's stay 0 from its initialisation.
                self.emit(Stmt::CopySlice { dst: dstp.clone(), src: src.clone(), ndim: m.ndim() });
                // Direct axes only: no suboffset moves the data pointer.
                let direct = m.axes.iter().all(|a| matches!(a, Axis::Contiguous | Axis::Strided | Axis::Follow));
                let base_var = match base.kind {
                    ExprKind::Var(v) => Some(v),
                    _ => None,
                };
                // The runtime's record of the last indirect axis, made at its first use.
                let mut suboffset_dim = None;
                let mut dim = 0;
                let mut new_ndim = 0;
                for item in items {
                    match item {
                        SliceItem::NewAxis => {
                            self.emit(Stmt::Assign {
                                place: field(&dstp, SliceField::Shape, new_ndim),
                                value: ssize(1),
                            });
                            self.emit(Stmt::Assign {
                                place: field(&dstp, SliceField::Strides, new_ndim),
                                value: ssize(0),
                            });
                            self.emit(Stmt::Assign {
                                place: field(&dstp, SliceField::Suboffsets, new_ndim),
                                value: ssize(-1),
                            });
                            new_ndim += 1;
                        }
                        SliceItem::Index(i) if direct => {
                            self.slice_index_direct(&dstp, &src, dim, i, base_var);
                            dim += 1;
                        }
                        SliceItem::Index(i) => {
                            let v = self.value(i);
                            if !self.st().directives.wraparound {
                                // Without wraparound a negative index is out of bounds.
                                let v2 = self.materialize(v.clone(), LType::Int(IntKind::SsizeT));
                                self.emit(Stmt::Check {
                                    fail_if: cmp(CmpOp::Lt, v2.clone(), ssize(0)),
                                    kind: ExceptionKind::IndexError,
                                    message: Message::Text(format!("Index out of bounds (axis {dim})")),
                                });
                                self.slice_axis(
                                    &dstp,
                                    &src,
                                    dim,
                                    new_ndim,
                                    &mut suboffset_dim,
                                    Some(v2),
                                    None,
                                    None,
                                    false,
                                );
                                dim += 1;
                                continue;
                            }
                            self.slice_axis(&dstp, &src, dim, new_ndim, &mut suboffset_dim, Some(v), None, None, false);
                            dim += 1;
                        }
                        SliceItem::Range { start, stop, step: None } if direct => {
                            let start = start.as_ref().map(|e| (e, self.value(e)));
                            let stop = stop.as_ref().map(|e| (e, self.value(e)));
                            if start.is_some() || stop.is_some() || dim != new_ndim {
                                self.slice_range_direct(&dstp, &src, dim, new_ndim, start, stop, base_var);
                            }
                            dim += 1;
                            new_ndim += 1;
                        }
                        SliceItem::Range { start, stop, step } => {
                            let start = start.as_ref().map(|e| self.value(e));
                            let stop = stop.as_ref().map(|e| self.value(e));
                            let step = step.as_ref().map(|e| self.value(e));
                            let whole = start.is_none() && stop.is_none() && step.is_none();
                            if whole && dim == new_ndim {
                                // `:` keeps the axis as it is.
                            } else {
                                self.slice_axis(
                                    &dstp,
                                    &src,
                                    dim,
                                    new_ndim,
                                    &mut suboffset_dim,
                                    start,
                                    stop,
                                    step,
                                    true,
                                );
                            }
                            dim += 1;
                            new_ndim += 1;
                        }
                    }
                }
                // Axes past the new last one are unused.
                for axis in new_ndim..m.ndim().max(new_ndim) {
                    for f in [SliceField::Shape, SliceField::Strides, SliceField::Suboffsets] {
                        self.emit(Stmt::Assign { place: field(&dstp, f, axis), value: ssize(0) });
                    }
                }
                (read(dstp), false)
            }
            ExprKind::Transpose(base) => {
                let m = base.ty.memview().expect("transposing a view").clone();
                let (s, _) = self.slice_value(base);
                let src = self.slice_in_place(s);
                self.none_check(&src, ExceptionKind::AttributeError, "Cannot transpose");
                let dst = self.temp(LType::Slice);
                let dstp = Place::Local(dst);
                self.emit(Stmt::Assign { place: dstp.clone(), value: read(src.clone()) });
                let n = m.ndim();
                for k in 0..n {
                    for f in [SliceField::Shape, SliceField::Strides, SliceField::Suboffsets] {
                        self.emit(Stmt::Assign { place: field(&dstp, f, k), value: read(field(&src, f, n - 1 - k)) });
                    }
                }
                (read(dstp), false)
            }
            ExprKind::ViewFromPtr { ptr, shape, fortran } => {
                let m = e.ty.memview().expect("a view type").clone();
                let p = self.value(ptr);
                let mut dims = Vec::new();
                for s in shape {
                    let v = self.value(s);
                    dims.push(v);
                }
                let t = self.temp(LType::Slice);
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::SliceFromPtr,
                    args: vec![
                        RuntimeArg::Ref(Place::Local(t)),
                        RuntimeArg::Value(Value::Cast {
                            implicit: false,
                            ty: LType::Ptr(Box::new(LType::Void)),
                            value: Box::new(p),
                        }),
                        RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                        RuntimeArg::IntArray(dims, IntKind::SsizeT),
                        RuntimeArg::Value(itemsize(&m)),
                        RuntimeArg::Value(Value::Int(i128::from(*fortran), IntKind::Int)),
                    ],
                    checked: true,
                });
                (read(Place::Local(t)), false)
            }
            ExprKind::ViewFromArray(array) => {
                let m = e.ty.memview().expect("a view type").clone();
                let a = self.array_address(array);
                let mut dims = Vec::new();
                let mut t = &array.ty;
                while let Type::CArray(inner, n) = t {
                    dims.push(ssize(*n as i128));
                    t = inner;
                }
                let out = self.temp(LType::Slice);
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::SliceFromPtr,
                    args: vec![
                        RuntimeArg::Ref(Place::Local(out)),
                        RuntimeArg::Value(a),
                        RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                        RuntimeArg::IntArray(dims, IntKind::SsizeT),
                        RuntimeArg::Value(itemsize(&m)),
                        RuntimeArg::Value(Value::Int(0, IntKind::Int)),
                    ],
                    checked: true,
                });
                (read(Place::Local(out)), false)
            }
            ExprKind::ViewConvert { operand, checked } => {
                let (v, owned) = self.slice_value(operand);
                if *checked {
                    let m = e.ty.memview().expect("a view type").clone();
                    let place = self.slice_in_place(v);
                    self.check_axes(&place, &m);
                    return (read(place), owned);
                }
                (v, owned)
            }
            ExprKind::ViewCopy { base, fortran } => {
                let m = base.ty.memview().expect("copying a view").clone();
                let (s, _) = self.slice_value(base);
                let src = self.slice_in_place(s);
                let name = if *fortran { "copy_fortran" } else { "copy" };
                self.none_check(&src, ExceptionKind::AttributeError, &format!("Cannot access '{name}' attribute of"));
                // Cython's None slice has suboffsets 0, which its copy takes for an indirect axis.
                self.emit(Stmt::Check {
                    fail_if: Value::IsNone(Box::new(read(src.clone()))),
                    kind: ExceptionKind::ValueError,
                    message: Message::Text("Cannot copy memoryview slice with indirect dimensions (axis 0)".into()),
                });
                let out = self.owned_temp();
                self.emit(Stmt::Release(Place::Local(out)));
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: if *fortran { RuntimeFn::SliceCopyFortran } else { RuntimeFn::SliceCopy },
                    args: vec![
                        RuntimeArg::Ref(Place::Local(out)),
                        RuntimeArg::Ref(src),
                        RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                        RuntimeArg::Value(itemsize(&m)),
                    ],
                    checked: true,
                });
                (read(Place::Local(out)), true)
            }
            ExprKind::ArrayToView(array) => {
                // Acquiring the array as the typed view checks it, as Cython does.
                let m = e.ty.memview().expect("a view type").clone();
                let (a, _) = self.slice_value(array);
                let place = self.slice_in_place(a);
                self.check_dtype(&place, &m);
                self.check_axes(&place, &m);
                (read(place), false)
            }
            ExprKind::NumpyArray(array) => (read(Place::Local(self.numpy_array(array, &e.ty))), true),
            ExprKind::ArrayFromPtr(view) => {
                // The pointer's view first (Cython's checks: a NULL pointer,
                // the extents), then an array object of that shape without a
                // buffer of its own, given the pointer as its data.
                let m = view.ty.memview().expect("a view type").clone();
                let ExprKind::ViewFromPtr { fortran, .. } = view.kind else {
                    unreachable!("typeck gives a pointer view")
                };
                let (v, _) = self.slice_value(view);
                let borrowed = self.slice_in_place(v);
                let dims = (0..m.ndim())
                    .map(|axis| {
                        read(Place::SliceField { slice: Box::new(borrowed.clone()), field: SliceField::Shape, axis })
                    })
                    .collect();
                let out = self.owned_temp();
                self.emit(Stmt::Release(Place::Local(out)));
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::ArrayNew,
                    args: vec![
                        RuntimeArg::Ref(Place::Local(out)),
                        RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                        RuntimeArg::IntArray(dims, IntKind::SsizeT),
                        RuntimeArg::Value(itemsize(&m)),
                        RuntimeArg::Str(array_format(&m.elem).into()),
                        RuntimeArg::Str(if fortran { "fortran".into() } else { "c".into() }),
                        RuntimeArg::Value(Value::Int(0, IntKind::Int)),
                    ],
                    checked: true,
                });
                let data = read(Place::SliceData(Box::new(borrowed)));
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::ArraySetData,
                    args: vec![RuntimeArg::Ref(Place::Local(out)), RuntimeArg::Value(data)],
                    checked: false,
                });
                (read(Place::Local(out)), true)
            }
            ExprKind::NewArray { shape, itemsize: size, format, fortran, allocate_buffer, .. } => {
                let mut dims = Vec::new();
                for s in shape {
                    let v = self.value(s);
                    dims.push(v);
                }
                let size = self.value(size);
                let out = self.owned_temp();
                self.emit(Stmt::Release(Place::Local(out)));
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::ArrayNew,
                    args: vec![
                        RuntimeArg::Ref(Place::Local(out)),
                        RuntimeArg::Value(Value::Int(shape.len() as i128, IntKind::Int)),
                        RuntimeArg::IntArray(dims, IntKind::SsizeT),
                        RuntimeArg::Value(size),
                        RuntimeArg::Str(format.clone()),
                        RuntimeArg::Str(if *fortran { "fortran".into() } else { "c".into() }),
                        RuntimeArg::Value(Value::Int(i128::from(*allocate_buffer), IntKind::Int)),
                    ],
                    checked: true,
                });
                // Acquiring the array as the typed view checks it, as Cython does;
                // a `cython.view.array` variable is checked when it becomes a view.
                if let Some(m) = e.ty.memview() {
                    let m = m.clone();
                    self.check_dtype(&Place::Local(out), &m);
                    self.check_axes(&Place::Local(out), &m);
                }
                (read(Place::Local(out)), true)
            }
            _ => (self.value(e), false),
        }
    }

    /// `np.zeros(…)` and the other numpy constructors: the runtime makes the
    /// array (zeros), fills it, and, when `ty` is not the array's own type,
    /// takes it as that view with Cython's checks, in Cython's order: numpy's
    /// contiguity first, then dimensions and dtype, then the axes.
    fn numpy_array(&mut self, array: &tir::NumpyArray, ty: &Type) -> crate::lir::LocalId {
        let ndim = array.ndim();
        let format = array.dtype.format.clone();
        let size = Value::Sizeof(ltype(&array.dtype.elem));
        let int = |v: i128| Value::Int(v, IntKind::Int);
        let out = self.owned_temp();
        self.emit(Stmt::Release(Place::Local(out)));
        match &array.shape {
            tir::ArrayShape::Arange { start, stop, step } => {
                let is_float = start.ty.is_float();
                let args = [start, stop, step].map(|x| RuntimeArg::Value(self.value(x)));
                let mut all = vec![RuntimeArg::Ref(Place::Local(out))];
                all.extend(args);
                all.extend([RuntimeArg::Value(size), RuntimeArg::Str(format.clone())]);
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: if is_float { RuntimeFn::NumpyArangeFloat } else { RuntimeFn::NumpyArangeInt },
                    args: all,
                    checked: true,
                });
            }
            shape => {
                let (dims, fortran) = match shape {
                    tir::ArrayShape::Extents(extents) => {
                        let dims: Vec<Value> = extents.iter().map(|x| self.value(x)).collect();
                        (dims, int(i128::from(array.order == tir::ArrayOrder::Fortran && ndim > 1)))
                    }
                    tir::ArrayShape::Like(view) => {
                        let (v, _) = self.slice_value(view);
                        let place = self.slice_in_place(v);
                        let dims = (0..ndim)
                            .map(|axis| {
                                Value::Read(Box::new(Place::SliceField {
                                    slice: Box::new(place.clone()),
                                    field: SliceField::Shape,
                                    axis,
                                }))
                            })
                            .collect();
                        (dims, int(i128::from(array.order == tir::ArrayOrder::Fortran && ndim > 1)))
                    }
                    tir::ArrayShape::Arange { .. } => unreachable!("handled above"),
                };
                self.emit(Stmt::Runtime {
                    dest: None,
                    func: RuntimeFn::NumpyArray,
                    args: vec![
                        RuntimeArg::Ref(Place::Local(out)),
                        RuntimeArg::Value(int(ndim as i128)),
                        RuntimeArg::IntArray(dims, IntKind::SsizeT),
                        RuntimeArg::Value(size),
                        RuntimeArg::Str(format.clone()),
                        RuntimeArg::Value(fortran),
                    ],
                    checked: true,
                });
            }
        }
        let fill = match &array.fill {
            tir::ArrayFill::Zeros => None,
            tir::ArrayFill::Int(v) => Some((RuntimeFn::NumpyFillInt, v)),
            tir::ArrayFill::Float(v) => Some((RuntimeFn::NumpyFillFloat, v)),
        };
        if let Some((func, v)) = fill {
            let v = self.value(v);
            self.emit(Stmt::Runtime {
                dest: None,
                func,
                args: vec![
                    RuntimeArg::Ref(Place::Local(out)),
                    RuntimeArg::Value(int(ndim as i128)),
                    RuntimeArg::Str(format),
                    RuntimeArg::Value(v),
                ],
                checked: true,
            });
        }
        let natural = array.natural_type();
        let Some(m) = ty.memview().filter(|m| m.elem != natural.elem || m.axes != natural.axes) else { return out };
        let m = m.clone();
        if m.is_c_contiguous() || m.is_f_contiguous() {
            let fortran = m.ndim() > 1 && m.is_f_contiguous();
            self.emit(Stmt::Runtime {
                dest: None,
                func: RuntimeFn::NumpyRequireContig,
                args: vec![
                    RuntimeArg::Ref(Place::Local(out)),
                    RuntimeArg::Value(int(ndim as i128)),
                    RuntimeArg::Value(Value::Sizeof(ltype(&array.dtype.elem))),
                    RuntimeArg::Value(int(i128::from(fortran))),
                ],
                checked: true,
            });
        }
        if *m.elem != array.dtype.elem || m.ndim() != ndim {
            self.check_dtype(&Place::Local(out), &m);
        }
        self.check_axes(&Place::Local(out), &m);
        out
    }

    /// Checks an array's format, item size and dimensions against the view type `m`.
    fn check_dtype(&mut self, place: &Place, m: &tir::MemviewType) {
        let elem = (*m.elem).clone();
        let (name, group) = dtype_name(&elem);
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::SliceCheckDtype,
            args: vec![
                RuntimeArg::Ref(place.clone()),
                RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                RuntimeArg::Str(name),
                RuntimeArg::Value(Value::Sizeof(ltype(&elem))),
                RuntimeArg::Value(Value::Int(group as i128, IntKind::Char)),
            ],
            checked: true,
        });
    }

    /// Checks a view's strides against the axis specs of `m` (run-time conformance).
    fn check_axes(&mut self, place: &Place, m: &tir::MemviewType) {
        if m.axes.iter().all(|a| matches!(a, Axis::Strided | Axis::Generic)) {
            return;
        }
        let n = m.ndim();
        let specs = axis_specs(m).into_iter().map(|spec| Value::Int(spec.into(), IntKind::Int)).collect();
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::SliceCheckAxes,
            args: vec![
                RuntimeArg::Ref(place.clone()),
                RuntimeArg::Value(Value::Int(n as i128, IntKind::Int)),
                RuntimeArg::Value(itemsize(m)),
                RuntimeArg::IntArray(specs, IntKind::Int),
            ],
            checked: true,
        });
    }

    /// A slice-typed value about to be stored in a variable of type `target`.
    pub(super) fn slice_value_for(&mut self, e: &tir::Expr, _target: &Type) -> (Value, bool) {
        let (v, owned) = self.slice_value(e);
        if owned {
            // Move out of the temporary: it must not release what it gave away.
            if let Value::Read(p) = &v {
                if let Place::Local(t) = **p {
                    let moved = self.temp(LType::Slice);
                    self.emit(Stmt::Assign { place: Place::Local(moved), value: v.clone() });
                    self.emit(Stmt::Assign { place: Place::Local(t), value: Value::NoneSlice });
                    return (read(Place::Local(moved)), true);
                }
            }
        }
        (v, owned)
    }

    /// One axis of a slice: Cython's `__pyx_memoryview_slice_memviewslice`.
    #[allow(clippy::too_many_arguments)]
    fn slice_axis(
        &mut self,
        dst: &Place,
        src: &Place,
        dim: usize,
        new_ndim: usize,
        suboffset_dim: &mut Option<crate::lir::LocalId>,
        start: Option<Value>,
        stop: Option<Value>,
        step: Option<Value>,
        is_slice: bool,
    ) {
        let suboffset_dim = match *suboffset_dim {
            Some(t) => t,
            None => {
                let t = self.temp(LType::Int(IntKind::Int));
                self.emit(Stmt::Assign { place: Place::Local(t), value: Value::Int(-1, IntKind::Int) });
                *suboffset_dim = Some(t);
                t
            }
        };
        let flag = |v: &Option<Value>| Value::Int(i128::from(v.is_some()), IntKind::Int);
        let or_zero = |v: Option<Value>| v.unwrap_or(ssize(0));
        let (hs, he, hp) = (flag(&start), flag(&stop), flag(&step));
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::SliceAxis,
            args: vec![
                RuntimeArg::Ref(dst.clone()),
                RuntimeArg::Value(read(field(src, SliceField::Shape, dim))),
                RuntimeArg::Value(read(field(src, SliceField::Strides, dim))),
                RuntimeArg::Value(read(field(src, SliceField::Suboffsets, dim))),
                RuntimeArg::Value(Value::Int(dim as i128, IntKind::Int)),
                RuntimeArg::Value(Value::Int(new_ndim as i128, IntKind::Int)),
                RuntimeArg::Ref(Place::Local(suboffset_dim)),
                RuntimeArg::Value(or_zero(start)),
                RuntimeArg::Value(or_zero(stop)),
                RuntimeArg::Value(or_zero(step)),
                RuntimeArg::Value(hs),
                RuntimeArg::Value(he),
                RuntimeArg::Value(hp),
                RuntimeArg::Value(Value::Int(i128::from(is_slice), IntKind::Int)),
            ],
            checked: true,
        });
    }

    /// An index on a direct axis, as plain arithmetic (Cython's
    /// `SliceIndex`): with `wraparound` a negative index counts from the
    /// end, with `boundscheck` anything outside the axis raises IndexError,
    /// and the data pointer moves to the index's row. An index the enclosing loops keep within the axis
    /// needs neither. `x[i, :]` in `for i in range(x.shape[0])` →
    /// `dst.data += i * x.strides[0]`.
    fn slice_index_direct(&mut self, dst: &Place, src: &Place, dim: usize, e: &tir::Expr, view: Option<VarId>) {
        let ss = LType::Int(IntKind::SsizeT);
        let extent = read(field(src, SliceField::Shape, dim));
        let stride = read(field(src, SliceField::Strides, dim));
        let (proof, why) = self.proven(e, view, dim);
        let v = self.value(e);
        let d = self.st().directives;
        let index = if proof.in_bounds() && (d.boundscheck || d.wraparound) {
            let name = view.map_or_else(|| "the view".to_string(), |v| format!("`{}`", self.tir.var(v).name));
            let what = match self.lin_of(e, true) {
                Some(l) => format!("`{}`", self.lin_text(&l)),
                None => "the index".to_string(),
            };
            let why = match proof {
                super::Proof::Hoisted => "checked once, before the loop".to_string(),
                _ if why.is_empty() => "stays within range(0, its extent)".to_string(),
                _ => format!("stays within range(0, its extent): {}", why.join("; ")),
            };
            self.emit(Stmt::Note(format!("no index check or wraparound on axis {dim} of {name}: {what} {why}")));
            v
        } else {
            let known_non_negative = proof.non_negative() || matches!(v, Value::Int(i, _) if i >= 0);
            let v = self.materialize(v, ss.clone());
            let v = if known_non_negative || !d.wraparound {
                v
            } else {
                let t = self.temp(ss.clone());
                self.emit(Stmt::Assign {
                    place: Place::Local(t),
                    value: Value::Cond {
                        cond: Box::new(cmp(CmpOp::Lt, v.clone(), ssize(0))),
                        then: Box::new(Value::Binary {
                            op: crate::lir::BinOp::Add,
                            ty: ss.clone(),
                            left: Box::new(v.clone()),
                            right: Box::new(extent.clone()),
                        }),
                        orelse: Box::new(v),
                        ty: ss.clone(),
                    },
                });
                read(Place::Local(t))
            };
            if !d.boundscheck {
                return self.move_data(dst, v, stride);
            }
            // Negative (still) or past the end: one unsigned comparison.
            let size = LType::Int(IntKind::SizeT);
            self.emit(Stmt::Check {
                fail_if: cmp(
                    CmpOp::Ge,
                    Value::Cast { implicit: false, ty: size.clone(), value: Box::new(v.clone()) },
                    Value::Cast { implicit: false, ty: size, value: Box::new(extent) },
                ),
                kind: ExceptionKind::IndexError,
                message: Message::Text(format!("Index out of bounds (axis {dim})")),
            });
            v
        };
        self.move_data(dst, index, stride);
    }

    /// `dst.data += index * stride` (nothing for index 0).
    fn move_data(&mut self, dst: &Place, index: Value, stride: Value) {
        let ss = LType::Int(IntKind::SsizeT);
        if index != ssize(0) {
            let data = Place::SliceData(Box::new(dst.clone()));
            let offset = Value::Binary {
                op: crate::lir::BinOp::Mul,
                ty: ss.clone(),
                left: Box::new(index),
                right: Box::new(stride),
            };
            let moved = Value::Binary {
                op: crate::lir::BinOp::Add,
                ty: LType::Ptr(Box::new(LType::Int(IntKind::UChar))),
                left: Box::new(read(data.clone())),
                right: Box::new(offset),
            };
            self.emit(Stmt::Assign { place: data, value: moved });
        }
    }

    /// `start:stop` on a direct axis, as plain arithmetic: each bound present
    /// is wrapped if negative and clamped to [0, extent], as Python slices
    /// are, unless the enclosing loops prove it within the extent already.
    #[allow(clippy::too_many_arguments)]
    fn slice_range_direct(
        &mut self,
        dst: &Place,
        src: &Place,
        dim: usize,
        new_ndim: usize,
        start: Option<(&tir::Expr, Value)>,
        stop: Option<(&tir::Expr, Value)>,
        view: Option<VarId>,
    ) {
        let ss = LType::Int(IntKind::SsizeT);
        let extent = read(field(src, SliceField::Shape, dim));
        let stride = read(field(src, SliceField::Strides, dim));
        // A bound as a value within [0, extent], and `(var, offset)` when
        // it is `var + offset` unclamped.
        let bound = |this: &mut Self, b: Option<(&tir::Expr, Value)>, absent: Value| match b {
            None => (absent, None),
            Some((e, v)) => {
                // Within [0, extent] already: no clamping.
                let form = this.lin_of(e, true).filter(|l| {
                    view.is_some_and(|x| {
                        this.prove_ge(l, 0).is_some()
                            && this.prove_le(&l.sub(&Lin::atom(Atom::Shape(x, dim))), 0).is_some()
                    })
                });
                if let Some(form) = form {
                    // Variables no call can change: read where used.
                    return (v, Some(form));
                }
                let v = this.materialize(v, ss.clone());
                let t = this.temp(ss.clone());
                let cond =
                    |c, a, b| Value::Cond { cond: Box::new(c), then: Box::new(a), orelse: Box::new(b), ty: ss.clone() };
                let wrapped = Value::Binary {
                    op: crate::lir::BinOp::Add,
                    ty: ss.clone(),
                    left: Box::new(v.clone()),
                    right: Box::new(extent.clone()),
                };
                this.emit(Stmt::Assign {
                    place: Place::Local(t),
                    value: cond(
                        cmp(CmpOp::Lt, v.clone(), ssize(0)),
                        cond(cmp(CmpOp::Lt, wrapped.clone(), ssize(0)), ssize(0), wrapped),
                        cond(cmp(CmpOp::Gt, v.clone(), extent.clone()), extent.clone(), v),
                    ),
                });
                (read(Place::Local(t)), None)
            }
        };
        let (has_start, has_stop) = (start.is_some(), stop.is_some());
        let (start_v, start_form) = bound(self, start, ssize(0));
        let (stop_v, stop_form) = bound(self, stop, extent.clone());
        // Both bounds are within [0, extent] now.
        let sub = |a: Value, b: Value| Value::Binary {
            op: crate::lir::BinOp::Sub,
            ty: ss.clone(),
            left: Box::new(a),
            right: Box::new(b),
        };
        let unclamped = (!has_start || start_form.is_some()) && (!has_stop || stop_form.is_some());
        if (has_start || has_stop) && unclamped {
            let view = view.map_or_else(|| "the view".to_string(), |v| format!("`{}`", self.tir.var(v).name));
            let written: Vec<String> =
                [&start_form, &stop_form].into_iter().flatten().map(|l| format!("`{}`", self.lin_text(l))).collect();
            self.emit(Stmt::Note(format!(
                "slice of axis {dim} of {view}: {} within [0, extent], no clamping",
                written.join(" and ")
            )));
        }
        let difference = match (&start_form, &stop_form) {
            (Some(a), Some(b)) => Some(b.sub(a)),
            _ => None,
        };
        let length = match difference {
            Some(d) if d.as_const().is_some_and(|c| c >= 0) => ssize(d.constant),
            Some(d) if self.prove_ge(&d, 0).is_some() => sub(stop_v, start_v.clone()),
            _ if !has_start => stop_v,
            _ if !has_stop => sub(extent.clone(), start_v.clone()),
            _ => {
                let t = self.temp(ss.clone());
                self.emit(Stmt::Assign { place: Place::Local(t), value: sub(stop_v, start_v.clone()) });
                let t = read(Place::Local(t));
                Value::Cond {
                    cond: Box::new(cmp(CmpOp::Lt, t.clone(), ssize(0))),
                    then: Box::new(ssize(0)),
                    orelse: Box::new(t),
                    ty: ss.clone(),
                }
            }
        };
        if start_v != ssize(0) {
            let data = Place::SliceData(Box::new(dst.clone()));
            let offset = Value::Binary {
                op: crate::lir::BinOp::Mul,
                ty: ss.clone(),
                left: Box::new(start_v),
                right: Box::new(stride.clone()),
            };
            let moved = Value::Binary {
                op: crate::lir::BinOp::Add,
                ty: LType::Ptr(Box::new(LType::Int(IntKind::UChar))),
                left: Box::new(read(data.clone())),
                right: Box::new(offset),
            };
            self.emit(Stmt::Assign { place: data, value: moved });
        }
        self.emit(Stmt::Assign { place: field(dst, SliceField::Shape, new_ndim), value: length });
        if new_ndim != dim {
            self.emit(Stmt::Assign { place: field(dst, SliceField::Strides, new_ndim), value: stride });
            self.emit(Stmt::Assign { place: field(dst, SliceField::Suboffsets, new_ndim), value: ssize(-1) });
        }
    }

    /// `v.shape[k]`, `v.strides[k]`, `v.suboffsets[k]`.
    pub(super) fn view_attr_index(&mut self, base: &tir::Expr, attr: ViewAttr, index: &tir::Expr) -> Value {
        let (s, _) = self.slice_value(base);
        let place = self.slice_in_place(s);
        if self.st().directives.nonecheck {
            let name = match attr {
                ViewAttr::Shape => "shape",
                ViewAttr::Strides => "strides",
                ViewAttr::Suboffsets => "suboffsets",
            };
            self.emit(Stmt::Check {
                fail_if: Value::IsNone(Box::new(read(place.clone()))),
                kind: ExceptionKind::AttributeError,
                message: Message::Text(format!("Cannot access '{name}' attribute of None memoryview slice")),
            });
        }
        let f = slice_field(attr);
        match self.value(index) {
            Value::Int(k, _) if (0..8).contains(&k) => read(field(&place, f, k as usize)),
            other => {
                // A computed axis: pick it at run time from the 8 entries.
                let k = self.materialize(other, LType::Int(IntKind::SsizeT));
                let mut v = ssize(0);
                for axis in (0..8).rev() {
                    v = Value::Cond {
                        cond: Box::new(cmp(CmpOp::Eq, k.clone(), ssize(axis as i128))),
                        then: Box::new(read(field(&place, f, axis))),
                        orelse: Box::new(v),
                        ty: LType::Int(IntKind::SsizeT),
                    };
                }
                v
            }
        }
    }

    /// Under `nonecheck`, raises `kind` with "PREFIX None memoryview slice"
    /// when the view in `place` is None.
    pub(super) fn none_check(&mut self, place: &Place, kind: ExceptionKind, prefix: &str) {
        if self.st().directives.nonecheck {
            self.emit(Stmt::Check {
                fail_if: Value::IsNone(Box::new(read(place.clone()))),
                kind,
                message: Message::Text(format!("{prefix} None memoryview slice")),
            });
        }
    }

    /// `v.ndim`, `v.itemsize`, `v.size` (the product of the extents) or
    /// `v.nbytes` (times the itemsize); AttributeError on a None view.
    pub(super) fn view_object_attr(&mut self, base: &tir::Expr, attr: tir::ObjectAttr) -> Value {
        let m = base.ty.memview().expect("a view").clone();
        let (s, _) = self.slice_value(base);
        let place = self.slice_in_place(s);
        self.emit(Stmt::Check {
            fail_if: Value::IsNone(Box::new(read(place.clone()))),
            kind: ExceptionKind::AttributeError,
            message: Message::Text(format!("'NoneType' object has no attribute '{}'", attr.name())),
        });
        let mul = |a: Value, b: Value| Value::Binary {
            op: crate::lir::BinOp::Mul,
            ty: LType::Int(IntKind::SsizeT),
            left: Box::new(a),
            right: Box::new(b),
        };
        let size = || {
            let mut v = read(field(&place, SliceField::Shape, 0));
            for k in 1..m.ndim() {
                v = mul(v, read(field(&place, SliceField::Shape, k)));
            }
            v
        };
        match attr {
            tir::ObjectAttr::Ndim => Value::Int(m.ndim() as i128, IntKind::Int),
            tir::ObjectAttr::Itemsize => itemsize(&m),
            tir::ObjectAttr::Size => size(),
            tir::ObjectAttr::Nbytes => mul(size(), itemsize(&m)),
        }
    }

    /// `v[:] = …` into a None view says so before the slice would.
    fn assign_none_check(&mut self, target: &tir::Expr) {
        if let ExprKind::ViewSlice { base, .. } = &target.kind {
            if matches!(base.kind, ExprKind::Var(_)) && self.st().directives.nonecheck {
                let (b, _) = self.slice_value(base);
                let place = self.slice_in_place(b);
                self.none_check(&place, ExceptionKind::TypeError, "Cannot assign to");
            }
        }
    }

    /// `v[...] = scalar`.
    pub(super) fn fill_view(&mut self, target: &tir::Expr, value: &tir::Expr) {
        self.assign_none_check(target);
        let m = target.ty.memview().expect("a view").clone();
        let (s, _) = self.slice_value(target);
        let place = self.slice_in_place(s);
        self.none_check(&place, ExceptionKind::TypeError, "Cannot assign to");
        let v = self.value(value);
        let t = self.temp(ltype(&m.elem));
        self.emit(Stmt::Assign { place: Place::Local(t), value: v });
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::SliceFill,
            args: vec![
                RuntimeArg::Ref(place),
                RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                RuntimeArg::Value(itemsize(&m)),
                RuntimeArg::Ref(Place::Local(t)),
            ],
            checked: false,
        });
    }

    /// `dst[...] = src`.
    pub(super) fn copy_view(&mut self, target: &tir::Expr, value: &tir::Expr) {
        self.assign_none_check(target);
        let m = target.ty.memview().expect("a view").clone();
        let src_m = value.ty.memview().expect("a view").clone();
        let (d, _) = self.slice_value(target);
        let dst = self.slice_in_place(d);
        self.none_check(&dst, ExceptionKind::TypeError, "Cannot assign to");
        let (s, _) = self.slice_value(value);
        let src = self.slice_in_place(s);
        self.emit(Stmt::Runtime {
            dest: None,
            func: RuntimeFn::SliceCopyContents,
            args: vec![
                RuntimeArg::Ref(dst),
                RuntimeArg::Value(Value::Int(m.ndim() as i128, IntKind::Int)),
                RuntimeArg::Ref(src),
                RuntimeArg::Value(Value::Int(src_m.ndim() as i128, IntKind::Int)),
                RuntimeArg::Value(itemsize(&m)),
            ],
            checked: true,
        });
    }
}

/// The dtype name Cython's messages use, and its type group letter.
/// The `CYTRUS_AXIS_*` spec of each axis of `m`, as Cython's `axes_specs`:
/// the `:` axes of a view with a `::1` axis follow it.
pub(super) fn axis_specs(m: &tir::MemviewType) -> Vec<i32> {
    m.axes
        .iter()
        .map(|a| match a {
            Axis::Contiguous => 1 | 8,
            Axis::Follow => 1 | 32,
            Axis::Strided => 1 | 16,
            Axis::Generic => 4 | 16,
            Axis::Indirect => 2 | 16,
            Axis::IndirectContiguous => 2 | 8,
        })
        .collect()
}

/// The struct-module format Cython gives the array object a pointer cast
/// makes (`<int[:n]>p` is `"i"`).
fn array_format(elem: &Type) -> &'static str {
    match elem {
        Type::Float { bits: 32 } => "f",
        Type::Float { .. } => "d",
        Type::Int(IntKind::Char) => "c",
        Type::Int(k) => match k.format_char() {
            'b' => "b",
            'B' => "B",
            'h' => "h",
            'H' => "H",
            'i' => "i",
            'I' => "I",
            'l' => "l",
            'L' => "L",
            'q' => "q",
            _ => "Q",
        },
        _ => "i",
    }
}

impl Lowerer<'_> {
    /// An attribute of a `cython.view.array` (see [`tir::ArrayAttr`]).
    pub(super) fn array_attr(&mut self, base: &tir::Expr, attr: tir::ArrayAttr, index: Option<&tir::Expr>) -> Value {
        let (s, _) = self.slice_value(base);
        let place = self.slice_in_place(s);
        if attr == tir::ArrayAttr::Data {
            // Cython reads the object's field (and crashes on None); cytrus raises.
            self.emit(Stmt::Check {
                fail_if: Value::IsNone(Box::new(read(place.clone()))),
                kind: ExceptionKind::AttributeError,
                message: Message::Text("'NoneType' object has no attribute 'data'".into()),
            });
            return read(Place::SliceData(Box::new(place)));
        }
        let index = match index {
            Some(i) => self.value(i),
            None => Value::Int(0, IntKind::SsizeT),
        };
        let dest = self.temp(LType::Int(IntKind::SsizeT));
        self.emit(Stmt::Runtime {
            dest: Some(Place::Local(dest)),
            func: RuntimeFn::ArrayInfo,
            args: vec![
                RuntimeArg::Ref(place),
                RuntimeArg::Value(Value::Int(attr as i128, IntKind::Int)),
                RuntimeArg::Value(index),
            ],
            checked: true,
        });
        let value = read(Place::Local(dest));
        match attr {
            tir::ArrayAttr::Ndim => {
                Value::Cast { implicit: false, ty: LType::Int(IntKind::Int), value: Box::new(value) }
            }
            tir::ArrayAttr::Fortran => Value::Cast { implicit: false, ty: LType::Bint, value: Box::new(value) },
            _ => value,
        }
    }
}

pub(super) fn dtype_name(elem: &Type) -> (String, u8) {
    match elem {
        Type::Float { .. } => (elem.display(), b'R'),
        Type::Bint => ("bint".into(), b'I'),
        Type::Int(IntKind::Char) => ("char".into(), b'H'),
        Type::Int(k) if k.signed() => (k.c_name().to_string(), b'I'),
        Type::Int(k) => (k.c_name().to_string(), b'U'),
        other => (other.display(), b'I'),
    }
}

impl Lowerer<'_> {
    /// The address of a C array's first element, as a `void *`. A
    /// conditional expression between arrays (`a if c else b`) takes the
    /// address in each branch: an array value is not an object whose
    /// address Rust can take.
    fn array_address(&mut self, array: &tir::Expr) -> Value {
        let void_ptr = LType::Ptr(Box::new(LType::Void));
        if let ExprKind::Conditional { cond, then, orelse } = &array.kind {
            let c = self.value(cond);
            let t = self.temp(void_ptr.clone());
            let mut a = None;
            let then_block = self.in_block(|this| a = Some(this.array_address(then)));
            let mut b = None;
            let else_block = self.in_block(|this| b = Some(this.array_address(orelse)));
            let mut then_block = then_block;
            then_block.push(Stmt::Assign { place: Place::Local(t), value: a.expect("set in the block") });
            let mut else_block = else_block;
            else_block.push(Stmt::Assign { place: Place::Local(t), value: b.expect("set in the block") });
            self.emit(Stmt::If { cond: c, then: then_block, orelse: else_block });
            return Value::Read(Box::new(Place::Local(t)));
        }
        let a = self.value(array);
        Value::Cast { implicit: false, ty: void_ptr, value: Box::new(a) }
    }
}
