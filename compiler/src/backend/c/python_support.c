/* cytrus: what every Python extension module cytrus writes shares: argument
 * parsing, conversions and errors with Cython's rules and messages. Static,
 * so that two modules loaded into one interpreter do not collide. */

/* Cython's __Pyx_RaiseArgtupleInvalid. */
static void cytrus_py_arg_count(const char *func, int exact, Py_ssize_t min, Py_ssize_t max, Py_ssize_t found) {
    Py_ssize_t expected = found < min ? min : max;
    const char *how = exact ? "exactly" : (found < min ? "at least" : "at most");
    PyErr_Format(PyExc_TypeError, "%.200s() takes %.8s %zd positional argument%.1s (%zd given)", func, how, expected,
                 expected == 1 ? "" : "s", found);
}

/* Sorts the arguments of a METH_FASTCALL | METH_KEYWORDS call into out[0..n)
 * (borrowed; NULL where a defaulted argument is left out). 0, or -1 with
 * Cython's TypeError set. */
static int cytrus_py_parse(const char *func, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                           const char *const *names, Py_ssize_t n, Py_ssize_t required, PyObject **out) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    Py_ssize_t i, k;
    if (n == 0) {
        if (nargs > 0) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments (%zd given)", func, nargs);
            return -1;
        }
        if (nkw > 0) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", func);
            return -1;
        }
        return 0;
    }
    if (nargs > n) {
        cytrus_py_arg_count(func, required == n, required, n, nargs);
        return -1;
    }
    for (i = 0; i < n; i++) out[i] = i < nargs ? args[i] : NULL;
    for (k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        for (i = 0; i < n; i++) {
            if (PyUnicode_CompareWithASCIIString(key, names[i]) == 0) break;
        }
        if (i == n) {
            PyErr_Format(PyExc_TypeError, "%.200s() got an unexpected keyword argument '%U'", func, key);
            return -1;
        }
        if (out[i] != NULL) {
            PyErr_Format(PyExc_TypeError, "%.200s() got multiple values for keyword argument '%U'", func, key);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (i = 0; i < required; i++) {
        if (out[i] == NULL) {
            cytrus_py_arg_count(func, required == n, required, n, i);
            return -1;
        }
    }
    return 0;
}

/* An int from any object as Cython's __Pyx_PyInt_As_T takes it: a Python int
 * as is, another object through its __int__. A new reference, or NULL. */
static PyObject *cytrus_py_int_of(PyObject *x) {
    PyNumberMethods *m;
    PyObject *r;
    if (PyLong_Check(x)) {
        Py_INCREF(x);
        return x;
    }
    m = Py_TYPE(x)->tp_as_number;
    if (m == NULL || m->nb_int == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "an integer is required");
        return NULL;
    }
    r = m->nb_int(x);
    if (r != NULL && !PyLong_CheckExact(r)) {
        if (!PyLong_Check(r)) {
            PyErr_Format(PyExc_TypeError, "__int__ returned non-int (type %.200s)", Py_TYPE(r)->tp_name);
            Py_DECREF(r);
            return NULL;
        }
    }
    return r;
}

/* A signed C integer in [min, max] (Cython's message names the type). 0, or -1 with the error set. */
static int cytrus_py_signed(PyObject *x, long min, long max, const char *type, long *out) {
    PyObject *v = cytrus_py_int_of(x);
    long r;
    if (v == NULL) return -1;
    r = PyLong_AsLong(v);
    Py_DECREF(v);
    if (r == -1 && PyErr_Occurred()) return -1;
    if (r < min || r > max) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", type);
        return -1;
    }
    *out = r;
    return 0;
}

