# A def function returning a bint in one branch and an int in another.
def g(int x):
    cdef bint b = x > 2
    if x == 0:
        return 7
    return b
print(g(0), g(5), g(1))
