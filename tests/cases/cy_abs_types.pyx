# abs() on each C numeric type: int, unsigned (a no-op), long, long long
# beyond 32 bits, double and float, inside expressions and nogil code.
# Inspired by Cython's tests/run/builtin_abs.pyx.
def sub_abs(int a):
    print(-abs(a), 100 - abs(a))

cdef long long c_ll_abs(long long a) except * nogil:
    return abs(a)

cdef unsigned int c_uint_abs(unsigned int a) nogil:
    return abs(a)

def all_abs(int i, long l, double d, float f):
    print(abs(i), abs(l), abs(d), abs(f))

sub_abs(5); sub_abs(105); sub_abs(-7)
print(c_ll_abs(-(2 ** 33)), c_ll_abs(9223372036854775807), c_uint_abs(4294967295), c_uint_abs(7))
all_abs(-5, -5000000000, -5.5, -5.5)
all_abs(2147483647, 9223372036854775807, -0.0, 1.25)
cdef double r
with nogil:
    r = abs(-2.5) + abs(<double>-1)
print(r)
