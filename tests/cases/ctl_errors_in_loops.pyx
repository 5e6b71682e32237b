# Errors inside loops: catch and continue, break from handler, else clauses.
from cython.view cimport array as cvarray
def main():
    cdef int[:] v = cvarray(shape=(5,), itemsize=sizeof(int), format="i")
    cdef int i, n = 0
    for i in range(5):
        v[i] = i - 2
    for i in range(8):
        try:
            n += 100 // v[i]
        except ZeroDivisionError:
            print("zero at", i)
            continue
        except IndexError as e:
            print(e)
            break
        else:
            print("ok", i, n)
        finally:
            print("f", i)
    print("n", n, "i", i)
    while True:
        try:
            n -= 30
            if n < 0:
                raise ValueError("negative")
        except ValueError:
            break
    print(n)
main()
