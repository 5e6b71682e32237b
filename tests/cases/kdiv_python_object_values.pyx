# Where Cython's value is a Python object of either operand's type (a bint
# beside another number, a Python int beside a float), print shows the
# operand picked, boxed from its own type; a conditional expression prints
# each branch from its own type. Every kind pairing, both branches.
cdef bint T = True
cdef bint F = False
cdef int i0 = 0
cdef int i5 = 5
cdef long lm = -3
cdef unsigned int u7 = 7
cdef double d0 = 0.0
cdef double d2 = 2.5
cdef float f1 = 1.5
py = 3
pyz = 0

def conds(bint c):
    print(T if c else i5, i5 if c else T, F if c else d2, d2 if c else F)
    print(i0 if c else d2, d2 if c else 0, f1 if c else u7, lm if c else u7)
    print(py if c else d2, d2 if c else py, -1 if c else sizeof(long), 7 if c else -2.0)
    print((T if c else i5) if c else (d2 if not c else py))

def boolops():
    print(T and i5, F and i5, T or i5, F or i5, i5 and F, i0 and T, i5 or F, i0 or F)
    print(T and d2, F or d0, d2 and T, d0 or F, F or 0, T and 0, 0 or T, 3 and F)
    print(py and d2, pyz and d2, d0 or py, d2 or py, T and py, F or pyz)

def minmax():
    print(max(T, i0), min(T, 5), max(T, 5), min(F, i0), max(i0, F), min(i5, T))
    print(max(T, d0), min(T, d2), max(F, d0), min(d2, T), max(T, 1), min(1, T))
    print(max(py, d2), min(py, d2), max(d2, py), max(pyz, d0), min(d0, pyz))
    print(max(T, i5, d2), min(T, i0, d0), max(F, T, i0), min(i5, d2, T), max(1, T, 1.0))

conds(True)
conds(False)
boolops()
minmax()
