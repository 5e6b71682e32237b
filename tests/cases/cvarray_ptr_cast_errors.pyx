# Pointer casts into a cython.view.array variable that fail: a NULL
# pointer and a negative extent raise ValueError (Cython's messages) and
# leave the variable as it was; `is None` / `is not None` on the variable.
from cython.view cimport array as cvarray

def main():
    cdef int *p = NULL
    cdef cvarray a = None
    print(a is None, a is not None)
    try:
        a = <int[:4]> p
    except ValueError as e:
        print("ValueError", e)
    cdef int n = -1
    cdef int buf[4]
    try:
        a = <int[:2, :n]> &buf[0]
    except ValueError as e:
        print("ValueError", e)
    print(a is None)
    a = <int[:2, :2]> &buf[0]
    print(a is None, a is not None, a.shape[1])
    a = None
    print(None is a)

main()
