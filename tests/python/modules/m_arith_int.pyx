# pydiff: extremes
# Integer arithmetic with Python semantics: floor division, modulo, zero divisors.

def floordiv(long a, long b):
    return a // b

def mod(long a, long b):
    return a % b

def floordiv_int(int a, int b):
    return a // b

def mod_short(short a, short b):
    return a % b

def udiv(unsigned int a, unsigned int b):
    return a // b

def shl(unsigned int a, int s):
    if s < 0 or s > 31:
        return 0
    return a << s

def shr(unsigned int a, int s):
    if s < 0 or s > 31:
        return 0
    return a >> s

def band(int a, int b):
    return a & b

def bor(int a, int b):
    return a | b

def bxor(int a, int b):
    return a ^ b

def binv(int a):
    return ~a

def wrap_add(int a, int b):
    cdef int c = a + b
    return c

def power_small(long a):
    return a ** 2

def power_var(int a, int b):
    if b > 60 or b < -60:
        return 0.0
    return a ** b

def absdiff(long long a, long long b):
    return abs(a - b) if (a >= 0) == (b >= 0) else -1

cpdef long clamp(long x, long lo, long hi):
    return min(max(x, lo), hi)