/* An unsigned C integer up to max. 0, or -1 with the error set. */
static int cytrus_py_unsigned(PyObject *x, unsigned long max, const char *type, unsigned long *out) {
    PyObject *v = cytrus_py_int_of(x);
    int overflow = 0;
    long sign;
    unsigned long r;
    if (v == NULL) return -1;
    sign = PyLong_AsLongAndOverflow(v, &overflow);
    if (sign == -1 && PyErr_Occurred()) {
        Py_DECREF(v);
        return -1;
    }
    if (overflow < 0 || (overflow == 0 && sign < 0)) {
        Py_DECREF(v);
        PyErr_Format(PyExc_OverflowError, "can't convert negative value to %s", type);
        return -1;
    }
    r = PyLong_AsUnsignedLong(v);
    Py_DECREF(v);
    if (r == (unsigned long)-1 && PyErr_Occurred()) return -1;
    if (r > max) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", type);
        return -1;
    }
    *out = r;
    return 0;
}

/* Py_ssize_t through __index__. */
static int cytrus_py_ssize(PyObject *x, Py_ssize_t *out) {
    Py_ssize_t r;
    if (PyLong_CheckExact(x)) {
        r = PyLong_AsSsize_t(x);
    } else {
        PyObject *v = PyNumber_Index(x);
        if (v == NULL) return -1;
        r = PyLong_AsSsize_t(v);
        Py_DECREF(v);
    }
    if (r == -1 && PyErr_Occurred()) return -1;
    *out = r;
    return 0;
}

/* A Python int in 128 bits (cytrus's exact ints). */
static int cytrus_py_int128(PyObject *x, __int128 *out) {
    PyObject *v = cytrus_py_int_of(x);
    unsigned char bytes[16];
    int r;
    if (v == NULL) return -1;
    r = _PyLong_AsByteArray((PyLongObject *)v, bytes, 16, 1, 1);
    Py_DECREF(v);
    if (r < 0) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to a 128-bit integer");
        return -1;
    }
    memcpy(out, bytes, 16);
    return 0;
}

static PyObject *cytrus_py_from_int128(__int128 v) {
    unsigned char bytes[16];
    memcpy(bytes, &v, 16);
    return _PyLong_FromByteArray(bytes, 16, 1, 1);
}

static int cytrus_py_double(PyObject *x, double *out) {
    double r = PyFloat_CheckExact(x) ? PyFloat_AS_DOUBLE(x) : PyFloat_AsDouble(x);
    if (r == -1.0 && PyErr_Occurred()) return -1;
    *out = r;
    return 0;
}

static int cytrus_py_bint(PyObject *x, int *out) {
    int r = x == Py_True ? 1 : (x == Py_False || x == Py_None) ? 0 : PyObject_IsTrue(x);
    if (r < 0) return -1;
    *out = r;
    return 0;
}

/* The module's namespace (tracebacks name it as their frames' globals) and name. */
static PyObject *cytrus_module_dict;
static const char *cytrus_module_name;

/* Adds a traceback entry `File "file", line N, in function` to the pending exception. */
static void cytrus_py_add_frame(PyObject *file, PyObject *function, int line) {
    PyCodeObject *code = NULL;
    PyFrameObject *frame = NULL;
    PyObject *type, *value, *tb;
    const char *f = PyUnicode_AsUTF8(file), *n = PyUnicode_AsUTF8(function);
    /* Creating the code object must not see the pending exception. */
    PyErr_Fetch(&type, &value, &tb);
    code = f && n ? PyCode_NewEmpty(f, n, line) : NULL;
    if (code) frame = PyFrame_New(PyThreadState_Get(), code, cytrus_module_dict, NULL);
    PyErr_Clear();
    PyErr_Restore(type, value, tb);
    if (frame) PyTraceBack_Here(frame);
    Py_XDECREF((PyObject *)code);
    Py_XDECREF((PyObject *)frame);
}

/* Adds the traceback entry of a wrapper (`function` is `module.f`) to the
 * pending exception: an argument that failed to parse or convert. */
static void cytrus_py_frame(const char *file, const char *function, int line) {
    PyObject *file_obj = PyUnicode_FromString(file);
    PyObject *func_obj = PyUnicode_FromString(function);
    if (file_obj && func_obj) cytrus_py_add_frame(file_obj, func_obj, line);
    Py_XDECREF(file_obj);
    Py_XDECREF(func_obj);
}

