# Loops whose bounds come from arguments.

def tri(int n):
    cdef long s = 0
    cdef int i
    for i in range(min(n, 1000)):
        s += i
    return s

def stepped(int start, int stop, int step):
    if step == 0 or abs(stop - start) > 10000:
        return 0
    cdef long s = 0
    cdef int i = 0
    for i in range(start, stop, step):
        s += i
    return s * 100000 + i

def last_value(int n):
    cdef int i = -5
    for i in range(min(n, 1000)):
        pass
    return i

def while_loop(int n):
    cdef int k = 0
    while n > 1 and k < 1000:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        k += 1
    return k

def nested_break(int n):
    cdef int i, j, hits = 0
    for i in range(min(n, 30)):
        for j in range(min(n, 30)):
            if j > i:
                break
            if (i + j) % 3 == 0:
                continue
            hits += 1
    return hits
