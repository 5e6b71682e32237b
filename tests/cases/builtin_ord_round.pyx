# ord() of a one-character literal or a C char, round() of C numbers as
# Python rounds (half to even, into an int), and a char parameter whose
# default is a one-character bytes literal.
cdef char c = b'C'
def f(char m=b'C'):
    if m not in b'CWSER':
        raise ValueError("Unknown mode '%c'" % m)
    return m
print(c, f(), ord('M'), ord(b'\xff'), ord(c), f(ord('W')), ord('é'))
cdef double r = 2.5
cdef double big = 1e300
cdef float g = 0.5
print(round(r), round(3.7), round(-2.5), round(-0.4), round(7), round(r) + 1, round(g), round(1.5))
cdef Py_ssize_t k = round(r * 3)
print(k, round(-r * 3), round(1e15 + 0.5))
try:
    f(ord('M'))
except ValueError as e:
    print(e)
try:
    print(round(big * big))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(round(big * big - big * big))
except ValueError as e:
    print("ValueError", e)
