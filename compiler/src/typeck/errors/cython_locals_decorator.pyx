# @cython.locals (pure-Python mode) declares locals cytrus wants cdef for
import cython
@cython.cfunc
@cython.locals(i=cython.int)
@cython.returns(cython.int)
def f():
    i = 1
    return i
