# Found by the differential tester (issue 14, agg family). numpy's C
# typedefs are distinct types for Cython: abs() of a signed one
# (cnp.int32_t, cnp.int64_t, cnp.intp_t) has no exact C abs and goes
# through a Python int (so `u -= abs(x)` on an unsigned u raises), and a
# conversion error names the typedef (`npy_uint32`). cytrus reads them as
# the C types they name.
cimport numpy as cnp

def main():
    cdef unsigned int u
    cdef cnp.int32_t a = 3
    cdef cnp.int64_t b = 3
    cdef cnp.intp_t c = 3
    cdef cnp.uint32_t w = 0
    cdef long long m = -1
    u = 0
    try:
        u -= abs(a)
        print(u)
    except OverflowError as e:
        print("OverflowError", e)
    u = 0
    try:
        u -= abs(b)
        print(u)
    except OverflowError as e:
        print("OverflowError", e)
    u = 0
    try:
        u -= abs(c)
        print(u)
    except OverflowError as e:
        print("OverflowError", e)
    x = 3
    try:
        w = m << (x & 31)
        print(w)
    except OverflowError as e:
        print("OverflowError", e)
    print(x + 1)

main()
