# <unsigned char> cast of a Python int (untyped local) checks the range in Cython.
py = 300
print(<int>py)
print(<unsigned char>py)
