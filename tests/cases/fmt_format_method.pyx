# str.format with C values, in raise and print
def check_connectivity(int connectivity, int ndim):
    if connectivity not in (1, 2):
        raise ValueError("Connectivity for {}D image should be in [1, ..., {}]. Got {}."
                         .format(ndim, ndim, connectivity))
    return connectivity

def check_order(int order):
    if order not in (0, 1, 3):
        raise ValueError("Unsupported interpolation order {}".format(order))
    return order

print(check_connectivity(2, 2))
try:
    check_connectivity(3, 2)
except ValueError as e:
    print(e)
for order in range(5):
    try:
        print(check_order(order))
    except ValueError as e:
        print(e)
cdef double x = 2.0 / 3.0
cdef long long big = 9007199254740993
cdef bint ok = True
print("{:.6f} {:>10} {:08.3f} {:,} {:e} {:g} {!r} {:x}".format(x, 7, x, big, x, x, ok, 255))
print("{0} {1} {0:.2f} {name} {name:>5}".format(x, big, name=ok))
print("{} {!s:>8}| {!r:<8}| {:d} {:c}".format(ok, ok, ok, ok, 65))
print("{{}} {} {{{}}}".format(1, 2))
raise ValueError("Unsupported interpolation order {} (valid: {}, {} or {})".format(5, 0, 1, 3))