/* `None` given to a `not None` view: Cython's TypeError, with no traceback entry. */
static void cytrus_py_none_arg(const char *name) {
    PyErr_Format(PyExc_TypeError, "Argument '%.200s' must not be None", name);
}

/* Raises the exception the cytrus code left in its indicator as the Python
 * exception, with a traceback entry for each frame it passed, named as
 * Cython names them (`module.function`, `init module`); `wrapper` (a cpdef
 * function's Python wrapper, `module.f`) adds one at `line` outside them. NULL. */
static PyObject *cytrus_py_raise_from(const char *file_name, const char *wrapper, int wrapper_line) {
    cytrus_error *e = cytrus_err_fetch();
    PyObject *kind, *message;
    size_t len = 0, i, file_len, func_len;
    const char *text, *file, *func;
    int line;
    if (e == NULL) {
        PyErr_SetString(PyExc_SystemError, "error return without exception set");
        return NULL;
    }
    switch (cytrus_error_kind(e)) {
    case CYTRUS_INDEX_ERROR: kind = PyExc_IndexError; break;
    case CYTRUS_VALUE_ERROR: kind = PyExc_ValueError; break;
    case CYTRUS_TYPE_ERROR: kind = PyExc_TypeError; break;
    case CYTRUS_ZERO_DIVISION_ERROR: kind = PyExc_ZeroDivisionError; break;
    case CYTRUS_OVERFLOW_ERROR: kind = PyExc_OverflowError; break;
    case CYTRUS_MEMORY_ERROR: kind = PyExc_MemoryError; break;
    case CYTRUS_BUFFER_ERROR: kind = PyExc_BufferError; break;
    case CYTRUS_ASSERTION_ERROR: kind = PyExc_AssertionError; break;
    case CYTRUS_UNBOUND_LOCAL_ERROR: kind = PyExc_UnboundLocalError; break;
    case CYTRUS_ATTRIBUTE_ERROR: kind = PyExc_AttributeError; break;
    default: kind = PyExc_Exception; break;
    }
    text = cytrus_error_message(e, &len);
    if (len == 0) {
        PyErr_SetNone(kind);
    } else {
        message = PyUnicode_DecodeUTF8(text, (Py_ssize_t)len, "replace");
        if (message != NULL) {
            PyErr_SetObject(kind, message);
            Py_DECREF(message);
        }
    }
    cytrus_error_free(e);
    /* Innermost frame first, as Cython's __Pyx_AddTraceback adds them. */
    for (i = 0; (line = cytrus_err_frame(i, &file, &file_len, &func, &func_len)) >= 0; i++) {
        PyObject *file_obj = PyUnicode_DecodeUTF8(file, (Py_ssize_t)file_len, "replace");
        PyObject *func_obj = NULL;
        if (func_len == 8 && memcmp(func, "<module>", 8) == 0) {
            func_obj = PyUnicode_FromFormat("init %s", cytrus_module_name);
        } else {
            PyObject *bare = PyUnicode_DecodeUTF8(func, (Py_ssize_t)func_len, "replace");
            func_obj = bare ? PyUnicode_FromFormat("%s.%U", cytrus_module_name, bare) : NULL;
            Py_XDECREF(bare);
        }
        if (file_obj && func_obj) cytrus_py_add_frame(file_obj, func_obj, line);
        Py_XDECREF(file_obj);
        Py_XDECREF(func_obj);
    }
    if (wrapper != NULL) cytrus_py_frame(file_name, wrapper, wrapper_line);
    return NULL;
}

static PyObject *cytrus_py_raise(PyObject *module_dict) {
    (void)module_dict;
    return cytrus_py_raise_from(NULL, NULL, 0);
}

/* ---- memoryview arguments ------------------------------------------------ */

