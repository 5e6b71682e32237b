# view.generic / view.strided / view.contiguous axis specs on cdef parameters and locals.
from cython cimport view
from cython.view cimport array as cvarray
cdef int s_generic(int[:, :] m):
    return m[1, 2] + m.shape[1]
cdef int s_strided(int[:, ::view.strided] m):
    return m[0, 1] + m.strides[1]
cdef int s_contig(int[:, ::view.contiguous] m):
    return m[2, 0] * 10
cdef int s_gen(int[::view.generic, ::view.generic] m):
    return m[2, 3]
def main():
    cdef int[:, ::view.contiguous] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef int i, j
    for i in range(3):
        for j in range(4):
            m[i, j] = i * 4 + j
    print(s_generic(m), s_strided(m), s_contig(m), s_gen(m))
    print(s_generic(m[:, ::-1]), s_strided(m[::2, 1:]), s_contig(m[::-1]))
    cdef int[::view.strided, ::view.strided] st = m[:, ::2]
    print(st.shape[1], st.strides[1], st[2, 1], s_gen(m.T[::-1, :]) if False else s_strided(st))
main()
