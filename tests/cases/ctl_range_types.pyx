# range loops with unsigned, size_t, signed char, long long and short loop variables.
def main():
    cdef unsigned int i
    cdef int n = 0
    for i in range(3, 0, -1):
        print(i, end=" ")
    print()
    cdef size_t k
    for k in range(2, 10, 3):
        print(k, end=" ")
    print(k)
    cdef signed char c
    for c in range(-3, 3):
        n += c
    print(n, c)
    cdef long long j
    cdef long long lo = 3000000000
    for j in range(lo, lo + 3):
        n += 1
    print(j, n)
    cdef int q
    for q in range(10, 0, -4):
        pass
    print(q)
    cdef double acc = 0
    for q in range(-5, 5, 3):
        acc += q / 2
    print(acc, q)
    cdef short s
    for s in range(n, n + 2):
        print(s)
main()
