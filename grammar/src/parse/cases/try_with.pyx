cimport cython
try:
    x = 1
except ValueError as e:
    print(e)
except (IndexError, TypeError):
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with nogil:
    pass
with gil:
    pass
with cython.boundscheck(False), cython.wraparound(False):
    pass
with nogil, cython.cdivision(True):
    pass
with open("f") as fh:
    pass
