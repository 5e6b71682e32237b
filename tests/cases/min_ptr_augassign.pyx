# Augmented assignment on a pointer: p += 2 / p -= 1.
def main():
    cdef int buf[4]
    buf[0] = 10; buf[1] = 11; buf[2] = 12; buf[3] = 13
    cdef int *q = buf
    q += 2
    print(q[0])
    q -= 1
    print(q[0])
main()
