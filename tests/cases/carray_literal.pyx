# C array literals: list (or tuple) literals initialising and assigning C
# arrays, nested for arrays of arrays, and pointers initialised with one.

cdef double[3] weights = [0.25, 0.5, 0.25]
cdef int[2][3] grid = [[1, 2, 3], [4, 5, 6]]
cdef Py_ssize_t[4] dr = [-1, 0, 0, 1]
cdef int *offsets = [0, 31, 59, 90, 120]
cdef long[3] from_tuple = (7, 8, 9)

print(weights[0], weights[1], weights[2])
print(grid[0][0], grid[0][2], grid[1][0], grid[1][2])
print(dr[0], dr[3], offsets[0], offsets[4], from_tuple[1])

# items are converted as C converts them: a float item of an int array is truncated
cdef int[3] truncated = [1.9, -2.7, 3]
print(truncated[0], truncated[1], truncated[2])
cdef double[2] widened = [1, 2]
print(widened[0] + widened[1])

# assigning a literal to an existing array evaluates every item first
cdef int x = 5
cdef int[3] a = [x, x + 1, x * 2]
a = [a[2], a[1], a[0]]
print(a[0], a[1], a[2])
a[:] = [a[1], a[1], a[1]]
print(a[0], a[1], a[2])

# a module-level pointer may be given a new literal later
cdef int *p = [1, 2]
p = [30, 40, 50]
print(p[0], p[2])

# copying a whole array
cdef double[3] copy = weights
copy[0] = 9.0
print(weights[0], copy[0], copy[1])
cdef int[2][3] grid2
grid2 = grid
grid2[1][1] = 0
print(grid[1][1], grid2[1][1], grid2[0][2])

cdef double weighted(double[3] w, double a, double b, double c):
    return w[0] * a + w[1] * b + w[2] * c

def neighbours(Py_ssize_t r, Py_ssize_t c):
    cdef Py_ssize_t[4] dr = [-1, 0, 0, 1]
    cdef Py_ssize_t[4] dc = [0, -1, 1, 0]
    cdef int k
    for k in range(4):
        print(r + dr[k], c + dc[k])

def local_pointer(int k):
    cdef int *q = [k, k + 1, k + 2]
    return q[0] + q[1] + q[2]

neighbours(2, 3)
print(local_pointer(1), local_pointer(10))
print(weighted(weights, 1.0, 2.0, 3.0))
cdef double[3] w2 = [1.0, 0.0, -1.0]
print(weighted(w2, 1.0, 2.0, 3.0))

def in_loop(int n):
    cdef int i
    cdef double s = 0
    for i in range(n):
        # a literal in a loop is filled again each time round
        cdef_values = 0
    cdef double[2] acc = [0.0, 0.0]
    for i in range(n):
        acc = [acc[0] + i, acc[1] - i]
    return acc[0] * 10 + acc[1]
print(in_loop(4))

# printing a C array shows the Python list Cython makes of it
print(weights, grid, truncated)
cdef (int, double)[2] pairs = [(1, 0.5), (2, 1.5)]
print(pairs, pairs[1][1])
cdef short[4] shorts = [0, 127, 128, 255]
cdef bint[2] flags = [0, 3]
print(shorts, flags)
