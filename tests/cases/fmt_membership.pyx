# x in (...) / x not in (...) / c in b'...' on C values
cdef int calls[1]
calls[0] = 0

cdef int counted(int v):
    calls[0] += 1
    return v

def classify(int connectivity, double x, char mode):
    print(connectivity in (1, 2), connectivity not in (1, 2), x in (0.5, 1, 2.5), x not in (x, 1.0),
          mode in b'CWSER', mode not in b'cwser', mode in b'')
cdef char[4] modes
modes[0] = b'C'
modes[1] = b'W'
modes[2] = b'Q'
modes[3] = b'c'
for conn in range(4):
    classify(conn, conn * 0.5 + 0.5, modes[conn])
cdef double nan = float("nan")
print(nan in (nan, 1.0), 1.0 in (nan, 1.0), 2 in (1.5, 2.0), -1 in (255,))
cdef unsigned char uc = 200
cdef char sc = -56
print(uc in (200,), sc in b'\xc8', sc in (200,), sc in (-56,), uc in b'\xc8')
print(counted(3) in (1, 2, 3, counted(4)), calls[0])
print(counted(1) in (1, counted(9)), calls[0])
cdef long long big = 1 << 40
print(big in (1 << 40, 0), big not in (1, 2))
if 3 in (1, 2, 3):
    print("found")
cdef int k
for k in range(6):
    if k not in (1, 3, 5):
        print(k, "even")
