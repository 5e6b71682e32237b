# Expressions built only of literals that a method is called on in the
# generated Rust (`(1.0 % 0.5).abs()`, `(if c { 3 } else { -5 }).wrapping_shl(7)`,
# `(!7).wrapping_mul(v)`): their type must be spelled out. Also `v <<= n`
# where the shift is typed wider than `v`.
from libc.math cimport fabs, sqrt, fmod, floor, ceil
from libc.stdint cimport int16_t

def main():
    cdef int v = 3
    cdef bint t = True
    cdef short s = 5
    cdef size_t n = 2
    print(fabs(1. % 0.5), sqrt(10.0 % 10.625), fabs(fmod(7.5, 2.0)))
    print((3 if True else -5) << 7, (3 if t else -5) << 2, ~7 * v, (~7) * (~v))
    print(abs(2.5 % 1.0 + 0.25), (1.5 if t else 2.5) * 2)
    print(sqrt(-(-2.75)), floor(-(-0.1)), ceil(-(-7.0)), fabs(-(-0.5)) + 10.0)
    print((9223372036854775807 if t else 0x3c4) >> 0, (9223372036854775807 if not t else 964) >> 1)
    s <<= (n & 31)
    print(s)
    s >>= n
    print(s)

main()
