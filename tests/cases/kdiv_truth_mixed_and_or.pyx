# In a condition (if, while, not, a nested and/or) only the truth of
# `a and b` / `a or b` matters: pointers of different types, pointers and
# ints, ints and floats mix, as in Cython.
cdef int i = 3
cdef long L = 0
cdef double d = 0.5
cdef float f = 0.0
cdef int* ip = &i
cdef long* lp = &L
cdef double* dp = NULL
cdef void* vp = <void*>ip
cdef char c = 0

def run(int x):
    cdef int n = 0
    if ip and lp:
        n += 1
    if ip and dp:
        n += 10
    if dp or vp:
        n += 100
    if not (dp or x):
        n += 1000
    if ip and x or lp and not dp:
        n += 10000
    if (ip or dp) and (vp and lp) and (x or d) and not (dp and ip):
        n += 100000
    if f or c or dp:
        n += 1000000
    cdef int k = 0
    while ip and x - k > 0:
        k += 1
    print(x, n, k)

run(0)
run(2)
run(-1)
if ip and 1:
    print("ip and 1")
if dp or 0:
    print("wrong")
else:
    print("dp or 0 is false")
