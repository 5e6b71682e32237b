# Cython's typing of integer operations, which C computes in its own types:
# an integer literal is a C long where Cython makes a temporary or calls a
# helper (`//`, `%`, `min`/`max`, a conditional expression), while infix
# operators wrap as C does (`u - 5` on an `unsigned int`); a shift has the
# wider type of both operands; and Cython's rank order (`Py_ssize_t` and
# `size_t` above `long`, `int64_t` as `long`, `uint64_t` as `unsigned long
# long`) decides whether a mixed result reads as signed.
from libc.stdint cimport int64_t, uint64_t, uint32_t, int8_t

def literals(unsigned int u, int i, unsigned short us):
    print("infix", u + 5, u - 5, 5 - u, u * 5, i + 2000000000, i * 3, us - 100)
    print("helpers", u // 5 - 1, u % 5 - 7, u / 2, (u // 5) - u, us // 3 - 100)
    print("bits", (u & 5) - 7, (u | 5) - 7, (u ^ 5) - 7, (u << 1) - 7, (u >> 1) - 7)
    print("negated", u * -1, u + -1, u - -1)
    print("temporaries", max(u, 3) - 7, min(u, 3) - 7, max(3, u, 1) - 7, (u if i else 0) - 7, (0 if i else u) - 7)

def shifts(size_t z, int64_t s64, long l, int i, unsigned int u):
    print("shift", (s64 >> (z & 31)) - 11, (l >> z) - 11, (l << z), i >> u, i << u, (i >> z) + 0)
    cdef int8_t c = -8
    print("narrow", c >> u, c << 2, (c >> 1) - 1)

def ranks(Py_ssize_t p, unsigned long ul, long long ll, size_t z, int64_t s64, uint64_t u64, uint32_t u32):
    print("ssize-ulong", p - ul, ul - p)
    print("llong-ulong", ll - ul, ul - ll)
    print("size-llong", z - ll, ll - z)
    print("int64-size", s64 - z, z - s64)
    print("int64-uint64", s64 - u64, u64 - s64)
    print("uint32-ssize", u32 - p, p - u32)

literals(3, 2000000000, 7)
literals(4000000000, -5, 65535)
shifts(0, -11, -11, -8, 1)
shifts(1, 5, 7, 3, 3)
ranks(2, 3, 2, 5, 1, 3, 1)

def shift_operands(int v3, unsigned int v2, unsigned int u, int i):
    # `(v2 & 31)` is a `long` for Cython, so `v3 << (v2 & 31)` is one too;
    # `(u & 5) // 2` divides in `long`.
    print("shift operand", v3 << (v2 & 31), v3 >> (v2 & 31), (u & 5) // 2 - 7, (u & 5) % 3 - 7, max(u & 5, 2) - 7)
    print("mixed", (v3 << 2) - (u & 1), (i - 5) // (u & 7))

shift_operands(127, 26, 3, -1)
shift_operands(-1, 3, 4000000003, 3)
