/* cytrus: the Python type of a memoryview a function returns, as Cython's
 * memoryview slice object behaves, for both backends. The C backend includes
 * this file in NAME_python.c (everything static); the Rust backend compiles
 * it with CYTRUS_PYVIEW_LINKED into a static library linked into the
 * extension module's crate, and calls the cytrus_pyview_* functions through
 * `extern "C"` declarations. Needs Python.h and cytrus.h. The type is a heap
 * type (PyType_FromSpec), and the file keeps to what the Limited API has
 * where that costs nothing. */

#ifdef CYTRUS_PYVIEW_LINKED
#define CYTRUS_PYVIEW_API __attribute__((visibility("hidden")))
#else
#define CYTRUS_PYVIEW_API static
#endif

/* The type, made once by cytrus_pyview_init. */
static PyTypeObject *cytrus_pyview_type;
/* Sets the Python exception from the runtime's pending error (the module's own way). */
static void (*cytrus_pyview_raise_pending)(void);

/* A view: its slice (one acquisition), and what Python sees of it. */
typedef struct {
    PyObject_HEAD
    cytrus_slice slice;
    int ndim;
    int readonly;
    Py_ssize_t itemsize;
    const char *format;
    char kind; /* how an element becomes a Python object: 'i' 'u' 'f' 'b' (bint), 's' (struct) */
} cytrus_pyview_object;

/* ---- the buffer a view argument lends to returned views ------------------ */

/* Frees a Python buffer kept by an owner (the owner's free callback). */
static void cytrus_pyview_free_kept(void *p) {
    PyGILState_STATE gil = PyGILState_Ensure();
    PyBuffer_Release((Py_buffer *)p);
    PyGILState_Release(gil);
    free(p);
}

/* Moves the Python buffer *view into a new owner (one acquisition, in
 * *owner), so that views a function returns keep it alive: released when the
 * last of them is. 0, or -1 with the Python error set (the buffer is then
 * still the caller's). */
CYTRUS_PYVIEW_API int cytrus_pyview_keep(Py_buffer *view, cytrus_memview **owner) {
    Py_buffer *kept = (Py_buffer *)malloc(sizeof *kept);
    cytrus_slice array;
    Py_ssize_t one = 1;
    if (kept == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (cytrus_array_new(&array, 1, &one, 1, "B", "c", 0) < 0) {
        free(kept);
        cytrus_pyview_raise_pending();
        return -1;
    }
    *kept = *view;
    cytrus_array_set_data(&array, (char *)kept);
    cytrus_array_set_callback_free_data(&array, cytrus_pyview_free_kept);
    *owner = array.memview;
    return 0;
}

/* The Python buffer a view's memory came from (a view argument's, kept
 * alive by the view's owner), or NULL for memory cytrus allocated. */
static Py_buffer *cytrus_pyview_source(const cytrus_slice *s) {
    if (s->memview != NULL && s->memview->callback_free_data == cytrus_pyview_free_kept) {
        return (Py_buffer *)s->memview->buffer;
    }
    return NULL;
}

/* ---- the type ------------------------------------------------------------ */

static void cytrus_pyview_dealloc(PyObject *self) {
    PyTypeObject *type = Py_TYPE(self);
    freefunc free_object = (freefunc)PyType_GetSlot(type, Py_tp_free);
    CYTRUS_RELEASE(&((cytrus_pyview_object *)self)->slice);
    free_object(self);
    Py_DECREF(type); /* each instance of a heap type holds its type */
}

static cytrus_pyview_object *cytrus_pyview_alloc(void) {
    return (cytrus_pyview_object *)PyType_GenericAlloc(cytrus_pyview_type, 0);
}

/* A new view object like v of the slice s (which holds one acquisition,
 * given up here). */
static PyObject *cytrus_pyview_like(const cytrus_pyview_object *v, cytrus_slice *s, int ndim) {
    cytrus_pyview_object *w = cytrus_pyview_alloc();
    if (w == NULL) {
        CYTRUS_RELEASE(s);
        return NULL;
    }
    w->slice = *s;
    w->ndim = ndim;
    w->readonly = v->readonly;
    w->itemsize = v->itemsize;
    w->format = v->format;
    w->kind = v->kind;
    return (PyObject *)w;
}

static int cytrus_pyview_contig(const cytrus_pyview_object *v) {
    Py_ssize_t stride = v->itemsize;
    int k;
    for (k = v->ndim - 1; k >= 0; k--) {
        if (v->slice.shape[k] != 1 && v->slice.strides[k] != stride) return 0;
        stride *= v->slice.shape[k];
    }
    return 1;
}

/* The buffer protocol: the view's own memory, no copy. */
static int cytrus_pyview_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    Py_ssize_t len = v->itemsize;
    int k, indirect = 0;
    if ((flags & PyBUF_WRITABLE) && v->readonly) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    for (k = 0; k < v->ndim; k++) {
        len *= v->slice.shape[k];
        if (v->slice.suboffsets[k] >= 0) indirect = 1;
    }
    if (indirect && (flags & PyBUF_INDIRECT) != PyBUF_INDIRECT) {
        PyErr_SetString(PyExc_BufferError, "Buffer has indirect dimensions.");
        return -1;
    }
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && !cytrus_pyview_contig(v)) {
        PyErr_SetString(PyExc_BufferError, "Buffer is not C-contiguous.");
        return -1;
    }
    view->buf = v->slice.data;
    view->obj = Py_NewRef(self);
    view->len = len;
    view->readonly = v->readonly;
    view->itemsize = v->itemsize;
    view->format = (flags & PyBUF_FORMAT) ? (char *)v->format : NULL;
    view->ndim = v->ndim;
    view->shape = (flags & PyBUF_ND) == PyBUF_ND ? v->slice.shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? v->slice.strides : NULL;
    view->suboffsets = indirect ? v->slice.suboffsets : NULL;
    view->internal = NULL;
    return 0;
}

