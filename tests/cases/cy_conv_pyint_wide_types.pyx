# Python ints converted to int, unsigned int, long, unsigned long, long long
# and unsigned long long one past each limit, and negative values into the
# unsigned types. Inspired by Cython's tests/run/c_int_types_T255.pyx.
cdef int i
cdef unsigned int ui
cdef long l
cdef unsigned long ul
cdef long long ll
cdef unsigned long long ull
one = 1
i = 2147483647 * one; print("int", i)
try:
    i = 2147483648 * one
except OverflowError as e:
    print("int OverflowError:", e)
try:
    i = -2147483649 * one
except OverflowError as e:
    print("int OverflowError:", e)
ui = 4294967295 * one; print("uint", ui)
try:
    ui = 4294967296 * one
except OverflowError as e:
    print("uint OverflowError:", e)
try:
    ui = -one
except OverflowError as e:
    print("uint OverflowError:", e)
l = 9223372036854775807 * one; print("long", l)
try:
    l = 9223372036854775808 * one
except OverflowError as e:
    print("long OverflowError:", e)
ul = 18446744073709551615 * one; print("ulong", ul)
try:
    ul = 18446744073709551616 * one
except OverflowError as e:
    print("ulong OverflowError:", e)
try:
    ul = -one
except OverflowError as e:
    print("ulong OverflowError:", e)
ll = -9223372036854775808 * one; print("llong", ll)
try:
    ll = -9223372036854775809 * one
except OverflowError as e:
    print("llong OverflowError:", e)
try:
    ull = -5 * one
except OverflowError as e:
    print("ullong OverflowError:", e)
