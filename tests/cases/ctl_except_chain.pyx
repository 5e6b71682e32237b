# Exceptions propagating through nested cdef/cpdef/def calls with every except clause.
cdef int a(int x) except -1:
    if x == 1:
        raise ValueError("a1")
    return x
cdef int b(int x) except? 0:
    return a(x) + 1
cdef void c(int x) except *:
    b(x)
cpdef double d(int x):
    c(x)
    return 0.5
cdef long e(int x) noexcept:
    return <long>d(x)
def f(int x):
    try:
        return d(x)
    except ValueError as err:
        print("f caught", err)
        return -1.0
print(f(0), f(1))
print(e(1), "after e")
print(b(-1))
try:
    c(1)
except Exception as ex:
    print("top caught", ex)
