# Casting integers to bint normalises them to 0/1, and a bint prints as
# True/False; bint from doubles and negative values. Inspired by Cython's
# tests/run/bool_cast.pyx and tests/run/bint.pyx.
def through_bint(int x):
    return <char><bint>x

def as_int(int x):
    return <int><bint>x

def test(bint value):
    return value

print(through_bint(0), through_bint(1), through_bint(2), through_bint(256), through_bint(-1), through_bint(12345))
print(as_int(0), as_int(-7), as_int(1 << 30))
print(test(0), test(1), test(-1), test(100), test(256))
cdef double half = 0.1
cdef bint b = <bint>half
cdef bint z = <bint>(half - 0.1)
print(b, z, <int>b, b + b, not b)
cdef long big = 1 << 40
cdef bint fromlong = big
print(fromlong, <int>fromlong)