static PyObject *cytrus_pyview_ssize_tuple(const Py_ssize_t *xs, int n) {
    PyObject *t = PyTuple_New(n);
    int k;
    if (t == NULL) return NULL;
    for (k = 0; k < n; k++) {
        PyObject *x = PyLong_FromSsize_t(xs[k]);
        if (x == NULL || PyTuple_SetItem(t, k, x) < 0) {
            Py_DECREF(t);
            return NULL;
        }
    }
    return t;
}

static Py_ssize_t cytrus_pyview_count(const cytrus_pyview_object *v) {
    Py_ssize_t n = 1;
    int k;
    for (k = 0; k < v->ndim; k++) n *= v->slice.shape[k];
    return n;
}

static PyObject *cytrus_pyview_shape(PyObject *self, void *closure) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    (void)closure;
    return cytrus_pyview_ssize_tuple(v->slice.shape, v->ndim);
}

static PyObject *cytrus_pyview_strides(PyObject *self, void *closure) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    (void)closure;
    return cytrus_pyview_ssize_tuple(v->slice.strides, v->ndim);
}

static PyObject *cytrus_pyview_ndim(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromLong(((cytrus_pyview_object *)self)->ndim);
}

static PyObject *cytrus_pyview_itemsize(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(((cytrus_pyview_object *)self)->itemsize);
}

static PyObject *cytrus_pyview_size(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(cytrus_pyview_count((cytrus_pyview_object *)self));
}

static PyObject *cytrus_pyview_nbytes(PyObject *self, void *closure) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    (void)closure;
    return PyLong_FromSsize_t(cytrus_pyview_count(v) * v->itemsize);
}

/* .T: the axes reversed (Cython refuses indirect axes: not returned here). */
static PyObject *cytrus_pyview_transpose(PyObject *self, void *closure) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    cytrus_slice s = v->slice;
    int k;
    (void)closure;
    for (k = 0; k < v->ndim; k++) {
        s.shape[k] = v->slice.shape[v->ndim - 1 - k];
        s.strides[k] = v->slice.strides[v->ndim - 1 - k];
        s.suboffsets[k] = v->slice.suboffsets[v->ndim - 1 - k];
    }
    CYTRUS_ACQUIRE(&s);
    return cytrus_pyview_like(v, &s, v->ndim);
}

