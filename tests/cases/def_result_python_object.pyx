# A def function called from Cython code goes through Python objects: its
# result is the object the function returned, whatever the call site.
# Return types x call sites: a bint beside an int, an int beside a float,
# a signed beside an unsigned C integer, one unsigned long, one bint, one int;
# printed, formatted, str()'d, assigned to a declared C variable, compared,
# in arithmetic, at module level and inside def/cdef functions.
def bint_or_int(int x):
    cdef bint b = x > 2
    if x == 0:
        return 7
    return b

def int_or_float(int x):
    if x:
        return 1
    return 0.5

def signed_or_unsigned(int x):
    cdef unsigned int u = 3000000000
    cdef int s = -5
    if x:
        return s
    return u

def ulong_sum(long a):
    cdef unsigned long b = 1
    return a + b

def only_bint(int x):
    return x > 2

def only_int(int x):
    return x * 2

def only_double(double x):
    return x / 4

print(bint_or_int(0), bint_or_int(5), bint_or_int(1))
print(int_or_float(1), int_or_float(0))
print(signed_or_unsigned(1), signed_or_unsigned(0))
print(f"{bint_or_int(5)} {int_or_float(1)} {signed_or_unsigned(1)}|{bint_or_int(1):>6}|{int_or_float(0):.3f}")
print(str(bint_or_int(1)), str(int_or_float(1)))
print(ulong_sum(-2), ulong_sum(-2) == -1, ulong_sum(-2) + 1, ulong_sum(-3) > 0)
print(only_bint(5), only_bint(1), only_bint(5) + 1)
print(only_int(3) * 1000000000000, only_int(-4) // 3, only_int(7) % -4)
print(only_double(3), only_double(2) * 2)
cdef int ci = bint_or_int(5)
print(ci)
cdef double cd = int_or_float(1)
print(cd)
cdef long long cl = signed_or_unsigned(0)
print(cl)
if bint_or_int(1):
    print("true")
else:
    print("false")
x = only_int(21)
print(x, x * 1000000000000)

cdef int twice(int v):
    return 2 * v

def inner():
    print(bint_or_int(0), bint_or_int(5), int_or_float(1), int_or_float(0), ulong_sum(-2) == -1, only_bint(5))
    cdef int q = only_bint(5)
    print(q, twice(bint_or_int(5)), twice(only_int(4)))
    print(f"[{int_or_float(0)}]", signed_or_unsigned(0))

inner()