/* The buffer of a view argument: the Python buffer it came from, kept until
 * the call is over (or, for functions that return views, until the last view
 * of it is released). */
typedef struct cytrus_py_buffer {
    Py_buffer view;
    int held;
} cytrus_py_buffer;

/* Frees a buffer handed to an owner (the owner's free callback). */
static void cytrus_py_free_held(void *p) {
    cytrus_py_buffer *b = (cytrus_py_buffer *)p;
    PyGILState_STATE gil = PyGILState_Ensure();
    PyBuffer_Release(&b->view);
    PyGILState_Release(gil);
    free(b);
}

/* Takes obj as the view param describes: the buffer protocol with Cython's
 * flags (the exporter's own refusals come first: "ndarray is not
 * C-contiguous", "Object is not writable."), then the runtime's checks
 * ("Buffer dtype mismatch, ..."). With `owned`, the view gets an owner that
 * holds the buffer, so that views the function returns keep it alive.
 * 0, or -1 with the Python error set. */
static int cytrus_py_view(PyObject *obj, int flags, const cytrus_view_param *param, cytrus_py_buffer *held,
                          cytrus_slice *out, int owned, PyObject *module_dict) {
    cytrus_buffer b;
    Py_buffer *v = &held->view;
    int k, ndim;
    held->held = 0;
    if (obj == Py_None) {
        if (cytrus_acquire(out, NULL, param) < 0) {
            cytrus_py_raise(module_dict);
            return -1;
        }
        return 0;
    }
    if (PyObject_GetBuffer(obj, v, flags) < 0) return -1;
    held->held = 1;
    memset(&b, 0, sizeof b);
    b.data = v->buf;
    b.format = v->format;
    b.itemsize = v->itemsize;
    b.ndim = v->ndim;
    b.readonly = v->readonly;
    b.exporter = CYTRUS_EXPORTER_MEMORYVIEW;
    ndim = v->ndim < CYTRUS_MAX_DIMS ? v->ndim : CYTRUS_MAX_DIMS;
    if (v->shape == NULL) {
        b.shape[0] = v->itemsize ? v->len / v->itemsize : 0;
    }
    for (k = 0; k < ndim; k++) {
        if (v->shape) b.shape[k] = v->shape[k];
        b.suboffsets[k] = v->suboffsets ? v->suboffsets[k] : -1;
    }
    if (v->strides) {
        for (k = 0; k < ndim; k++) b.strides[k] = v->strides[k];
    } else {
        Py_ssize_t stride = v->itemsize;
        for (k = ndim - 1; k >= 0; k--) {
            b.strides[k] = stride;
            stride *= b.shape[k];
        }
    }
    if (cytrus_acquire(out, &b, param) < 0) {
        PyBuffer_Release(v);
        held->held = 0;
        cytrus_py_raise(module_dict);
        return -1;
    }
    if (owned) {
        cytrus_py_buffer *keep = (cytrus_py_buffer *)malloc(sizeof *keep);
        cytrus_slice owner;
        Py_ssize_t one = 1;
        if (keep == NULL) {
            PyBuffer_Release(v);
            held->held = 0;
            PyErr_NoMemory();
            return -1;
        }
        if (cytrus_array_new(&owner, 1, &one, 1, "B", "c", 0) < 0) {
            free(keep);
            PyBuffer_Release(v);
            held->held = 0;
            cytrus_py_raise(module_dict);
            return -1;
        }
        *keep = *held;
        held->held = 0;
        cytrus_array_set_data(&owner, (char *)keep);
        cytrus_array_set_callback_free_data(&owner, cytrus_py_free_held);
        out->memview = owner.memview;
    }
    return 0;
}

/* The end of a call for a view argument. */
static void cytrus_py_view_done(cytrus_py_buffer *held, cytrus_slice *s) {
    if (held->held) {
        PyBuffer_Release(&held->view);
        held->held = 0;
    }
    CYTRUS_RELEASE(s);
}

/* ---- memoryview results -------------------------------------------------- */

