# Uncaught ZeroDivisionError from % on long long inside a loop.
cdef long long acc = 0
cdef long long k
for k in range(3, -1, -1):
    acc += 1000 % k
    print(k, acc)
