# Versioned loops (one test before the loop stands for the bounds checks
# inside) with break, continue, an else clause, try/except inside the body,
# and a return from the middle: both copies of the loop must behave alike.
from cython.view cimport array as cvarray

cdef long first_over(long[:] v, long limit):
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        if v[i] > limit:
            return i
    return -1

def main():
    cdef long[:] v = cvarray(shape=(6,), itemsize=sizeof(long), format="l")
    cdef long[:] w = cvarray(shape=(4,), itemsize=sizeof(long), format="l")
    cdef Py_ssize_t i, n = 6
    cdef long total = 0
    for i in range(6):
        v[i] = i * i
    for i in range(4):
        w[i] = 10 - i
    for i in range(n):
        if v[i] == 4:
            continue
        total += v[i]
        if total > 20:
            break
    else:
        print("no break")
    print("total", total, "i", i)
    for i in range(2, n):
        total += v[i - 2] * w[1]
    else:
        print("else ran", total)
    for i in range(n):
        try:
            total += w[i]
        except IndexError as e:
            print("caught at", i, e)
            break
    print("total", total)
    print(first_over(v, 10), first_over(v, 100), first_over(w, 8))
    for i in range(n):
        w[i % 4] += v[i]
    print(w[0], w[1], w[2], w[3])

main()
