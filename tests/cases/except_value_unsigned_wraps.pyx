# An `except` value on a function returning an unsigned (or narrow) integer
# type is converted to that type as C converts it: `except? -1` on
# `unsigned int` is 4294967295, `except -5` on `unsigned char` is 251.
# Returning that value without an error is a normal return under `except?`.
from libc.stdint cimport uint8_t, uint64_t

cdef unsigned int u32(int x) except? -1:
    if x < 0:
        raise ValueError("negative")
    return <unsigned int>x - 1

cdef unsigned char u8(int x) except -5:
    if x < 0:
        raise OverflowError("small")
    return <unsigned char>x

cdef size_t sz(int x) except? -2:
    if x < 0:
        raise IndexError("size")
    return <size_t>x - 2

cdef uint64_t u64(int x) except? 0:
    if x < 0:
        raise ValueError("zero")
    return <uint64_t>x

cdef signed char s8(int x) except? 300:
    if x < 0:
        raise ValueError("wrapped")
    return <signed char>x

cdef uint8_t big(int x) except? 5000000000:
    if x < 0:
        raise ValueError("big")
    return <uint8_t>x

def main():
    print(u32(5), u32(0), u8(7), sz(0), sz(1), u64(0), s8(44), s8(-100 + 100), big(0), big(7))
    for k in range(6):
        try:
            if k == 0:
                print(u32(-1))
            elif k == 1:
                print(u8(-1))
            elif k == 2:
                print(sz(-1))
            elif k == 3:
                print(u64(-1))
            elif k == 4:
                print(s8(-1))
            else:
                print(big(-1))
        except ValueError as e:
            print("ValueError", e)
        except OverflowError as e:
            print("OverflowError", e)
        except IndexError as e:
            print("IndexError", e)

main()
