# for loops over tuple and list literals with typed loop variables
cdef int tick(int v):
    print("eval", v)
    return v

cdef int mx
for mx in (3, 1, 2):
    print("module", mx)
print("after", mx)

def typed():
    cdef int x
    cdef long l
    cdef double y
    cdef float fl
    cdef unsigned int u
    cdef signed char c
    cdef bint b
    cdef int a = 5
    cdef double d = 0.25
    for x in (1, a, a * 2 - 3, -a):
        print("int", x)
    for x in [tick(1), tick(2), tick(3)]:
        print("body", x)
    for l in (a, 2147483648, -9000000000):
        print("long", l)
    for y in (1, d, a / 2, 2.5):
        print("double", y)
    for y in [a, a + 1]:
        print("double from int", y)
    for fl in (0.1, d):
        print("float", fl)
    for u in (0, 4294967295, a):
        print("unsigned", u)
    for c in (-128, 127, a):
        print("char", c)
    for b in (True, False, a > 3):
        print("bint", b)
    for x in (True, False, 7):
        print("int from bint", x)
    for x in (4,):
        print("one item", x)
    for x in ():
        print("never")
    print("x after empty", x)

def control():
    cdef int x, y
    for x in (1, 2, 3, 4, 5):
        if x == 2:
            continue
        if x == 4:
            break
        print("kept", x)
    else:
        print("no else after break")
    print("x after break", x)
    for x in [10, 20]:
        print("loop", x)
    else:
        print("else runs, x =", x)
    for x in (1, 2):
        for y in (10, 20, 30):
            if y == 30:
                break
            print("nested", x, y)
        else:
            print("inner else")
    cdef int total = 0
    for x in (1, 2, 3):
        for y in [x, x * 10]:
            total += y
    print("total", total)

def evaluated_once():
    cdef int a = 1
    cdef int x
    for x in (a, a + 1, a + 2):
        a = 100
        print("item", x, "a", a)

typed()
control()
evaluated_once()
