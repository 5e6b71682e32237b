# for/while else clauses, and break/continue/return leaving try-finally blocks.
cdef int find(int[:] v, int x) except? -2:
    cdef int i
    for i in range(v.shape[0]):
        if v[i] == x:
            break
    else:
        return -1
    return i

def main():
    cdef int buf[5]
    cdef int i
    for i in range(5):
        buf[i] = i * i
    print(find(buf, 9), find(buf, 7))
    cdef int n = 0
    while n < 3:
        n += 1
    else:
        print("while done", n)
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    print("after loop", i)

main()
