# What `break`, `return` and exceptions do inside a prange body: a break
# skips the loop's `else`; a `return` in a cdef function returns the value a
# thread found (a unique one here); an exception raised in an iteration
# (a bounds check, or `raise` with the GIL) is raised after the loop, and
# can be caught around it.
from cython.parallel cimport prange
cimport cython

cdef Py_ssize_t find(int[::1] a, int key) noexcept nogil:
    cdef Py_ssize_t i
    for i in prange(a.shape[0], schedule='static', num_threads=2):
        if a[i] == key:
            return i
    return -1

cdef int has_key(int[::1] a, int key) noexcept nogil:
    cdef Py_ssize_t i
    cdef int seen = 0
    for i in prange(a.shape[0], num_threads=2):
        if a[i] == key:
            seen = 1
            break
    else:
        return 0
    return 1

def has(int[::1] a, int key):
    return has_key(a, key)

def checked(double[::1] v, int extra):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in prange(v.shape[0] + extra, nogil=True, num_threads=2):
        s += v[i]
    return s

cdef int must_be_small(int x) except -1 nogil:
    if x > 60:
        with gil:
            raise ValueError("too big")
    return x

def raising(int[::1] a, int threads):
    cdef Py_ssize_t i
    cdef long s = 0
    for i in prange(a.shape[0], nogil=True, num_threads=threads):
        s += must_be_small(a[i])
    return s

def cont(int n):
    cdef int i
    cdef long s = 0
    for i in prange(n, nogil=True, num_threads=3):
        if i % 3 == 0:
            continue
        s += i
    return s

cdef int[::1] a = cython.view.array(shape=(64,), itemsize=sizeof(int), format="i")
cdef double[::1] v = cython.view.array(shape=(10,), itemsize=sizeof(double), format="d")
cdef int k
for k in range(64):
    a[k] = k
for k in range(10):
    v[k] = k
print("find", find(a, 0), find(a, 40), find(a, 63), find(a, 64))
print("has", has(a, 17), has(a, 99))
print("cont", cont(0), cont(10), cont(100))
print("checked", checked(v, 0))
try:
    checked(v, 3)
except IndexError as e:
    print("caught", e)
print("raising", raising(a[:50], 2))
try:
    raising(a, 2)
except ValueError as e:
    print("caught", e)
print(raising(a, 1))
