# A function without a return type returns a Python object: its errors always
# propagate (a `noexcept` clause is ignored, as Cython warns), and a fused one
# is specialised as any other.
cimport cython

cdef checked(long n):
    if n < 0:
        raise ValueError("negative")
    return n * 2

cdef quiet(long n) noexcept:
    if n < 0:
        raise ValueError("quiet negative")
    return n

cdef twice(cython.floating x):
    return x * 2

cdef same(double[:] v):
    return v

cpdef int use(long n) except? -1:
    return checked(n) + 1

try:
    checked(-1)
except ValueError as e:
    print("caught", e)
try:
    quiet(-3)
except ValueError as e:
    print("caught", e)
print(use(4))
try:
    use(-2)
except ValueError as e:
    print("caught again", e)
cdef float f = 1.25
print(twice(f), twice(2.5))
cdef double buf[4]
buf[:] = [1.0, 2.0, 3.0, 4.0]
cdef double[:] w = same(buf)
print(w[3], w.shape[0])
