/* cytrus: the Python type of a memoryview a function returns, as Cython's
 * memoryview slice object behaves, for both backends. The C backend includes
 * this file in NAME_python.c (everything static); the Rust backend compiles
 * it with CYTRUS_PYVIEW_LINKED into a static library linked into the
 * extension module's crate, and calls the cytrus_pyview_* functions through
 * `extern "C"` declarations. Needs Python.h and cytrus.h. The type is a heap
 * type (PyType_FromSpec), and the file keeps to what the Limited API has
 * where that costs nothing. */

#include <frameobject.h> /* PyFrame_New, for traceback entries */
#include <string.h>

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

/* ---- traceback entries --------------------------------------------------- */

/* Cython caches the code object of a traceback entry by its line alone (per
 * module): an entry at a line that had one before shows that one's file and
 * function name. Both backends add their entries here, so that they show
 * what Cython's show (a fused function's argument errors name
 * `__pyx_fused_cpdef` or the specialisation, whichever raised there first). */
static struct cytrus_tb_entry {
    int line;
    PyObject *code;
} *cytrus_tb_cache;
static int cytrus_tb_count, cytrus_tb_room;

/* Adds the entry `File "file", line N, in function` to the pending exception. */
CYTRUS_PYVIEW_API void cytrus_traceback_add(PyObject *globals, const char *file, const char *function, int line) {
    PyObject *code = NULL, *type, *value, *tb;
    PyFrameObject *frame = NULL;
    int i;
    PyErr_Fetch(&type, &value, &tb);
    for (i = 0; i < cytrus_tb_count; i++) {
        if (cytrus_tb_cache[i].line == line) {
            code = cytrus_tb_cache[i].code;
            Py_INCREF(code);
            break;
        }
    }
    if (code == NULL && file != NULL && function != NULL) {
        code = (PyObject *)PyCode_NewEmpty(file, function, line);
        if (code != NULL) {
            if (cytrus_tb_count == cytrus_tb_room) {
                int room = cytrus_tb_room ? 2 * cytrus_tb_room : 16;
                struct cytrus_tb_entry *grown =
                    (struct cytrus_tb_entry *)realloc(cytrus_tb_cache, (size_t)room * sizeof *grown);
                if (grown != NULL) {
                    cytrus_tb_cache = grown;
                    cytrus_tb_room = room;
                }
            }
            if (cytrus_tb_count < cytrus_tb_room) {
                cytrus_tb_cache[cytrus_tb_count].line = line;
                cytrus_tb_cache[cytrus_tb_count++].code = code;
                Py_INCREF(code);
            }
        }
    }
    if (code != NULL) frame = PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, globals, NULL);
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    if (frame != NULL) PyTraceBack_Here(frame);
    Py_XDECREF(code);
    Py_XDECREF((PyObject *)frame);
}

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

/* ---- fused def/cpdef functions ------------------------------------------ */

/* A fused def/cpdef function as Cython's fused function object behaves: one
 * callable that reads the argument of each fused type, picks the
 * specialisation with the tests lowering decided (the table below, spelled
 * by both backends alike), and calls it; `f["double"]`, `__signatures__`.
 *
 * The table, one line per item, fields separated by tabs:
 *   F name file frame-function line min-positional
 *   A position default(- none, ! picks nothing, =member) name   (a fused type's argument)
 *   I int-class(1/0) member                   isinstance(arg, int / float)
 *   T kind itemsize ndim member               numpy dtype of an array
 *   0 member                                  None
 *   M itemsize ndim flags group is-const axes(a,b,..) elem-name member
 *                                             memoryview(arg) acquired whole
 *   S key method-name                         a specialisation */

typedef struct {
    char what;
    int int_class;
    char kind;
    Py_ssize_t itemsize;
    int ndim, flags;
    cytrus_view_param param;
    int axes[CYTRUS_MAX_DIMS];
    char *member;
} cytrus_fused_test;

typedef struct {
    Py_ssize_t position;
    int has_default;
    char *default_pick; /* NULL: the default matches nothing */
    PyObject *name;
    int ntests;
    cytrus_fused_test *tests;
} cytrus_fused_arg;