/* .base: the object the memory came from (None for memory cytrus
 * allocated, where Cython has its cython.view.array). */
static PyObject *cytrus_pyview_base(PyObject *self, void *closure) {
    Py_buffer *src = cytrus_pyview_source(&((cytrus_pyview_object *)self)->slice);
    (void)closure;
    if (src != NULL && src->obj != NULL) return Py_NewRef(src->obj);
    Py_RETURN_NONE;
}

static Py_ssize_t cytrus_pyview_len(PyObject *self) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    return v->ndim == 0 ? 0 : v->slice.shape[0];
}

/* The element at p as the Python object Cython's conversion of the dtype gives. */
static PyObject *cytrus_pyview_element(const cytrus_pyview_object *v, const char *p) {
    switch (v->kind) {
    case 'f':
        if (v->itemsize == sizeof(float)) return PyFloat_FromDouble(*(const float *)p);
        if (v->itemsize == sizeof(double)) return PyFloat_FromDouble(*(const double *)p);
        return PyFloat_FromDouble((double)*(const long double *)p);
    case 'b':
    case 'i':
    case 'u': {
        long long x;
        unsigned long long u;
        switch (v->itemsize) {
        case 1: x = *(const signed char *)p; u = *(const unsigned char *)p; break;
        case 2: x = *(const short *)p; u = *(const unsigned short *)p; break;
        case 4: x = *(const int *)p; u = *(const unsigned int *)p; break;
        default: x = *(const long long *)p; u = *(const unsigned long long *)p; break;
        }
        if (v->kind == 'b') return PyBool_FromLong(x != 0);
        if (v->kind == 'u') return PyLong_FromUnsignedLongLong(u);
        return PyLong_FromLongLong(x);
    }
    default:
        PyErr_SetString(PyExc_NotImplementedError,
                        "cytrus: an element of a view of structs has no conversion to a Python object");
        return NULL;
    }
}

static PyObject *cytrus_pyview_bounds(const char *what, int axis) {
    PyErr_Format(PyExc_IndexError, "%s (axis %d)", what, axis);
    return NULL;
}

/* v[key] as Cython's memoryview does it: ints and slices (an Ellipsis for
 * the axes left), missing trailing axes taken whole; all axes given an int
 * is an element, anything else a new view of the same memory. */
