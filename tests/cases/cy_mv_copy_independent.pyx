# A copy does not share memory with its source while a plain view
# assignment does; raw memory order of C and Fortran copies of a 2x2 long
# array. Inspired by Cython's tests/memoryview/memoryviewattrs.pyx (call,
# two_dee, fort_two_dee).
from cython.view cimport array as cvarray

cdef int[::1] mv1 = cvarray(shape=(3,), itemsize=sizeof(int), format="i")
mv1[0] = 1000; mv1[1] = 2000; mv1[2] = 3000
cdef int[::1] mv2 = mv1.copy()
cdef int[::1] mv3 = mv2
cdef int *p3 = &mv3[0]
p3[0] = 1
print(mv3[0], mv2[0], mv1[0], len(mv1), len(mv2), len(mv3))
cdef long[::1, :] f = cvarray(shape=(2, 2), itemsize=sizeof(long), format="l", mode="fortran")
cdef long *fd = &f[0, 0]
fd[0] = 1; fd[1] = 2; fd[2] = 3; fd[3] = 4
cdef long[::1, :] f2 = f
(&f2[0, 0])[3] = -4
print(f[1, 1], f[1, 0], f[0, 1])
cdef long[:, ::1] c = f2.copy()
cdef long *cd = &c[0, 0]
print(cd[0], cd[1], cd[2], cd[3])
cdef long[::1, :] f4 = c.copy_fortran()
cdef long *fd4 = &f4[0, 0]
print(fd4[0], fd4[1], fd4[2], fd4[3])
