# A cdef/cpdef function declared to return a view that reaches the end of its
# body without a return raises TypeError; one whose every path returns does
# not; a loop that returns from inside falls off when it ends.
cdef double store[6]
for n in range(6):
    store[n] = n * 0.5
cdef double[:] data = store

cdef double[:] both(int i):
    if i > 0:
        return data[i:]
    else:
        return data[:1]

cdef double[:] from_loop(int stop):
    cdef int k
    for k in range(stop):
        if k == 3:
            return data[k:k + 2]

cpdef double[:] cp(int i):
    if i:
        return data

cdef int[:, :] two_d(bint give):
    cdef int[:, :] m
    if give:
        m = <int[:2, :3]> <int *> &store[0]
        return m

def run(int i):
    try:
        print(len(both(i)), len(from_loop(i)), len(cp(i)))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(two_d(i > 2).shape[1])
    except TypeError as e:
        print("TypeError", e)

for i in range(6):
    run(i)
