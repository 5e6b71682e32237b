import cython
@cython.cfunc
@cython.inline
@cython.nogil
@cython.exceptval(-1, check=True)
@cython.returns(cython.double)
def f(x: cython.double, v: cython.double[:, ::1], y: float = 0.5):
    return cython.cast(cython.int, x)
@cython.ccall
def g(n: cython.Py_ssize_t) -> cython.p_double:
    pass
@cython.exceptval(check=False)
def h(double x) -> double:
    pass
