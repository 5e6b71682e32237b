# Comparing a Python int with a double is exact in Cython (Python semantics), not via conversion to double.
py = 9007199254740993
cdef double d = 9007199254740992.0
print(py == d, py > d)
