# formatting without the GIL (a raise may format: Cython takes the GIL to raise)
cdef int f(int n) except -1 nogil:
    if n > 2:
        raise ValueError(f"bad {n}")
    s = f"{n}"
    return 0
f(1)
