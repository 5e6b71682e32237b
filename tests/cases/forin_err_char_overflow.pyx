# an item too large for a signed char target raises at its iteration
def f():
    cdef signed char c
    cdef int a = 300
    for c in (1, 2, a, 4):
        print(c)
    print("not reached")
f()
