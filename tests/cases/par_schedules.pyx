# prange on threads: every schedule x chunk size x team size gives the same
# sums (integers, so the order of the reduction does not show), the loop
# variable's and a body variable's last values (lastprivate), and per-
# iteration writes into a view.
from cython.parallel cimport prange
cimport cython

def v0(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v0 static None 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v1(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v1 static None 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v2(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v2 static None 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v3(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=1, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v3 static 1 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v4(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=1, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v4 static 1 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v5(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=1, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v5 static 1 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v6(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=3, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v6 static 3 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v7(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=3, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v7 static 3 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v8(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=3, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v8 static 3 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v9(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=7, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v9 static 7 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v10(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=7, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v10 static 7 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v11(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='static', chunksize=7, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v11 static 7 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v12(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v12 dynamic None 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v13(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v13 dynamic None 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v14(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v14 dynamic None 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v15(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=1, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v15 dynamic 1 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v16(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=1, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v16 dynamic 1 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v17(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=1, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v17 dynamic 1 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v18(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=3, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v18 dynamic 3 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v19(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=3, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v19 dynamic 3 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v20(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=3, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v20 dynamic 3 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v21(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=7, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v21 dynamic 7 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v22(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=7, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v22 dynamic 7 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v23(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='dynamic', chunksize=7, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v23 dynamic 7 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v24(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v24 guided None 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v25(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v25 guided None 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v26(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v26 guided None 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v27(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=1, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v27 guided 1 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v28(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=1, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v28 guided 1 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v29(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=1, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v29 guided 1 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v30(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=3, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v30 guided 3 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v31(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=3, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v31 guided 3 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v32(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=3, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v32 guided 3 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v33(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=7, num_threads=1):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v33 guided 7 1', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v34(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=7, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v34 guided 7 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v35(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='guided', chunksize=7, num_threads=3):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v35 guided 7 3', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v36(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, schedule='runtime', num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v36 runtime None 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v37(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True, num_threads=2):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v37 None None 2', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

def v38(long[::1] out, int n):
    cdef int i = -7
    cdef long s = 0, sq = 0, last = -1
    for i in prange(n, nogil=True):
        out[i] = i * i - 3
        s += i
        sq += out[i]
        last = i * 2
    print('v38 None None None', s, sq, i, last, out[0] if n > 0 else 0, out[n - 1] if n > 0 else 0)

cdef long[::1] out = cython.view.array(shape=(50,), itemsize=sizeof(long), format='l')
cdef int n
for n in range(0, 51, 5):
    v0(out, n)
    v1(out, n)
    v2(out, n)
    v3(out, n)
    v4(out, n)
    v5(out, n)
    v6(out, n)
    v7(out, n)
    v8(out, n)
    v9(out, n)
    v10(out, n)
    v11(out, n)
    v12(out, n)
    v13(out, n)
    v14(out, n)
    v15(out, n)
    v16(out, n)
    v17(out, n)
    v18(out, n)
    v19(out, n)
    v20(out, n)
    v21(out, n)
    v22(out, n)
    v23(out, n)
    v24(out, n)
    v25(out, n)
    v26(out, n)
    v27(out, n)
    v28(out, n)
    v29(out, n)
    v30(out, n)
    v31(out, n)
    v32(out, n)
    v33(out, n)
    v34(out, n)
    v35(out, n)
    v36(out, n)
    v37(out, n)
    v38(out, n)
