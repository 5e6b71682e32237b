# Conversion of Python ints to ctypedef'd integer types: values in range,
# and the OverflowError raised just past the limits. Inspired by Cython's
# tests/run/ctypedef_int_types_T333.pyx.
ctypedef signed char SChar
ctypedef unsigned short UShort
ctypedef long long SLongLong
cdef SChar a
cdef UShort b
cdef SLongLong c
base = 100
for k in range(26, 30):
    try:
        a = base + k
        print("SChar", a)
    except OverflowError as e:
        print("SChar", base + k, "OverflowError:", e)
try:
    b = base - 101
except OverflowError as e:
    print("UShort OverflowError:", e)
b = base * 655 + 35
print("UShort", b)
c = base * 92233720368547758 + 7
print("SLongLong", c)
