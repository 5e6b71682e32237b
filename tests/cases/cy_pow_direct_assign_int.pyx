# An int ** int assigned straight to a C int (or passed to an int
# parameter) is accepted by Cython and computed as an integer power.
# Inspired by Cython's tests/run/cpow.pyx (pow_int_int_coerced_directly).
cdef int take_int(int x):
    return x

def show(int a, int b):
    cdef int direct = a ** b
    print(direct, take_int(a ** b) + direct)

show(2, 2)
show(2, 10)
show(-3, 3)
show(7, 0)
