# A 2-D C array passed to a cdef function taking int x[2][2] (decays to a
# pointer to rows) and a row returned as int*, written through. Inspired by Cython's tests/run/carrays.pyx (test1).
cdef int* first_row(int x[2][2]):
    return x[0]

cdef int* second_row(int x[2][2]):
    return x[1]

cdef int x[2][2]
x[0][0] = 1
x[0][1] = 2
x[1][0] = 3
x[1][1] = 4
print(first_row(x)[1], second_row(x)[0], first_row(x)[0] + second_row(x)[1])
second_row(x)[1] = 40
print(x[1][1])
