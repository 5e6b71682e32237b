# a comparison of a def result from C integers of different signedness
def su(int x):
    cdef unsigned int u = 3000000000
    if x:
        return -5
    return u
print(su(1) < 0)
