# C integer literal suffixes L, LL, U, UL, ULL are accepted by Cython and
# give C longs of that type. Inspired by Cython's tests/run/int_literals.pyx
# (c_longs, negative_c_longs, c_long_types).
cdef long a = 1L
cdef unsigned long ua = 1UL
cdef long long aa = 0xFFFFFFFFFFFFFFFFLL
cdef unsigned long long uaa = 0xFFFFFFFFFFFFFFFFULL
cdef long na = -1L
cdef long long naa = -9223285636854775809LL
print(a, ua, aa, uaa, na, naa)
print(1_0 == 1_0L == 1_0LL == 1_0UL == 1_0ULL)
cdef unsigned int u = 1U
print(u - 2, 1UL - 2)
