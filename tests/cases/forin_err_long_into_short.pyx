# a long variable item too large for a short target
def f():
    cdef short s
    cdef long v = 70000
    for s in (v - 40000, v):
        print(s)
f()
