# A Python int assigned to a C float goes through a double in Cython (double rounding).
py = 2 ** 53 + 2 ** 29 + 1
cdef float f = py
print(f)
