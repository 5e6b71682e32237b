# The same element reached by one multi-index, by chained single indices,
# and through intermediate full slices. Inspired by Cython's
# tests/memoryview/memoryview.pyx (optimised_index_of_slice).
from cython.view cimport array as cvarray

def show(int[:, :, :] arr, int x, int y, int z):
    print(arr[1, 2, 3], arr[1][2][3], arr[x, 2, 3], arr[x][2][3])
    print(arr[1, y, 3], arr[1][y][3], arr[1, 2, z], arr[1][2][z])
    print(arr[x, y, z], arr[x][y][z])
    print(arr[:, 2][1][3], arr[:, 2, :][1, 3], arr[:, 2, 3][1])
    print(arr[1, :][y][z], arr[1, :][y, z])
    print(arr[x][:][:][y][:][:][z], arr[:][x][:][y][:][:][z], arr[:, :][x][:, :][y][:][z])
    print(arr[-1][-2][-3], arr[..., -1][x][y], arr[x, ...][y, ...][z])

cdef int[:, :, ::1] m = cvarray(shape=(10, 10, 10), itemsize=sizeof(int), format="i")
cdef int i, j, k
for i in range(10):
    for j in range(10):
        for k in range(10):
            m[i, j, k] = 100 * i + 10 * j + k
show(m, 2, 3, 4)
