# A Python int compared with a double is exact in Cython (Python's rules):
# no rounding of the int to a double, NaN unordered, infinities beyond all ints.
from libc.math cimport INFINITY, NAN

def main():
    big = 9007199254740993
    huge = 2 ** 100
    small = -3
    cdef double d = 9007199254740992.0
    cdef double h = 1.2676506002282294e+30
    cdef double half = -2.5
    cdef double nan = NAN
    cdef double inf = INFINITY
    print(big == d, big != d, big > d, big >= d, big < d, big <= d)
    print(d < big, d == big, huge == h, huge < h, h > huge)
    print(small < half, small > half, half < small, small == -3.0, small <= -3.0, small >= -3.0)
    print(big < nan, big > nan, big == nan, big != nan, nan <= big, nan >= big)
    print(huge < inf, huge > -inf, -inf < small, inf == huge)
    cdef int i
    count = 0
    for i in range(5):
        if count < i * 0.75:
            count += 1
    print(count)
main()