static PyObject *cytrus_pyview_subscript(PyObject *self, PyObject *key) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    PyObject *items[CYTRUS_MAX_DIMS + 1];
    Py_ssize_t n = 1, i;
    int count = 0, seen_ellipsis = 0, slices = 0, tuple = PyTuple_Check(key), dim, out_dim;
    cytrus_slice s;
    char *p;
    if (tuple) n = PyTuple_Size(key);
    for (i = 0; i < n; i++) {
        PyObject *item = tuple ? PyTuple_GetItem(key, i) : key;
        if (item == Py_Ellipsis) {
            int fill = seen_ellipsis ? 1 : (int)(v->ndim - n + 1), j;
            seen_ellipsis = 1;
            for (j = 0; j < fill; j++) {
                if (count > CYTRUS_MAX_DIMS) return cytrus_pyview_bounds("Index out of bounds", count);
                items[count++] = Py_None; /* a whole axis */
            }
            slices = 1;
            continue;
        }
        if (!PySlice_Check(item) && !PyIndex_Check(item)) {
            PyObject *t = PyObject_Str((PyObject *)Py_TYPE(item));
            if (t != NULL) {
                PyErr_Format(PyExc_TypeError, "Cannot index with type '%U'", t);
                Py_DECREF(t);
            }
            return NULL;
        }
        if (PySlice_Check(item)) slices = 1;
        if (count > CYTRUS_MAX_DIMS) {
            return cytrus_pyview_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", count);
        }
        items[count++] = item;
    }
    if (count < v->ndim) slices = 1;
    if (count > v->ndim) {
        return cytrus_pyview_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", v->ndim);
    }
    p = v->slice.data;
    s = v->slice;
    out_dim = 0;
    for (dim = 0; dim < v->ndim; dim++) {
        PyObject *item = dim < count ? items[dim] : Py_None;
        Py_ssize_t extent = v->slice.shape[dim], stride = v->slice.strides[dim];
        if (v->slice.suboffsets[dim] >= 0) {
            PyErr_SetString(PyExc_NotImplementedError, "cytrus: indexing an indirect view from Python");
            return NULL;
        }
        if (item == Py_None || PySlice_Check(item)) {
            Py_ssize_t start = 0, stop = extent, step = 1, len = extent;
            if (item != Py_None) {
                if (PySlice_Unpack(item, &start, &stop, &step) < 0) {
                    /* a zero step: said as Cython says it */
                    if (step == 0 && PyErr_ExceptionMatches(PyExc_ValueError)) {
                        PyErr_Clear();
                        PyErr_Format(PyExc_ValueError, "Step may not be zero (axis %d)", dim);
                    }
                    return NULL;
                }
                len = PySlice_AdjustIndices(extent, &start, &stop, step);
            }
            p += start * stride;
            s.shape[out_dim] = len;
            s.strides[out_dim] = stride * step;
            s.suboffsets[out_dim] = -1;
            out_dim++;
        } else {
            Py_ssize_t k = PyNumber_AsSsize_t(item, PyExc_OverflowError);
            if (k == -1 && PyErr_Occurred()) return NULL;
            if (k < 0) k += extent;
            if (k < 0 || k >= extent) {
                return cytrus_pyview_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", dim);
            }
            p += k * stride;
        }
    }
    if (!slices) return cytrus_pyview_element(v, p);
    for (dim = out_dim; dim < CYTRUS_MAX_DIMS; dim++) {
        s.shape[dim] = 0;
        s.strides[dim] = 0;
        s.suboffsets[dim] = 0;
    }
    s.data = p;
    CYTRUS_ACQUIRE(&s);
    return cytrus_pyview_like(v, &s, out_dim);
}

static PyObject *cytrus_pyview_sq_item(PyObject *self, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (key == NULL) return NULL;
    r = cytrus_pyview_subscript(self, key);
    Py_DECREF(key);
    return r;
}

/* copy(): a C-contiguous copy in new memory (Cython: a view of a new array). */
static PyObject *cytrus_pyview_copy(PyObject *self, PyObject *unused) {
    cytrus_pyview_object *v = (cytrus_pyview_object *)self;
    cytrus_slice s;
    PyObject *r;
    (void)unused;
    if (cytrus_slice_copy(&s, &v->slice, v->ndim, v->itemsize) < 0) {
        cytrus_pyview_raise_pending();
        return NULL;
    }
    r = cytrus_pyview_like(v, &s, v->ndim);
    if (r != NULL) ((cytrus_pyview_object *)r)->readonly = 0;
    return r;
}

/* Cython's repr: "<MemoryView of 'ndarray' at 0x...>", naming the type of
 * the object the memory came from ('array' for memory cytrus allocated, as
 * Cython's cython.view.array). */
static PyObject *cytrus_pyview_repr(PyObject *self) {
    Py_buffer *src = cytrus_pyview_source(&((cytrus_pyview_object *)self)->slice);
    PyObject *name, *r;
    if (src == NULL || src->obj == NULL) return PyUnicode_FromFormat("<MemoryView of 'array' at %p>", self);
    name = PyObject_GetAttrString((PyObject *)Py_TYPE(src->obj), "__name__");
    if (name == NULL) return NULL;
    r = PyUnicode_FromFormat("<MemoryView of '%U' at %p>", name, self);
    Py_DECREF(name);
    return r;
}

