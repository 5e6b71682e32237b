# Pure-Python-mode annotated locals (`x: cython.int = 250`) declare C
# variables, as `cdef` does, in def and cdef functions.
import cython
cimport cython as cy

def main():
    x: cython.int = 250
    y: cython.double
    y = x / 3
    z: float = 1.5
    c: cython.uchar = 300 - 50
    v: cython.double[:] = cy.view.array(shape=(3,), itemsize=sizeof(double), format="d")
    v[:] = z
    n: cython.Py_ssize_t
    for n in range(3):
        v[n] += n
    print(x, y, z, c, v[2], cython.typeof(x), cython.typeof(z), cython.typeof(n))

cdef int helper(int k):
    s: cython.longlong = 0
    i: cython.int
    for i in range(k):
        s += i * i
    return <int>s

main()
print(helper(10))