/* A view a function returned, as Cython's memoryview slice object behaves:
 * exports its memory through the buffer protocol without copying
 * (np.asarray(result) shares it), and has len, indexing (an element, or a
 * new view for a slice), iteration, .shape/.strides/.ndim/.size/.itemsize/
 * .nbytes/.T, copy() and Cython's repr. */
typedef struct {
    PyObject_HEAD
    cytrus_slice slice;
    int ndim;
    int readonly;
    Py_ssize_t itemsize;
    const char *format;
    char kind; /* how an element becomes a Python object: 'i' 'u' 'f' 'b' (bint), 's' (struct) */
} cytrus_py_view_object;

static PyTypeObject cytrus_py_view_type;

/* The Python buffer a view's memory came from (a view argument's, kept alive
 * by the view's owner), or NULL for memory cytrus allocated. */
static Py_buffer *cytrus_py_view_source(const cytrus_slice *s) {
    if (s->memview != NULL && s->memview->callback_free_data == cytrus_py_free_held) {
        return &((cytrus_py_buffer *)s->memview->buffer)->view;
    }
    return NULL;
}

static void cytrus_py_view_dealloc(PyObject *self) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    CYTRUS_RELEASE(&v->slice);
    Py_TYPE(self)->tp_free(self);
}

/* A new view object sharing v's owner (s holds one new acquisition). */
static PyObject *cytrus_py_view_like(const cytrus_py_view_object *v, cytrus_slice *s, int ndim) {
    cytrus_py_view_object *w = PyObject_New(cytrus_py_view_object, &cytrus_py_view_type);
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

static int cytrus_py_view_contig(const cytrus_py_view_object *v) {
    Py_ssize_t stride = v->itemsize;
    int k;
    for (k = v->ndim - 1; k >= 0; k--) {
        if (v->slice.shape[k] != 1 && v->slice.strides[k] != stride) return 0;
        stride *= v->slice.shape[k];
    }
    return 1;
}

static int cytrus_py_view_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
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
    if ((flags & PyBUF_STRIDES) != PyBUF_STRIDES && !cytrus_py_view_contig(v)) {
        PyErr_SetString(PyExc_BufferError, "Buffer is not C-contiguous.");
        return -1;
    }
    view->buf = v->slice.data;
    view->obj = self;
    Py_INCREF(self);
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

static PyObject *cytrus_py_ssize_tuple(const Py_ssize_t *xs, int n) {
    PyObject *t = PyTuple_New(n);
    int k;
    if (t == NULL) return NULL;
    for (k = 0; k < n; k++) {
        PyObject *x = PyLong_FromSsize_t(xs[k]);
        if (x == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k, x);
    }
    return t;
}

static Py_ssize_t cytrus_py_view_size_of(const cytrus_py_view_object *v) {
    Py_ssize_t n = 1;
    int k;
    for (k = 0; k < v->ndim; k++) n *= v->slice.shape[k];
    return n;
}

static PyObject *cytrus_py_view_shape(PyObject *self, void *closure) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    (void)closure;
    return cytrus_py_ssize_tuple(v->slice.shape, v->ndim);
}

static PyObject *cytrus_py_view_strides(PyObject *self, void *closure) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    (void)closure;
    return cytrus_py_ssize_tuple(v->slice.strides, v->ndim);
}

static PyObject *cytrus_py_view_ndim(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromLong(((cytrus_py_view_object *)self)->ndim);
}

static PyObject *cytrus_py_view_itemsize(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(((cytrus_py_view_object *)self)->itemsize);
}

static PyObject *cytrus_py_view_size(PyObject *self, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(cytrus_py_view_size_of((cytrus_py_view_object *)self));
}

static PyObject *cytrus_py_view_nbytes(PyObject *self, void *closure) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    (void)closure;
    return PyLong_FromSsize_t(cytrus_py_view_size_of(v) * v->itemsize);
}

