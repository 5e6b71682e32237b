# Each integer type's limits computed with casts: <unsigned T>-1, a shift
# right by one for the signed maximum, ~max for the minimum, and a
# signedness test <T>-1 > 0. Inspired by Cython's
# tests/run/c_int_types_T255.pyx and tests/run/overflow_check.pxi.
cdef signed char sc_max = <signed char>((<unsigned char>-1) >> 1)
cdef short s_max = <short>((<unsigned short>-1) >> 1)
cdef int i_max = <int>((<unsigned int>-1) >> 1)
cdef long l_max = <long>((<unsigned long>-1) >> 1)
cdef long long ll_max = <long long>((<unsigned long long>-1) >> 1)
print(<unsigned char>-1, <unsigned short>-1, <unsigned int>-1, <unsigned long>-1, <unsigned long long>-1)
print(sc_max, s_max, i_max, l_max, ll_max)
print(-sc_max - 1, -s_max - 1, ~i_max, ~l_max, ~ll_max)
print(<signed char>-1 > 0, <unsigned char>-1 > 0, <short>-1 > 0, <unsigned int>-1 > 0, <size_t>-1 > 0, <Py_ssize_t>-1 > 0)
cdef int half = i_max // <int>2
print(half, i_max // 2, ~half, (~i_max) // 3)
