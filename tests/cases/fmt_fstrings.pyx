# f-strings with C values, in raise and print, specs and conversions
from libc.math cimport NAN

cdef int fill_check(int limit) except -1:
    if limit <= 0:
        raise ValueError(f"Limit must be greater than 0, got {limit}")
    return limit

def ewm(double com):
    if com < 0:
        raise ValueError(f"com must satisfy com >= 0, got {com}")
    return com

def positions(long long days, Py_ssize_t i):
    if days > 106751:
        raise OverflowError(f"Out of bounds nanosecond timestamp: {days} days "
                            f"at position {i}")
    return days

cdef double[4] grid
grid[0] = 0.5
grid[1] = 1.0
grid[2] = 2.0
grid[3] = 1e-3

cdef double loglike(double s):
    return -0.5 * s * s + 3.0

for k in range(4):
    print(f"sigma2_eta={grid[k]}: loglike={loglike(grid[k]):.6f}")
for limit in range(3, -3, -3):
    try:
        print(fill_check(limit))
    except ValueError as e:
        print(e)
print(ewm(0.5))
try:
    ewm(-1.5)
except ValueError as e:
    print(e)
print(positions(10, 2))
try:
    positions(200000, 7)
except OverflowError as e:
    print(e)
cdef double x = 3.14159
cdef int n = -42
cdef unsigned int u = 3000000000
cdef bint flag = False
cdef char c = b'Q'
cdef float f = 0.1
print(f"{x} {x:.2f} {x:10.3f}| {x:<10.1e}| {x:^12g}| {x:+.0f} {x:%}")
print(f"{n} {n:5d} {n:05d} {n:x} {n:#X} {n:,} {n:_b} {n:>+8}")
print(f"{u} {u:,} {u:#x} {flag} {flag:d} {c} {c:c} {f} {f:.3f}")
print(f"{x!r} {x!s:>10}| {n!r:<6}| {flag!s} {NAN} {-x:z.1f} {-0.001:z.2f}")
print(f"{x=} {n = } {x=:.1f} {flag=}")
print(f"{{braces}} {x:>10}" if flag else f"{{braces}} done")
print(f"""multi
{n:d} line""", f'{"nested " + str(n)}')
print(f"{x * 2 + 1:.3f} {n // 5} {n % 7} {x if flag else -x:.2f} {abs(n):04d}")
msg = f"{x:.3f}/{n}"
print(msg + "!", msg)