/* .T: the axes reversed (Cython refuses indirect axes: not returned here). */
static PyObject *cytrus_py_view_transpose(PyObject *self, void *closure) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    cytrus_slice s = v->slice;
    int k;
    (void)closure;
    for (k = 0; k < v->ndim; k++) {
        s.shape[k] = v->slice.shape[v->ndim - 1 - k];
        s.strides[k] = v->slice.strides[v->ndim - 1 - k];
        s.suboffsets[k] = v->slice.suboffsets[v->ndim - 1 - k];
    }
    CYTRUS_ACQUIRE(&s);
    return cytrus_py_view_like(v, &s, v->ndim);
}

/* .base: the object the memory came from (None for memory cytrus
 * allocated, where Cython has its cython.view.array). */
static PyObject *cytrus_py_view_base(PyObject *self, void *closure) {
    Py_buffer *src = cytrus_py_view_source(&((cytrus_py_view_object *)self)->slice);
    (void)closure;
    if (src != NULL && src->obj != NULL) return Py_NewRef(src->obj);
    Py_RETURN_NONE;
}

static Py_ssize_t cytrus_py_view_len(PyObject *self) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    return v->ndim == 0 ? 0 : v->slice.shape[0];
}

/* The element at p as the Python object Cython's conversion of the dtype gives. */
static PyObject *cytrus_py_view_element(const cytrus_py_view_object *v, const char *p) {
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

static int cytrus_py_view_bounds(const char *what, int axis) {
    PyErr_Format(PyExc_IndexError, "%s (axis %d)", what, axis);
    return -1;
}

/* v[key] as Cython's memoryview does it: ints and slices (an Ellipsis for
 * the axes left), missing trailing axes taken whole; all axes given an int
 * is an element, anything else a new view of the same memory. */
static PyObject *cytrus_py_view_subscript(PyObject *self, PyObject *key) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    PyObject *items[CYTRUS_MAX_DIMS + 1];
    PyObject *const *given = &key;
    Py_ssize_t n = 1, i;
    int count = 0, seen_ellipsis = 0, slices = 0, dim, out_dim;
    cytrus_slice s;
    char *p;
    if (PyTuple_Check(key)) {
        n = PyTuple_GET_SIZE(key);
        given = &PyTuple_GET_ITEM(key, 0);
    }
    for (i = 0; i < n; i++) {
        PyObject *item = given[i];
        if (item == Py_Ellipsis) {
            int fill = seen_ellipsis ? 1 : (int)(v->ndim - n + 1), j;
            seen_ellipsis = 1;
            for (j = 0; j < fill; j++) {
                if (count > CYTRUS_MAX_DIMS) return cytrus_py_view_bounds("Index out of bounds", count), NULL;
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
            return cytrus_py_view_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", count),
                   NULL;
        }
        items[count++] = item;
    }
    if (count < v->ndim) slices = 1;
    if (count > v->ndim) {
        return cytrus_py_view_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", v->ndim), NULL;
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
                return cytrus_py_view_bounds(slices ? "Index out of bounds" : "Out of bounds on buffer access", dim),
                       NULL;
            }
            p += k * stride;
        }
    }
    if (!slices) return cytrus_py_view_element(v, p);
    for (dim = out_dim; dim < CYTRUS_MAX_DIMS; dim++) {
        s.shape[dim] = 0;
        s.strides[dim] = 0;
        s.suboffsets[dim] = 0;
    }
    s.data = p;
    CYTRUS_ACQUIRE(&s);
    return cytrus_py_view_like(v, &s, out_dim);
}

static PyObject *cytrus_py_view_sq_item(PyObject *self, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (key == NULL) return NULL;
    r = cytrus_py_view_subscript(self, key);
    Py_DECREF(key);
    return r;
}

