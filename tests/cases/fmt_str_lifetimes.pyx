# strings built in loops, across early returns, caught failures and reassignments (memcheck)
cdef double[3] v
v[0] = 1.5
v[1] = -2.25
v[2] = 1e300
cdef double[:] mv = v

def loop_with_early_return(int stop):
    cdef int i
    s = "start"
    for i in range(6):
        if i == stop:
            print("returning at", i, "with", s)
            return i
        try:
            print(f"item {i}: {mv[i]:.2f}", "%d" % mv[i])
        except IndexError as e:
            print("IndexError:", e)
        s = f"{s}|{i}"
    print(s)
    return -1

def caught_failures():
    cdef int k
    out = "kept"
    for k in range(-1, 3):
        try:
            out = "%c%c" % (65 + k, 0x110000 * (k == 1))
        except OverflowError as e:
            print("OverflowError:", e, "out is still", out)
    while k < 12:
        out = out + "!"
        if k > 10:
            break
        k += 4
    print(out)

def nested(double x):
    a = str(x)
    b = a + a
    a = b + "/" + a
    c = f"{a:>30}|{b!r}|{f'{x:e}'}"
    print(a, b, c, sep=" ; ")
    assert x < 2, f"x too big: {x}"
    return 0

print(loop_with_early_return(1))
print(loop_with_early_return(4))
print(loop_with_early_return(9))
caught_failures()
nested(1.5)
try:
    nested(3.0)
except AssertionError as e:
    print("AssertionError:", e)
nested(2.5)
