# Found by the differential tester (issue 14, dt_410_0 t96, dt_411_2 t121).
# Cython writes a folded constant in hex; a negative one whose hex digits
# are all decimal digits goes out in decimal with an `L` (a C long:
# `(-8 << 7) * i`, -1024L), one with a letter as `-0x5a`, a C int:
# `(10 - 0x64) * (0x20 + v)` is int arithmetic and wraps.
from libc.stdint cimport int32_t

def main():
    cdef int32_t v4 = 0x1B2CD8B0
    cdef int i = 2000000000
    print("-0x5a", (10 - 0x64) * (0x20 + v4))
    print("-0x400", (10 - 0x400 - 10) * i, (6 - 0x406) * i)
    print("-1024", (-8 << 7) * i)
    print("-0xa", (3 - 13) * i)
    print("-0x1c", (3 - 0x1f) * i)
    print("-0xb", (5 - 0x10) * i, (0 - 0xa) * i)
    print("-0x10", (6 - 22) * i)

main()