typedef struct {
    PyObject_HEAD
    PyObject *name, *doc, *module_name, *signatures, *first, *module_dict;
    char *file, *frame;
    int line;
    Py_ssize_t min_positional;
    int nargs, nspecs, any_view;
    cytrus_fused_arg *args;
    char **keys;
    PyObject **specs;
} cytrus_fused_object;

/* Fused types in one function (2^16 specialisations at least; a module with
 * more fails to import with a SystemError). */
#define CYTRUS_FUSED_MAX 16

static PyTypeObject *cytrus_fused_type;
static PyObject *cytrus_fused_ndarray; /* numpy.ndarray, or None without numpy */

static char *cytrus_fused_dup(const char *s, size_t n) {
    char *r = (char *)malloc(n + 1);
    if (r == NULL) return NULL;
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

/* The traceback entry of the dispatcher's own errors. */
static void cytrus_fused_frame(cytrus_fused_object *f) {
    cytrus_traceback_add(f->module_dict, f->file, f->frame, f->line);
}

/* No specialisation, or several: Cython raises these in its utility code,
 * whose entries (lines 7, 28, 31 and 43 of it) come first, through the
 * cache. */
static PyObject *cytrus_fused_fail(cytrus_fused_object *f, const char *message, int single) {
    PyErr_SetString(PyExc_TypeError, message);
    if (single) {
        cytrus_traceback_add(f->module_dict, "match_signatures_single", "match_signatures_single.match_signatures_single", 7);
    } else {
        cytrus_traceback_add(f->module_dict, "match_signatures_single", "match_signatures.index_signature",
                             message[0] == 'F' ? 28 : 31);
        cytrus_traceback_add(f->module_dict, "match_signatures_single", "match_signatures.match_signatures", 43);
    }
    cytrus_fused_frame(f);
    return NULL;
}

/* The dtype of a numpy array, or of the array under a returned view: its
 * kind, itemsize and the object's ndim. 1 found, 0 none, -1 error. */
static int cytrus_fused_dtype(PyObject *arg, char *kind, Py_ssize_t *itemsize, Py_ssize_t *ndim) {
    PyObject *array = arg, *dtype, *k, *n;
    int found = 0;
    if (cytrus_fused_ndarray == NULL) {
        PyObject *np = PyImport_ImportModule("numpy");
        if (np == NULL) {
            PyErr_Clear();
            cytrus_fused_ndarray = Py_None;
        } else {
            cytrus_fused_ndarray = PyObject_GetAttrString(np, "ndarray");
            Py_DECREF(np);
            if (cytrus_fused_ndarray == NULL) return -1;
        }
        Py_INCREF(cytrus_fused_ndarray);
    }
    if (cytrus_fused_ndarray == Py_None) return 0;
    if (Py_TYPE(arg) == cytrus_pyview_type) {
        Py_buffer *src = cytrus_pyview_source(&((cytrus_pyview_object *)arg)->slice);
        array = src != NULL ? src->obj : NULL;
        if (array == NULL) return 0;
    }
    switch (PyObject_IsInstance(array, cytrus_fused_ndarray)) {
    case 0: return 0;
    case 1: break;
    default: return -1;
    }
    dtype = PyObject_GetAttrString(array, "dtype");
    if (dtype == NULL) return -1;
    k = PyObject_GetAttrString(dtype, "kind");
    n = PyObject_GetAttrString(dtype, "itemsize");
    Py_DECREF(dtype);
    if (k != NULL && n != NULL && PyUnicode_Check(k) && PyUnicode_GetLength(k) == 1) {
        *kind = (char)PyUnicode_ReadChar(k, 0);
        *itemsize = PyLong_AsSsize_t(n);
        found = *itemsize == -1 && PyErr_Occurred() ? -1 : 1;
    } else if (k != NULL && n != NULL) {
        found = 0;
    } else {
        found = -1;
    }
    Py_XDECREF(k);
    Py_XDECREF(n);
    if (found == 1) {
        if (array != arg) {
            *ndim = ((cytrus_pyview_object *)arg)->ndim;
        } else {
            PyObject *d = PyObject_GetAttrString(arg, "ndim");
            if (d == NULL) return -1;
            *ndim = PyLong_AsSsize_t(d);
            Py_DECREF(d);
            if (*ndim == -1 && PyErr_Occurred()) return -1;
        }
    }
    return found;
}

/* Whether the Python memoryview mv is taken whole as t's view (Cython's
 * coercion with the writable flag off): 1 or 0; errors are cleared. */
static int cytrus_fused_acquires(PyObject *mv, const cytrus_fused_test *t) {
    cytrus_view_param param;
    Py_buffer v;
    cytrus_buffer b;
    cytrus_slice out;
    int k, ndim, ok;
    if (PyObject_GetBuffer(mv, &v, t->flags) < 0) {
        PyErr_Clear();
        return 0;
    }
    memset(&b, 0, sizeof b);
    b.data = v.buf;
    b.format = v.format;
    b.itemsize = v.itemsize;
    b.ndim = v.ndim;
    b.readonly = v.readonly;
    b.exporter = CYTRUS_EXPORTER_MEMORYVIEW;
    ndim = v.ndim < CYTRUS_MAX_DIMS ? v.ndim : CYTRUS_MAX_DIMS;
    if (v.shape == NULL) b.shape[0] = v.itemsize ? v.len / v.itemsize : 0;
    for (k = 0; k < ndim; k++) {
        if (v.shape) b.shape[k] = v.shape[k];
        b.suboffsets[k] = v.suboffsets ? v.suboffsets[k] : -1;
    }
    if (v.strides) {
        for (k = 0; k < ndim; k++) b.strides[k] = v.strides[k];
    } else {
        Py_ssize_t stride = v.itemsize;
        for (k = ndim - 1; k >= 0; k--) {
            b.strides[k] = stride;
            stride *= b.shape[k];
        }
    }
    /* The axes are the test's own (tests move as the table grows). */
    param = t->param;
    param.axes = t->axes;
    ok = cytrus_acquire(&out, &b, &param) == 0;
    if (ok) {
        CYTRUS_RELEASE(&out);
    } else {
        cytrus_error_free(cytrus_err_fetch());
    }
    PyBuffer_Release(&v);
    return ok;
}

/* The member the argument picks (NULL: none), Cython's map_fused_type.
 * 0, or -1 with the Python error set. */
static int cytrus_fused_map(const cytrus_fused_arg *a, PyObject *arg, const char **pick) {
    int i, found = 0, views = 0;
    char kind = 0;
    Py_ssize_t itemsize = -1, ndim = 0;
    PyObject *mv;
    *pick = NULL;
    for (i = 0; i < a->ntests; i++) {
        const cytrus_fused_test *t = &a->tests[i];
        if (t->what == 'I') {
            if (t->int_class ? PyLong_Check(arg) : PyFloat_Check(arg)) {
                *pick = t->member;
                return 0;
            }
        } else if (t->what == 'T' || t->what == '0' || t->what == 'M') {
            if (!views) {
                views = 1;
                found = cytrus_fused_dtype(arg, &kind, &itemsize, &ndim);
                if (found < 0) return -1;
                if (!found) itemsize = -1;
            }
            if (t->what == 'T') {
                /* Cython: the kind's group (iu, f), the itemsize, the ndim, and for
                 * integers the signedness: the same kind letter. */
                if (found && t->kind == kind && t->itemsize == itemsize && t->ndim == ndim) {
                    *pick = t->member;
                    return 0;
                }
            } else if (t->what == '0') {
                if (arg == Py_None) {
                    *pick = t->member;
                    return 0;
                }
            } else {
                break;
            }
        }
    }
    if (i == a->ntests) return 0;
    mv = PyMemoryView_FromObject(arg);
    if (mv == NULL) {
        if (PyErr_ExceptionMatches(PyExc_ValueError) || PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            return 0;
        }
        return -1;
    }
    for (; i < a->ntests; i++) {
        const cytrus_fused_test *t = &a->tests[i];
        Py_buffer *v = PyMemoryView_GET_BUFFER(mv);
        if (t->what != 'M') continue;
        if (((itemsize == -1 && v->itemsize == t->itemsize) || itemsize == t->itemsize) && v->ndim == t->ndim &&
            cytrus_fused_acquires(mv, t)) {
            *pick = t->member;
            break;
        }
    }
    Py_DECREF(mv);
    return 0;
}

static PyObject *cytrus_fused_call(PyObject *self, PyObject *args, PyObject *kwargs) {
    cytrus_fused_object *f = (cytrus_fused_object *)self;
    const char *dest[CYTRUS_FUSED_MAX] = {0};
    PyObject *chosen = NULL;
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    int i, s;
    if (kwargs != NULL && PyDict_GET_SIZE(kwargs) == 0) kwargs = NULL;
    for (i = 0; i < f->nargs; i++) {
        const cytrus_fused_arg *a = &f->args[i];
        PyObject *arg = NULL;
        if (a->position < nargs) {
            arg = PyTuple_GET_ITEM(args, a->position);
        } else if (kwargs != NULL && (arg = PyDict_GetItemWithError(kwargs, a->name)) != NULL) {
        } else if (PyErr_Occurred()) {
            return NULL;
        } else if (a->has_default) {
            dest[i] = a->default_pick;
            continue;
        } else {
            if (a->position < f->min_positional) {
                PyErr_Format(PyExc_TypeError, "Expected at least %zd argument%s, got %zd", f->min_positional,
                             f->min_positional != 1 ? "s" : "", nargs);
            } else {
                PyErr_Format(PyExc_TypeError, "Missing keyword-only argument: '%U'", a->name);
            }
            cytrus_fused_frame(f);
            return NULL;
        }
        if (cytrus_fused_map(a, arg, &dest[i]) < 0) return NULL;
    }
    if (f->nargs == 1) {
        for (s = 0; dest[0] != NULL && s < f->nspecs; s++) {
            if (strcmp(f->keys[s], dest[0]) == 0) {
                chosen = f->specs[s];
                break;
            }
        }
    } else {
        for (s = 0; s < f->nspecs; s++) {
            const char *key = f->keys[s];
            int match = 1;
            for (i = 0; i < f->nargs && match; i++) {
                const char *end = strchr(key, '|');
                size_t len = end ? (size_t)(end - key) : strlen(key);
                if (dest[i] != NULL && (strlen(dest[i]) != len || strncmp(dest[i], key, len) != 0)) match = 0;
                key = end ? end + 1 : key + len;
            }
            if (!match) continue;
            if (chosen != NULL) return cytrus_fused_fail(f, "Function call with ambiguous argument types", 0);
            chosen = f->specs[s];
        }
    }
    if (chosen == NULL) return cytrus_fused_fail(f, "No matching signature found", f->nargs == 1);
    return PyObject_Call(chosen, args, kwargs);
}

/* f["double"], f["double", "int"], f[cython.double]: Cython's strings of
 * the items (a str as is, a type by its __name__, anything else by str()). */
static PyObject *cytrus_fused_key_item(PyObject *o) {
    if (PyUnicode_CheckExact(o)) {
        Py_INCREF(o);
        return o;
    }
    if (PyType_Check(o)) return PyObject_GetAttrString(o, "__name__");
    return PyObject_Str(o);
}

static PyObject *cytrus_fused_getitem(PyObject *self, PyObject *idx) {
    cytrus_fused_object *f = (cytrus_fused_object *)self;
    PyObject *key, *r;
    if (PyTuple_Check(idx)) {
        Py_ssize_t n = PyTuple_GET_SIZE(idx), i;
        PyObject *list = PyList_New(n), *sep;
        if (list == NULL) return NULL;
        for (i = 0; i < n; i++) {
            PyObject *s = cytrus_fused_key_item(PyTuple_GET_ITEM(idx, i));
            if (s == NULL) {
                Py_DECREF(list);
                return NULL;
            }
            PyList_SET_ITEM(list, i, s);
        }
        sep = PyUnicode_FromString("|");
        key = sep ? PyUnicode_Join(sep, list) : NULL;
        Py_XDECREF(sep);
        Py_DECREF(list);
    } else {
        key = cytrus_fused_key_item(idx);
    }
    if (key == NULL) return NULL;
    r = PyObject_GetItem(f->signatures, key);
    Py_DECREF(key);
    return r;
}

static PyObject *cytrus_fused_get_name(PyObject *self, void *c) {
    (void)c;
    return Py_NewRef(((cytrus_fused_object *)self)->name);
}
static PyObject *cytrus_fused_get_doc(PyObject *self, void *c) {
    (void)c;
    return Py_NewRef(((cytrus_fused_object *)self)->doc);
}
static PyObject *cytrus_fused_get_module(PyObject *self, void *c) {
    (void)c;
    return Py_NewRef(((cytrus_fused_object *)self)->module_name);
}
static PyObject *cytrus_fused_get_signatures(PyObject *self, void *c) {
    (void)c;
    return Py_NewRef(((cytrus_fused_object *)self)->signatures);
}
/* inspect.signature: the first specialisation's (the written parameters). */
static PyObject *cytrus_fused_get_signature(PyObject *self, void *c) {
    PyObject *inspect = PyImport_ImportModule("inspect"), *r;
    (void)c;
    if (inspect == NULL) return NULL;
    r = PyObject_CallMethod(inspect, "signature", "O", ((cytrus_fused_object *)self)->first);
    Py_DECREF(inspect);
    return r;
}

static PyObject *cytrus_fused_repr(PyObject *self) {
    return PyUnicode_FromFormat("<cyfunction %U at %p>", ((cytrus_fused_object *)self)->name, self);
}

static PyGetSetDef cytrus_fused_getset[] = {
    {"__name__", cytrus_fused_get_name, NULL, NULL, NULL},
    {"__qualname__", cytrus_fused_get_name, NULL, NULL, NULL},
    {"__doc__", cytrus_fused_get_doc, NULL, NULL, NULL},
    {"__module__", cytrus_fused_get_module, NULL, NULL, NULL},
    {"__signatures__", cytrus_fused_get_signatures, NULL, NULL, NULL},
    {"__signature__", cytrus_fused_get_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot cytrus_fused_slots[] = {
    {Py_tp_call, (void *)cytrus_fused_call},
    {Py_mp_subscript, (void *)cytrus_fused_getitem},
    {Py_tp_getset, (void *)cytrus_fused_getset},
    {Py_tp_repr, (void *)cytrus_fused_repr},
    {0, NULL},
};

static PyType_Spec cytrus_fused_spec = {
    "cytrus.fused_function",
    sizeof(cytrus_fused_object),
    0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION,
    cytrus_fused_slots,
};

/* The next tab-separated field of the line at *p (advanced past it). */
static char *cytrus_fused_field(const char **p) {
    const char *s = *p, *e = s;
    while (*e && *e != '\t' && *e != '\n') e++;
    *p = *e == '\t' ? e + 1 : e;
    return cytrus_fused_dup(s, (size_t)(e - s));
}

static long cytrus_fused_num(const char **p) {
    char *s = cytrus_fused_field(p);
    long v = s ? strtol(s, NULL, 10) : 0;
    free(s);
    return v;
}

/* Makes the fused function the table describes and sets it as the module's
 * attribute, in place of its specialisations (registered by the module under
 * their method names, taken out of the module here). The objects live as
 * long as the process. 0, or -1 with the Python error set. */
CYTRUS_PYVIEW_API int cytrus_fused_add(PyObject *module, const char *table, const char *doc) {
    cytrus_fused_object *f;
    const char *p = table;
    PyObject *name = NULL;
    char *s;
    if (cytrus_fused_type == NULL) {
        cytrus_fused_type = (PyTypeObject *)PyType_FromSpec(&cytrus_fused_spec);
        if (cytrus_fused_type == NULL) return -1;
    }
    f = PyObject_New(cytrus_fused_object, cytrus_fused_type);
    if (f == NULL) return -1;
    f->doc = doc != NULL ? PyUnicode_FromString(doc) : Py_NewRef(Py_None);
    f->module_name = PyModule_GetNameObject(module);
    f->module_dict = PyModule_GetDict(module);
    f->signatures = PyDict_New();
    f->first = NULL;
    f->nargs = f->nspecs = 0;
    f->args = (cytrus_fused_arg *)calloc(CYTRUS_FUSED_MAX, sizeof(cytrus_fused_arg));
    f->keys = NULL;
    f->specs = NULL;
    if (f->doc == NULL || f->module_name == NULL || f->signatures == NULL || f->args == NULL) return -1;
    while (*p) {
        char what = *p;
        p += 2;
        if (what == 'F') {
            s = cytrus_fused_field(&p);
            name = PyUnicode_FromString(s);
            free(s);
            f->name = name;
            f->file = cytrus_fused_field(&p);
            f->frame = cytrus_fused_field(&p);
            f->line = (int)cytrus_fused_num(&p);
            f->min_positional = cytrus_fused_num(&p);
        } else if (what == 'A') {
            cytrus_fused_arg *a;
            if (f->nargs == CYTRUS_FUSED_MAX) {
                PyErr_SetString(PyExc_SystemError, "too many fused types in one function");
                return -1;
            }
            a = &f->args[f->nargs++];
            a->position = cytrus_fused_num(&p);
            s = cytrus_fused_field(&p);
            a->has_default = s[0] != '-';
            a->default_pick = s[0] == '=' ? cytrus_fused_dup(s + 1, strlen(s + 1)) : NULL;
            free(s);
            s = cytrus_fused_field(&p);
            a->name = PyUnicode_FromString(s);
            free(s);
            a->tests = NULL;
        } else if (what == 'S') {
            PyObject *spec, *key;
            char *method;
            f->keys = (char **)realloc(f->keys, (size_t)(f->nspecs + 1) * sizeof(char *));
            f->specs = (PyObject **)realloc(f->specs, (size_t)(f->nspecs + 1) * sizeof(PyObject *));
            f->keys[f->nspecs] = cytrus_fused_field(&p);
            method = cytrus_fused_field(&p);
            spec = PyObject_GetAttrString(module, method);
            if (spec == NULL || PyObject_DelAttrString(module, method) < 0) return -1;
            free(method);
            key = PyUnicode_FromString(f->keys[f->nspecs]);
            if (key == NULL || PyDict_SetItem(f->signatures, key, spec) < 0) return -1;
            Py_DECREF(key);
            if (f->first == NULL) f->first = Py_NewRef(spec);
            f->specs[f->nspecs++] = spec;
        } else if (f->nargs > 0) {
            cytrus_fused_arg *a = &f->args[f->nargs - 1];
            cytrus_fused_test *t;
            if (a->ntests % 16 == 0) {
                cytrus_fused_test *grown =
                    (cytrus_fused_test *)realloc(a->tests, (size_t)(a->ntests + 16) * sizeof(cytrus_fused_test));
                if (grown == NULL) {
                    PyErr_NoMemory();
                    return -1;
                }
                a->tests = grown;
            }
            t = &a->tests[a->ntests++];
            memset(t, 0, sizeof *t);
            t->what = what;
            if (what == 'I') {
                t->int_class = (int)cytrus_fused_num(&p);
            } else if (what == 'T') {
                s = cytrus_fused_field(&p);
                t->kind = s[0];
                free(s);
                t->itemsize = cytrus_fused_num(&p);
                t->ndim = (int)cytrus_fused_num(&p);
            } else if (what == 'M') {
                char *axes, *q;
                int k = 0;
                t->itemsize = cytrus_fused_num(&p);
                t->ndim = (int)cytrus_fused_num(&p);
                t->flags = (int)cytrus_fused_num(&p);
                s = cytrus_fused_field(&p);
                t->param.elem_group = s[0];
                free(s);
                t->param.is_const = (int)cytrus_fused_num(&p);
                axes = cytrus_fused_field(&p);
                for (q = axes; *q && k < CYTRUS_MAX_DIMS; k++) {
                    t->axes[k] = (int)strtol(q, &q, 10);
                    if (*q == ',') q++;
                }
                free(axes);
                t->param.elem_name = cytrus_fused_field(&p);
                t->param.name = "arg";
                t->param.elem_size = (size_t)t->itemsize;
                t->param.ndim = t->ndim;
                t->param.not_none = 0;
                t->param.elem_info = NULL;
            }
            t->member = cytrus_fused_field(&p);
        }
        while (*p && *p != '\n') p++;
        if (*p) p++;
    }
    if (name == NULL || f->first == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_SystemError, "bad fused function table");
        return -1;
    }
    return PyModule_AddObjectRef(module, PyUnicode_AsUTF8(name), (PyObject *)f);
}
