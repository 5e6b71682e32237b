# untyped loop variables over tuple and list literals take the items' type
def untyped():
    cdef int a = 3
    cdef double d = 0.5
    cdef long big = 4611686018427387904
    for z in (1, 2, a):
        print("int", z, z * big * 4)
    for w in (1, 2.5):
        print("mixed", w)
    for w in [a, d, 7]:
        print("mixed vars", w, w / 2)
    for t in (True, a < 2):
        print("bint", t)
    for q in (1.5, -2.25):
        print("double", q * 2)
    for n in (-5, 7):
        print("floor", n // 2, n % 3)
    print("after", z, w, t, q, n)

untyped()
for m in (9, 8):
    print("module", m)
for m2 in 4, 5:
    print("bare tuple", m2)
