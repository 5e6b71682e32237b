# Errors raised while slicing and partially indexing views, caught and printed.
from cython.view cimport array as cvarray

def main():
    cdef int[:, :] m = cvarray(shape=(3, 4), itemsize=sizeof(int), format="i")
    cdef int[:] row
    cdef int i, j, step = 0
    for i in range(3):
        for j in range(4):
            m[i, j] = i * 10 + j
    try:
        row = m[5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        row = m[1, ::step]
    except ValueError as e:
        print("ValueError:", e)
    try:
        row = m[:, 4]
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(m[1, 4])
    except IndexError as e:
        print("IndexError:", e)
    try:
        print(m[3, 4])
    except IndexError as e:
        print("IndexError:", e)
    row = m[-1, 1:]
    print(row.shape[0], row[0], row[-1])
    row = m[:, -4]
    print(row.shape[0], row[0], row[2])

main()
