# Errors raised inside nogil functions and with nogil blocks propagate.
cimport cython
cdef int f(int x) except -1 nogil:
    if x < 0:
        raise ValueError("negative in nogil")
    return x + 1
cdef double g(double[:] v, int i) except? -1.0 nogil:
    return v[i] * 2
cdef int h(int x) except -1 nogil:
    if x == 3:
        with gil:
            raise IndexError("with gil")
    return x
def main():
    cdef double buf[3]
    buf[0] = 1.0; buf[1] = 2.0; buf[2] = 3.0
    cdef double[:] v = buf
    cdef int r = 0
    try:
        with nogil:
            r = f(2)
            r += f(-1)
    except ValueError as e:
        print("caught", e, r)
    try:
        with nogil:
            print_me = g(v, 1)
            g(v, 7)
    except IndexError as e:
        print("caught", e)
    cdef int k
    for k in range(5):
        try:
            with nogil:
                r = h(k) // (k - 1)
            print(k, r)
        except Exception as e:
            print(k, "error", e)
main()
