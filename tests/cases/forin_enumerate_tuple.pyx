# enumerate and reversed of tuple and list literals
def f():
    cdef int i
    cdef int x
    cdef int a = 7
    for i, x in enumerate((5, a, 9)):
        print(i, x)
    for k, v in enumerate([1.5, 2.25]):
        print(k, v)
    for x in reversed((1, 2, a)):
        print("reversed", x)
    for v in reversed([0.5, 0.75]):
        print("reversed untyped", v)
    for i, x in enumerate(()):
        print("never")
    else:
        print("empty else")
f()
