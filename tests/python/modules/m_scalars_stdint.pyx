# pydiff: extremes
# The <stdint.h> names as arguments and results.
from libc.stdint cimport int8_t, int16_t, int32_t, int64_t, uint8_t, uint16_t, uint32_t, uint64_t

def i8(int8_t x):
    return x

def i16(int16_t x):
    return x

def i32(int32_t x):
    return x

def i64(int64_t x):
    return x

def u8(uint8_t x):
    return x

def u16(uint16_t x):
    return x

def u32(uint32_t x):
    return x

def u64(uint64_t x):
    return x

def widen(int8_t a, uint16_t b, int64_t c):
    return a * b + c

cpdef uint8_t wrap_u8(int x):
    return <uint8_t>x
