# Python ints (module-level names) converted to signed char, unsigned char,
# short and unsigned short: in range, at the limits, one past each limit.
# Inspired by Cython's tests/run/c_int_types_T255.pyx (test_add_schar, ...).
cdef signed char sc
cdef unsigned char uc
cdef short ss
cdef unsigned short us
lo = -128
hi = 127
one = 1
try:
    sc = lo; print("schar", sc)
    sc = hi; print("schar", sc)
    sc = lo - one
except OverflowError as e:
    print("schar OverflowError:", e)
try:
    sc = hi + one
except OverflowError as e:
    print("schar OverflowError:", e)
try:
    uc = hi * 2 + one; print("uchar", uc)
    uc = hi * 2 + one + one
except OverflowError as e:
    print("uchar OverflowError:", e)
try:
    uc = -one
except OverflowError as e:
    print("uchar OverflowError:", e)
try:
    ss = lo * 256; print("short", ss)
    ss = lo * 256 - one
except OverflowError as e:
    print("short OverflowError:", e)
try:
    us = one * 65535; print("ushort", us)
    us = one - 2
except OverflowError as e:
    print("ushort OverflowError:", e)
try:
    us = one * 65536
except OverflowError as e:
    print("ushort OverflowError:", e)