/* copy(): a C-contiguous copy in new memory (Cython: a view of a new array). */
static PyObject *cytrus_py_view_copy(PyObject *self, PyObject *unused) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    cytrus_slice s;
    PyObject *r;
    (void)unused;
    if (cytrus_slice_copy(&s, &v->slice, v->ndim, v->itemsize) < 0) return cytrus_py_raise(cytrus_module_dict);
    r = cytrus_py_view_like(v, &s, v->ndim);
    if (r != NULL) ((cytrus_py_view_object *)r)->readonly = 0;
    return r;
}

/* Cython's repr: "<MemoryView of 'ndarray' at 0x...>", naming the type of
 * the object the memory came from ('array' for memory cytrus allocated, as
 * Cython's cython.view.array). */
static PyObject *cytrus_py_view_repr(PyObject *self) {
    cytrus_py_view_object *v = (cytrus_py_view_object *)self;
    Py_buffer *src = cytrus_py_view_source(&v->slice);
    const char *name = "array";
    if (src != NULL && src->obj != NULL) name = Py_TYPE(src->obj)->tp_name;
    if (strrchr(name, '.') != NULL) name = strrchr(name, '.') + 1;
    return PyUnicode_FromFormat("<MemoryView of '%s' at %p>", name, self);
}

static PyGetSetDef cytrus_py_view_getset[] = {
    {"shape", cytrus_py_view_shape, NULL, NULL, NULL},
    {"strides", cytrus_py_view_strides, NULL, NULL, NULL},
    {"ndim", cytrus_py_view_ndim, NULL, NULL, NULL},
    {"itemsize", cytrus_py_view_itemsize, NULL, NULL, NULL},
    {"size", cytrus_py_view_size, NULL, NULL, NULL},
    {"nbytes", cytrus_py_view_nbytes, NULL, NULL, NULL},
    {"T", cytrus_py_view_transpose, NULL, NULL, NULL},
    {"base", cytrus_py_view_base, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMethodDef cytrus_py_view_methods[] = {
    {"copy", cytrus_py_view_copy, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyBufferProcs cytrus_py_view_buffer = {cytrus_py_view_getbuffer, NULL};
static PySequenceMethods cytrus_py_view_sequence = {cytrus_py_view_len, NULL, NULL, cytrus_py_view_sq_item};
static PyMappingMethods cytrus_py_view_mapping = {cytrus_py_view_len, cytrus_py_view_subscript, NULL};

static PyTypeObject cytrus_py_view_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cytrus._memoryviewslice",
    .tp_basicsize = sizeof(cytrus_py_view_object),
    .tp_dealloc = cytrus_py_view_dealloc,
    .tp_repr = cytrus_py_view_repr,
    .tp_as_sequence = &cytrus_py_view_sequence,
    .tp_as_mapping = &cytrus_py_view_mapping,
    .tp_as_buffer = &cytrus_py_view_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A typed memoryview a cytrus function returned (Cython's memoryview slice object).",
    .tp_getset = cytrus_py_view_getset,
    .tp_methods = cytrus_py_view_methods,
};

/* numpy.asarray(view) for a def that returns `np.asarray(view)` (the view
 * is released; NULL and None pass through). */
static PyObject *cytrus_py_asarray(PyObject *view) {
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

/* Takes the view a function returned (its acquisition moves into the object);
 * the None view is None. Writable unless its memory came from a read-only
 * buffer (Cython: a view of a `const` view is writable too). */
static PyObject *cytrus_py_view_result(cytrus_slice *s, int ndim, Py_ssize_t itemsize, const char *format,
                                       char kind) {
    cytrus_py_view_object *v;
    Py_buffer *src;
    if (cytrus_slice_is_none(s)) {
        Py_RETURN_NONE;
    }
    v = PyObject_New(cytrus_py_view_object, &cytrus_py_view_type);
    if (v == NULL) {
        CYTRUS_RELEASE(s);
        return NULL;
    }
    src = cytrus_py_view_source(s);
    v->slice = *s;
    v->ndim = ndim;
    v->itemsize = itemsize;
    v->format = format;
    v->readonly = src != NULL && src->readonly;
    v->kind = kind;
    return (PyObject *)v;
}
