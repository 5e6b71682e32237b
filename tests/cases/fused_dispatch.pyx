# Fused types: `cython.floating`/`integral`/`numeric` and `ctypedef fused`
# blocks, one specialisation per call site as Cython chooses it (exact
# match, promotion, widening), `f[double](…)`, `floating is double` decided
# at compile time, two fused types in one function, and `def` fused
# functions called with C values (Python dispatch: the widest member).
cimport cython
from cython cimport floating, integral, numeric

ctypedef fused real:
    float
    double

ctypedef long long llong

ctypedef fused index_t:
    int
    long long

cdef floating half(floating x):
    if floating is double:
        print("half: double")
    elif floating is float:
        print("half: float")
    return x / 2

cdef integral twice(integral x):
    return x * 2

cdef real scaled(real x, index_t k):
    cdef real r = x * k
    if real is float and index_t is int:
        print("scaled: float, int")
    elif index_t is not int:
        print("scaled: long long")
    else:
        print("scaled:", cython.typeof(r), cython.typeof(k))
    return r

cdef numeric ident(numeric x):
    return x

def describe(floating x):
    return x + 0.25

cdef float f = 1.5
cdef double d = 3.0
cdef short s = 7
cdef char c = 3
cdef long l = 1 << 40
cdef unsigned int u = 4000000000
cdef long long big = 5

print(half(f), half(d), half(2.5), half[float](2.5), half[double](1))
print(twice(s), twice(c), twice(l), twice(u), twice(1), twice[short](30000))
print(scaled(f, 3), scaled(d, big), scaled(d, 3), scaled[float, llong](0.5, 4), scaled[double, int](0.5, 4))
print(ident(s), ident(f), ident(d), ident(2), cython.typeof(ident(c)))
print(describe(f), describe(d), describe(<int>2.5 + 0.5))
