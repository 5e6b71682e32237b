# C integer suffixes (U, UL, ULL, LL; either case and order; L alone is a
# plain literal). Cython folds constant expressions of them as Python ints
# (comparisons too), while a suffixed literal beside a C value has C's type
# for it: `2U` is an unsigned int, so `x + 2U` wraps at 32 bits. A cast of a
# literal is a C value, never folded as a Python int.
cdef unsigned long long h = 0x7ff8000000000000ULL
print(h, 0xffULL, 5U - 6, 1ULL << 63, -1 < 1U, 10LL * 3, 7L, 0b101u, 0o17UL, 3lu, 4LLU)
h *= 0xff51afd7ed558ccdULL
h ^= h >> 33
print(h)
cdef int x = -3
print(x + 2U, x * 1ULL, x < 0U, x + 2UL, x + 0x100000000U)
print(<unsigned long>5 - 6, -1 < <unsigned long>1, 2U - 3, 0xffffffffU + 1U, 1U << 40)
print(-1 == 0xffffffffffffffffULL, 1 < 2U < 3, 5 <= 4LL, 0x8000000000000000LL)
cdef unsigned int m = 0xffffffffU
print(m + 1U, m * 2U, (m >> 4) & 0xfU)
