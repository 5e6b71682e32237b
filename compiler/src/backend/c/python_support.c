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
    long r;
    if (PyLong_Check(x)) {
        /* an int, the everyday argument: no new reference, no error check
         * unless it does not fit (CPython's PyLong_AsLong message) */
        int overflow = 0;
        r = PyLong_AsLongAndOverflow(x, &overflow);
        if (overflow) {
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
            return -1;
        }
    } else {
        PyObject *v = cytrus_py_int_of(x);
        if (v == NULL) return -1;
        r = PyLong_AsLong(v);
        Py_DECREF(v);
        if (r == -1 && PyErr_Occurred()) return -1;
    }
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
    const char *f = PyUnicode_AsUTF8(file), *n = PyUnicode_AsUTF8(function);
    cytrus_traceback_add(cytrus_module_dict, f, n, line);
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

/* The returned-view type's way to raise the runtime's pending error. */
static void cytrus_py_raise_pending(void) {
    cytrus_py_raise_from(NULL, NULL, 0);
}

/* ---- memoryview arguments ------------------------------------------------ */

/* The buffer of a view argument: the Python buffer it came from, kept until
 * the call is over (or, for functions that return views, until the last view
 * of it is released). */
typedef struct cytrus_py_buffer {
    Py_buffer view;
    int held;
} cytrus_py_buffer;

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
        if (cytrus_pyview_keep(v, &out->memview) < 0) {
            PyBuffer_Release(v);
            held->held = 0;
            return -1;
        }
        held->held = 0; /* the owner releases it */
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

/* `with gil:` blocks (and `with gil` functions) take Python's GIL, as in
 * Cython: they exclude each other and every Python thread. The token is the
 * state PyGILState_Ensure returned. */
static int cytrus_py_gil_acquire(void) {
    return (int)PyGILState_Ensure();
}

static void cytrus_py_gil_release(int token) {
    PyGILState_Release((PyGILState_STATE)token);
}

/* A team started where this thread may hold the GIL gives it up while the
 * team runs, as Cython's parallel sections do (a thread's `with gil:` would
 * otherwise wait for the caller, who waits for the team). */
static void *cytrus_py_gil_save(void) {
    if (PyGILState_Check()) return (void *)PyEval_SaveThread();
    return NULL;
}

static void cytrus_py_gil_restore(void *saved) {
    PyEval_RestoreThread((PyThreadState *)saved);
}
