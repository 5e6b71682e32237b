# Found by the differential tester (issue 14, dt_412_2 t157). Of an
# argument Cython types as `unsigned int`/`long`/`long long`, abs() is a
# no-op that keeps the argument's C expression in its C type: `abs(sc <<
# (ull & 31))` is the shift, an `int` in C, though Cython types it as an
# `unsigned long long`; converted to a double it is -256.0.
def main():
    cdef unsigned long long v1 = 97
    cdef signed char v3 = -128
    cdef unsigned int u = 5
    cdef unsigned long ul = 3
    cdef int i = -7
    print("cast", <double>abs(v3 << (v1 & 31)))
    print("print", abs(v3 << (v1 & 31)))
    print("plain", abs(u), abs(ul), abs(v1))
    print("sum", abs(i + u), <double>abs(i + u))
    cdef long long r = abs(v3 << (v1 & 31))
    print("assigned", r)

main()
