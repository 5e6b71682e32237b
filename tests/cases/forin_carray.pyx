# for loops over C arrays, their slices and pointer slices
cdef int garr[4]
garr[0] = 4; garr[1] = 3; garr[2] = 2; garr[3] = 1
for gx in garr:
    print("module", gx)

def arrays():
    cdef int carr[5]
    cdef double darr[3]
    cdef int i
    for i in range(5):
        carr[i] = i * 10 - 15
    darr[0] = 0.5; darr[1] = -1.25; darr[2] = 3.0
    cdef int x
    cdef double y
    for x in carr:
        print("int", x)
    for y in darr:
        print("double", y)
    for y in carr:
        print("int into double", y)
    for z in carr:
        print("untyped", z, z * 4611686018427387904 * 4)
    for w in darr:
        print("untyped double", w / 4)
    for x in carr[1:4]:
        print("slice", x)
    for x in carr[:2]:
        print("head", x)
    for x in carr[3:5]:
        print("tail", x)
    for x in carr[0:5:2]:
        print("step", x)
    for x in carr[4:1]:
        print("never")
    cdef int *p = carr
    cdef int a = 1, b = 4
    for x in p[a:b]:
        a = 0
        b = 5
        print("pointer slice", x, a, b)
    for x in p[:2]:
        print("pointer head", x)
    for x in (p + 1)[:2]:
        print("shifted", x)
    for x in carr:
        if x > 10:
            break
        carr[4] = 99
        if x < 0:
            continue
        print("control", x)
    else:
        print("never")
    print("x after", x, "carr[4]", carr[4])
    for x in carr[:1]:
        print("one", x)
    else:
        print("else")
    for x in reversed(carr):
        print("reversed", x)
    for i, x in enumerate(carr):
        print("enumerate", i, x)
    for i, y in enumerate(darr):
        for x in reversed(carr):
            if x == 5:
                break
        print("nested", i, y, x)

def narrowing():
    cdef int big[3]
    big[0] = 1; big[1] = 300; big[2] = -129
    cdef signed char c
    for c in big:
        print("C truncates", c)

arrays()
narrowing()
