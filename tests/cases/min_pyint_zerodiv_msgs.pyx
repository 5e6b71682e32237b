# ZeroDivisionError texts for Python-int operands are CPython's, not Cython's C-level ones.
py = 7
z = 0
cdef double dz = 0.0
try:
    print(py % z)
except ZeroDivisionError as e:
    print(e)
try:
    print(py / z)
except ZeroDivisionError as e:
    print(e)
try:
    print(py // dz)
except ZeroDivisionError as e:
    print(e)
try:
    print(py % dz)
except ZeroDivisionError as e:
    print(e)
try:
    print(py / dz)
except ZeroDivisionError as e:
    print(e)
