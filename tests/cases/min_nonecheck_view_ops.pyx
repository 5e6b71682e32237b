# nonecheck(True): slicing, .T, .copy(), slice assignment, len() and is_c_contig() on None views.
cimport cython
@cython.nonecheck(True)
cdef void attempt(int k, double[:] v, double[:, :] m) except *:
    cdef double[:] w
    cdef double[:, :] t
    if k == 0:
        w = v[1:]
    elif k == 1:
        t = m.T
    elif k == 2:
        w = v.copy()
    elif k == 3:
        v[:] = 2.0
    elif k == 4:
        print(len(v))
    elif k == 5:
        print(v.is_c_contig())
    print(k, "no error")
cdef int k
for k in range(6):
    try:
        attempt(k, None, None)
    except Exception as e:
        print(k, e)