static PyGetSetDef cytrus_pyview_getset[] = {
    {"shape", cytrus_pyview_shape, NULL, NULL, NULL},
    {"strides", cytrus_pyview_strides, NULL, NULL, NULL},
    {"ndim", cytrus_pyview_ndim, NULL, NULL, NULL},
    {"itemsize", cytrus_pyview_itemsize, NULL, NULL, NULL},
    {"size", cytrus_pyview_size, NULL, NULL, NULL},
    {"nbytes", cytrus_pyview_nbytes, NULL, NULL, NULL},
    {"T", cytrus_pyview_transpose, NULL, NULL, NULL},
    {"base", cytrus_pyview_base, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef cytrus_pyview_methods[] = {
    {"copy", cytrus_pyview_copy, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot cytrus_pyview_slots[] = {
    {Py_tp_dealloc, (void *)cytrus_pyview_dealloc},
    {Py_tp_repr, (void *)cytrus_pyview_repr},
    {Py_tp_doc, (void *)"A typed memoryview a cytrus function returned (Cython's memoryview slice object)."},
    {Py_tp_getset, (void *)cytrus_pyview_getset},
    {Py_tp_methods, (void *)cytrus_pyview_methods},
    {Py_bf_getbuffer, (void *)cytrus_pyview_getbuffer},
    {Py_sq_length, (void *)cytrus_pyview_len},
    {Py_sq_item, (void *)cytrus_pyview_sq_item},
    {Py_mp_length, (void *)cytrus_pyview_len},
    {Py_mp_subscript, (void *)cytrus_pyview_subscript},
    {0, NULL},
};

#ifndef Py_TPFLAGS_IMMUTABLETYPE
#define Py_TPFLAGS_IMMUTABLETYPE 0
#endif
#ifndef Py_TPFLAGS_DISALLOW_INSTANTIATION
#define Py_TPFLAGS_DISALLOW_INSTANTIATION 0
#endif

static PyType_Spec cytrus_pyview_spec = {
    "cytrus._memoryviewslice",
    sizeof(cytrus_pyview_object),
    0,
    /* as a static type: no attributes set on it, no instances made from Python */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    cytrus_pyview_slots,
};

/* Makes the type (at module import; once per extension module). raise sets
 * the Python exception from the runtime's pending error. 0, or -1 with the
 * Python error set. */
CYTRUS_PYVIEW_API int cytrus_pyview_init(void (*raise)(void)) {
    cytrus_pyview_raise_pending = raise;
    if (cytrus_pyview_type == NULL) {
        cytrus_pyview_type = (PyTypeObject *)PyType_FromSpec(&cytrus_pyview_spec);
        if (cytrus_pyview_type == NULL) return -1;
    }
    return 0;
}

/* The Python object of the view a function returned (its acquisition moves
 * into it); the None view is None. Writable unless its memory came from a
 * read-only buffer (Cython: a view of a `const` view is writable too). */
CYTRUS_PYVIEW_API PyObject *cytrus_pyview_result(cytrus_slice *s, int ndim, Py_ssize_t itemsize, const char *format,
                                                 char kind) {
    cytrus_pyview_object *v;
    Py_buffer *src;
    if (cytrus_slice_is_none(s)) Py_RETURN_NONE;
    v = cytrus_pyview_alloc();
    if (v == NULL) {
        CYTRUS_RELEASE(s);
        return NULL;
    }
    src = cytrus_pyview_source(s);
    v->slice = *s;
    v->ndim = ndim;
    v->itemsize = itemsize;
    v->format = format;
    v->readonly = src != NULL && src->readonly;
    v->kind = kind;
    return (PyObject *)v;
}

/* numpy.asarray(view) for a def that returns `np.asarray(view)` (the view
 * is released; NULL and None pass through). */
CYTRUS_PYVIEW_API PyObject *cytrus_pyview_asarray(PyObject *view) {
    PyObject *np, *r;
    if (view == NULL || view == Py_None) return view;
    np = PyImport_ImportModule("numpy");
    if (np == NULL) {
        Py_DECREF(view);
        return NULL;
    }
    r = PyObject_CallMethod(np, "asarray", "O", view);
    Py_DECREF(np);
    Py_DECREF(view);
    return r;
}
