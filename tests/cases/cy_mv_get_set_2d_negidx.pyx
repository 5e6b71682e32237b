# Reading and writing a 2x3 int view with positive and negative indices,
# reading back, and the axis named when an index is out of bounds.
# Inspired by Cython's tests/memoryview/memslice.pyx (get_int_2d, set_int_2d).
cdef int data[6]
cdef int k
for k in range(6):
    data[k] = k
cdef int[:, :] buf = <int[:2, :3]>&data[0]

def get(int i, int j):
    try:
        print("get", i, j, buf[i, j])
    except IndexError as e:
        print("get", i, j, "IndexError:", e)

def put(int i, int j, int v):
    try:
        buf[i, j] = v
        print("put", i, j, buf[i, j])
    except IndexError as e:
        print("put", i, j, "IndexError:", e)

get(1, 1); get(-1, 0); get(-1, -2); get(-2, -3)
get(2, 0); get(0, -4); get(-3, 5); get(2, 3)
put(1, 1, 10); put(-1, 0, 3); put(-1, -2, 8); put(-2, -3, 9)
put(2, 0, 19); put(0, -4, 19)
print(data[0], data[1], data[2], data[3], data[4], data[5])
