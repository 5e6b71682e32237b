# An untyped loop variable at module level is a Python object in Cython,
# so arithmetic on it is exact and converting a negative result to an
# unsigned char raises OverflowError instead of wrapping.
# Inspired by Cython's tests/run/c_int_types_T255.pyx (test_add_uchar).
cdef unsigned char uc
for delta in range(-1, 2):
    try:
        uc = 255 + delta * 256 + delta
        print("uchar", uc)
    except OverflowError as e:
        print("uchar OverflowError:", e)
