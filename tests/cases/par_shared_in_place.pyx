# Variables a `prange` body or a `parallel()` block writes only in place (an
# array element, a struct field) or lends out by address are shared by the
# team, as in Cython (only variables assigned by name are private): every
# thread's writes land in the caller's variable.
from cython.parallel cimport prange, parallel, threadid

cdef struct Totals:
    long evens
    long odds
    double scale

cdef void put(long *p, int i, long x) noexcept nogil:
    p[i] = x

cdef void put_field(Totals *t, int i) noexcept nogil:
    if i == 5:
        t.scale = 2.5

def elements():
    cdef long arr[16]
    cdef int i
    for i in range(16):
        arr[i] = -1
    for i in prange(16, nogil=True, num_threads=4, schedule='static'):
        arr[i] = i * i
    print("elements", arr[0], arr[5], arr[15])
    for i in prange(16, nogil=True, num_threads=4, schedule='dynamic'):
        put(arr, i, 100 + i)
    print("through a pointer", arr[0], arr[7], arr[15])

def fields():
    cdef Totals t
    cdef int i
    t.evens = 0
    t.odds = 0
    t.scale = 1.0
    for i in prange(10, nogil=True, num_threads=2, schedule='static', chunksize=1):
        if i % 2 == 0:
            t.evens = i
        else:
            t.odds = i
    print("fields", t.evens, t.odds)
    for i in prange(10, nogil=True, num_threads=3):
        put_field(&t, i)
    print("field through a pointer", t.scale)

def in_block():
    cdef long per_thread[4]
    cdef long cells[8]
    cdef int k, i
    for k in range(4):
        per_thread[k] = 0
    for k in range(8):
        cells[k] = 0
    with nogil, parallel(num_threads=4):
        per_thread[threadid()] = 1
        for i in prange(8, schedule='static'):
            put(cells, i, i + 1)
    print("block", per_thread[0] + per_thread[1] + per_thread[2] + per_thread[3], cells[0], cells[7])

elements()
fields()
in_block()
