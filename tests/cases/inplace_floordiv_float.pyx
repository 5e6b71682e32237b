# In-place `//=` and `%=` on float and double variables (Cython: libm's
# floor of the quotient, Python's float modulo, or C's fmod under
# cdivision), with values of every kind.
cimport cython

@cython.cdivision(False)
def run_False(int k, long long q):
    cdef float x0 = 2.0
    cdef float v0 = 1.5
    try:
        x0 //= v0
        print(0, x0)
    except ZeroDivisionError as e:
        print(0, 'ZeroDivisionError', e)
    cdef float x1 = 2.0
    cdef float v1 = 1.5
    try:
        x1 %= v1
        print(1, x1)
    except ZeroDivisionError as e:
        print(1, 'ZeroDivisionError', e)
    cdef float x2 = 2.0
    cdef float v2 = 1.5
    try:
        x2 //= v2 - k
        print(2, x2)
    except ZeroDivisionError as e:
        print(2, 'ZeroDivisionError', e)
    cdef float x3 = 2.0
    cdef float v3 = 1.5
    try:
        x3 %= v3 - k
        print(3, x3)
    except ZeroDivisionError as e:
        print(3, 'ZeroDivisionError', e)
    cdef float x4 = 2.0
    cdef float v4 = 1.5
    try:
        x4 //= 2
        print(4, x4)
    except ZeroDivisionError as e:
        print(4, 'ZeroDivisionError', e)
    cdef float x5 = 2.0
    cdef float v5 = 1.5
    try:
        x5 %= 2
        print(5, x5)
    except ZeroDivisionError as e:
        print(5, 'ZeroDivisionError', e)
    cdef float x6 = 2.0
    cdef float v6 = 1.5
    try:
        x6 //= -3
        print(6, x6)
    except ZeroDivisionError as e:
        print(6, 'ZeroDivisionError', e)
    cdef float x7 = 2.0
    cdef float v7 = 1.5
    try:
        x7 %= -3
        print(7, x7)
    except ZeroDivisionError as e:
        print(7, 'ZeroDivisionError', e)
    cdef float x8 = 2.0
    cdef float v8 = 1.5
    try:
        x8 //= 0.75
        print(8, x8)
    except ZeroDivisionError as e:
        print(8, 'ZeroDivisionError', e)
    cdef float x9 = 2.0
    cdef float v9 = 1.5
    try:
        x9 %= 0.75
        print(9, x9)
    except ZeroDivisionError as e:
        print(9, 'ZeroDivisionError', e)
    cdef float x10 = 2.0
    cdef float v10 = 1.5
    try:
        x10 //= k
        print(10, x10)
    except ZeroDivisionError as e:
        print(10, 'ZeroDivisionError', e)
    cdef float x11 = 2.0
    cdef float v11 = 1.5
    try:
        x11 %= k
        print(11, x11)
    except ZeroDivisionError as e:
        print(11, 'ZeroDivisionError', e)
    cdef float x12 = 2.0
    cdef float v12 = 1.5
    try:
        x12 //= (v12 * 2)
        print(12, x12)
    except ZeroDivisionError as e:
        print(12, 'ZeroDivisionError', e)
    cdef float x13 = 2.0
    cdef float v13 = 1.5
    try:
        x13 %= (v13 * 2)
        print(13, x13)
    except ZeroDivisionError as e:
        print(13, 'ZeroDivisionError', e)
    cdef float x14 = 2.0
    cdef float v14 = 1.5
    try:
        x14 //= q
        print(14, x14)
    except ZeroDivisionError as e:
        print(14, 'ZeroDivisionError', e)
    cdef float x15 = 2.0
    cdef float v15 = 1.5
    try:
        x15 %= q
        print(15, x15)
    except ZeroDivisionError as e:
        print(15, 'ZeroDivisionError', e)
    cdef float x16 = -7.25
    cdef float v16 = 1.5
    try:
        x16 //= v16
        print(16, x16)
    except ZeroDivisionError as e:
        print(16, 'ZeroDivisionError', e)
    cdef float x17 = -7.25
    cdef float v17 = 1.5
    try:
        x17 %= v17
        print(17, x17)
    except ZeroDivisionError as e:
        print(17, 'ZeroDivisionError', e)
    cdef float x18 = -7.25
    cdef float v18 = 1.5
    try:
        x18 //= v18 - k
        print(18, x18)
    except ZeroDivisionError as e:
        print(18, 'ZeroDivisionError', e)
    cdef float x19 = -7.25
    cdef float v19 = 1.5
    try:
        x19 %= v19 - k
        print(19, x19)
    except ZeroDivisionError as e:
        print(19, 'ZeroDivisionError', e)
    cdef float x20 = -7.25
    cdef float v20 = 1.5
    try:
        x20 //= 2
        print(20, x20)
    except ZeroDivisionError as e:
        print(20, 'ZeroDivisionError', e)
    cdef float x21 = -7.25
    cdef float v21 = 1.5
    try:
        x21 %= 2
        print(21, x21)
    except ZeroDivisionError as e:
        print(21, 'ZeroDivisionError', e)
    cdef float x22 = -7.25
    cdef float v22 = 1.5
    try:
        x22 //= -3
        print(22, x22)
    except ZeroDivisionError as e:
        print(22, 'ZeroDivisionError', e)
    cdef float x23 = -7.25
    cdef float v23 = 1.5
    try:
        x23 %= -3
        print(23, x23)
    except ZeroDivisionError as e:
        print(23, 'ZeroDivisionError', e)
    cdef float x24 = -7.25
    cdef float v24 = 1.5
    try:
        x24 //= 0.75
        print(24, x24)
    except ZeroDivisionError as e:
        print(24, 'ZeroDivisionError', e)
    cdef float x25 = -7.25
    cdef float v25 = 1.5
    try:
        x25 %= 0.75
        print(25, x25)
    except ZeroDivisionError as e:
        print(25, 'ZeroDivisionError', e)
    cdef float x26 = -7.25
    cdef float v26 = 1.5
    try:
        x26 //= k
        print(26, x26)
    except ZeroDivisionError as e:
        print(26, 'ZeroDivisionError', e)
    cdef float x27 = -7.25
    cdef float v27 = 1.5
    try:
        x27 %= k
        print(27, x27)
    except ZeroDivisionError as e:
        print(27, 'ZeroDivisionError', e)
    cdef float x28 = -7.25
    cdef float v28 = 1.5
    try:
        x28 //= (v28 * 2)
        print(28, x28)
    except ZeroDivisionError as e:
        print(28, 'ZeroDivisionError', e)
    cdef float x29 = -7.25
    cdef float v29 = 1.5
    try:
        x29 %= (v29 * 2)
        print(29, x29)
    except ZeroDivisionError as e:
        print(29, 'ZeroDivisionError', e)
    cdef float x30 = -7.25
    cdef float v30 = 1.5
    try:
        x30 //= q
        print(30, x30)
    except ZeroDivisionError as e:
        print(30, 'ZeroDivisionError', e)
    cdef float x31 = -7.25
    cdef float v31 = 1.5
    try:
        x31 %= q
        print(31, x31)
    except ZeroDivisionError as e:
        print(31, 'ZeroDivisionError', e)
    cdef double x32 = 7.5
    cdef double v32 = 1.5
    try:
        x32 //= v32
        print(32, x32)
    except ZeroDivisionError as e:
        print(32, 'ZeroDivisionError', e)
    cdef double x33 = 7.5
    cdef double v33 = 1.5
    try:
        x33 %= v33
        print(33, x33)
    except ZeroDivisionError as e:
        print(33, 'ZeroDivisionError', e)
    cdef double x34 = 7.5
    cdef double v34 = 1.5
    try:
        x34 //= v34 - k
        print(34, x34)
    except ZeroDivisionError as e:
        print(34, 'ZeroDivisionError', e)
    cdef double x35 = 7.5
    cdef double v35 = 1.5
    try:
        x35 %= v35 - k
        print(35, x35)
    except ZeroDivisionError as e:
        print(35, 'ZeroDivisionError', e)
    cdef double x36 = 7.5
    cdef double v36 = 1.5
    try:
        x36 //= 2
        print(36, x36)
    except ZeroDivisionError as e:
        print(36, 'ZeroDivisionError', e)
    cdef double x37 = 7.5
    cdef double v37 = 1.5
    try:
        x37 %= 2
        print(37, x37)
    except ZeroDivisionError as e:
        print(37, 'ZeroDivisionError', e)
    cdef double x38 = 7.5
    cdef double v38 = 1.5
    try:
        x38 //= -3
        print(38, x38)
    except ZeroDivisionError as e:
        print(38, 'ZeroDivisionError', e)
    cdef double x39 = 7.5
    cdef double v39 = 1.5
    try:
        x39 %= -3
        print(39, x39)
    except ZeroDivisionError as e:
        print(39, 'ZeroDivisionError', e)
    cdef double x40 = 7.5
    cdef double v40 = 1.5
    try:
        x40 //= 0.75
        print(40, x40)
    except ZeroDivisionError as e:
        print(40, 'ZeroDivisionError', e)
    cdef double x41 = 7.5
    cdef double v41 = 1.5
    try:
        x41 %= 0.75
        print(41, x41)
    except ZeroDivisionError as e:
        print(41, 'ZeroDivisionError', e)
    cdef double x42 = 7.5
    cdef double v42 = 1.5
    try:
        x42 //= k
        print(42, x42)
    except ZeroDivisionError as e:
        print(42, 'ZeroDivisionError', e)
    cdef double x43 = 7.5
    cdef double v43 = 1.5
    try:
        x43 %= k
        print(43, x43)
    except ZeroDivisionError as e:
        print(43, 'ZeroDivisionError', e)
    cdef double x44 = 7.5
    cdef double v44 = 1.5
    try:
        x44 //= (v44 * 2)
        print(44, x44)
    except ZeroDivisionError as e:
        print(44, 'ZeroDivisionError', e)
    cdef double x45 = 7.5
    cdef double v45 = 1.5
    try:
        x45 %= (v45 * 2)
        print(45, x45)
    except ZeroDivisionError as e:
        print(45, 'ZeroDivisionError', e)
    cdef double x46 = 7.5
    cdef double v46 = 1.5
    try:
        x46 //= q
        print(46, x46)
    except ZeroDivisionError as e:
        print(46, 'ZeroDivisionError', e)
    cdef double x47 = 7.5
    cdef double v47 = 1.5
    try:
        x47 %= q
        print(47, x47)
    except ZeroDivisionError as e:
        print(47, 'ZeroDivisionError', e)
    cdef double x48 = -0.5
    cdef double v48 = 1.5
    try:
        x48 //= v48
        print(48, x48)
    except ZeroDivisionError as e:
        print(48, 'ZeroDivisionError', e)
    cdef double x49 = -0.5
    cdef double v49 = 1.5
    try:
        x49 %= v49
        print(49, x49)
    except ZeroDivisionError as e:
        print(49, 'ZeroDivisionError', e)
    cdef double x50 = -0.5
    cdef double v50 = 1.5
    try:
        x50 //= v50 - k
        print(50, x50)
    except ZeroDivisionError as e:
        print(50, 'ZeroDivisionError', e)
    cdef double x51 = -0.5
    cdef double v51 = 1.5
    try:
        x51 %= v51 - k
        print(51, x51)
    except ZeroDivisionError as e:
        print(51, 'ZeroDivisionError', e)
    cdef double x52 = -0.5
    cdef double v52 = 1.5
    try:
        x52 //= 2
        print(52, x52)
    except ZeroDivisionError as e:
        print(52, 'ZeroDivisionError', e)
    cdef double x53 = -0.5
    cdef double v53 = 1.5
    try:
        x53 %= 2
        print(53, x53)
    except ZeroDivisionError as e:
        print(53, 'ZeroDivisionError', e)
    cdef double x54 = -0.5
    cdef double v54 = 1.5
    try:
        x54 //= -3
        print(54, x54)
    except ZeroDivisionError as e:
        print(54, 'ZeroDivisionError', e)
    cdef double x55 = -0.5
    cdef double v55 = 1.5
    try:
        x55 %= -3
        print(55, x55)
    except ZeroDivisionError as e:
        print(55, 'ZeroDivisionError', e)
    cdef double x56 = -0.5
    cdef double v56 = 1.5
    try:
        x56 //= 0.75
        print(56, x56)
    except ZeroDivisionError as e:
        print(56, 'ZeroDivisionError', e)
    cdef double x57 = -0.5
    cdef double v57 = 1.5
    try:
        x57 %= 0.75
        print(57, x57)
    except ZeroDivisionError as e:
        print(57, 'ZeroDivisionError', e)
    cdef double x58 = -0.5
    cdef double v58 = 1.5
    try:
        x58 //= k
        print(58, x58)
    except ZeroDivisionError as e:
        print(58, 'ZeroDivisionError', e)
    cdef double x59 = -0.5
    cdef double v59 = 1.5
    try:
        x59 %= k
        print(59, x59)
    except ZeroDivisionError as e:
        print(59, 'ZeroDivisionError', e)
    cdef double x60 = -0.5
    cdef double v60 = 1.5
    try:
        x60 //= (v60 * 2)
        print(60, x60)
    except ZeroDivisionError as e:
        print(60, 'ZeroDivisionError', e)
    cdef double x61 = -0.5
    cdef double v61 = 1.5
    try:
        x61 %= (v61 * 2)
        print(61, x61)
    except ZeroDivisionError as e:
        print(61, 'ZeroDivisionError', e)
    cdef double x62 = -0.5
    cdef double v62 = 1.5
    try:
        x62 //= q
        print(62, x62)
    except ZeroDivisionError as e:
        print(62, 'ZeroDivisionError', e)
    cdef double x63 = -0.5
    cdef double v63 = 1.5
    try:
        x63 %= q
        print(63, x63)
    except ZeroDivisionError as e:
        print(63, 'ZeroDivisionError', e)

@cython.cdivision(True)
def run_True(int k, long long q):
    cdef float x0 = 2.0
    cdef float v0 = 1.5
    try:
        x0 //= v0
        print(0, x0)
    except ZeroDivisionError as e:
        print(0, 'ZeroDivisionError', e)
    cdef float x1 = 2.0
    cdef float v1 = 1.5
    try:
        x1 %= v1
        print(1, x1)
    except ZeroDivisionError as e:
        print(1, 'ZeroDivisionError', e)
    cdef float x2 = 2.0
    cdef float v2 = 1.5
    try:
        x2 //= v2 - k
        print(2, x2)
    except ZeroDivisionError as e:
        print(2, 'ZeroDivisionError', e)
    cdef float x3 = 2.0
    cdef float v3 = 1.5
    try:
        x3 %= v3 - k
        print(3, x3)
    except ZeroDivisionError as e:
        print(3, 'ZeroDivisionError', e)
    cdef float x4 = 2.0
    cdef float v4 = 1.5
    try:
        x4 //= 2
        print(4, x4)
    except ZeroDivisionError as e:
        print(4, 'ZeroDivisionError', e)
    cdef float x5 = 2.0
    cdef float v5 = 1.5
    try:
        x5 %= 2
        print(5, x5)
    except ZeroDivisionError as e:
        print(5, 'ZeroDivisionError', e)
    cdef float x6 = 2.0
    cdef float v6 = 1.5
    try:
        x6 //= -3
        print(6, x6)
    except ZeroDivisionError as e:
        print(6, 'ZeroDivisionError', e)
    cdef float x7 = 2.0
    cdef float v7 = 1.5
    try:
        x7 %= -3
        print(7, x7)
    except ZeroDivisionError as e:
        print(7, 'ZeroDivisionError', e)
    cdef float x8 = 2.0
    cdef float v8 = 1.5
    try:
        x8 //= 0.75
        print(8, x8)
    except ZeroDivisionError as e:
        print(8, 'ZeroDivisionError', e)
    cdef float x9 = 2.0
    cdef float v9 = 1.5
    try:
        x9 %= 0.75
        print(9, x9)
    except ZeroDivisionError as e:
        print(9, 'ZeroDivisionError', e)
    cdef float x10 = 2.0
    cdef float v10 = 1.5
    try:
        x10 //= k
        print(10, x10)
    except ZeroDivisionError as e:
        print(10, 'ZeroDivisionError', e)
    cdef float x11 = 2.0
    cdef float v11 = 1.5
    try:
        x11 %= k
        print(11, x11)
    except ZeroDivisionError as e:
        print(11, 'ZeroDivisionError', e)
    cdef float x12 = 2.0
    cdef float v12 = 1.5
    try:
        x12 //= (v12 * 2)
        print(12, x12)
    except ZeroDivisionError as e:
        print(12, 'ZeroDivisionError', e)
    cdef float x13 = 2.0
    cdef float v13 = 1.5
    try:
        x13 %= (v13 * 2)
        print(13, x13)
    except ZeroDivisionError as e:
        print(13, 'ZeroDivisionError', e)
    cdef float x14 = 2.0
    cdef float v14 = 1.5
    try:
        x14 //= q
        print(14, x14)
    except ZeroDivisionError as e:
        print(14, 'ZeroDivisionError', e)
    cdef float x15 = 2.0
    cdef float v15 = 1.5
    try:
        x15 %= q
        print(15, x15)
    except ZeroDivisionError as e:
        print(15, 'ZeroDivisionError', e)
    cdef float x16 = -7.25
    cdef float v16 = 1.5
    try:
        x16 //= v16
        print(16, x16)
    except ZeroDivisionError as e:
        print(16, 'ZeroDivisionError', e)
    cdef float x17 = -7.25
    cdef float v17 = 1.5
    try:
        x17 %= v17
        print(17, x17)
    except ZeroDivisionError as e:
        print(17, 'ZeroDivisionError', e)
    cdef float x18 = -7.25
    cdef float v18 = 1.5
    try:
        x18 //= v18 - k
        print(18, x18)
    except ZeroDivisionError as e:
        print(18, 'ZeroDivisionError', e)
    cdef float x19 = -7.25
    cdef float v19 = 1.5
    try:
        x19 %= v19 - k
        print(19, x19)
    except ZeroDivisionError as e:
        print(19, 'ZeroDivisionError', e)
    cdef float x20 = -7.25
    cdef float v20 = 1.5
    try:
        x20 //= 2
        print(20, x20)
    except ZeroDivisionError as e:
        print(20, 'ZeroDivisionError', e)
    cdef float x21 = -7.25
    cdef float v21 = 1.5
    try:
        x21 %= 2
        print(21, x21)
    except ZeroDivisionError as e:
        print(21, 'ZeroDivisionError', e)
    cdef float x22 = -7.25
    cdef float v22 = 1.5
    try:
        x22 //= -3
        print(22, x22)
    except ZeroDivisionError as e:
        print(22, 'ZeroDivisionError', e)
    cdef float x23 = -7.25
    cdef float v23 = 1.5
    try:
        x23 %= -3
        print(23, x23)
    except ZeroDivisionError as e:
        print(23, 'ZeroDivisionError', e)
    cdef float x24 = -7.25
    cdef float v24 = 1.5
    try:
        x24 //= 0.75
        print(24, x24)
    except ZeroDivisionError as e:
        print(24, 'ZeroDivisionError', e)
    cdef float x25 = -7.25
    cdef float v25 = 1.5
    try:
        x25 %= 0.75
        print(25, x25)
    except ZeroDivisionError as e:
        print(25, 'ZeroDivisionError', e)
    cdef float x26 = -7.25
    cdef float v26 = 1.5
    try:
        x26 //= k
        print(26, x26)
    except ZeroDivisionError as e:
        print(26, 'ZeroDivisionError', e)
    cdef float x27 = -7.25
    cdef float v27 = 1.5
    try:
        x27 %= k
        print(27, x27)
    except ZeroDivisionError as e:
        print(27, 'ZeroDivisionError', e)
    cdef float x28 = -7.25
    cdef float v28 = 1.5
    try:
        x28 //= (v28 * 2)
        print(28, x28)
    except ZeroDivisionError as e:
        print(28, 'ZeroDivisionError', e)
    cdef float x29 = -7.25
    cdef float v29 = 1.5
    try:
        x29 %= (v29 * 2)
        print(29, x29)
    except ZeroDivisionError as e:
        print(29, 'ZeroDivisionError', e)
    cdef float x30 = -7.25
    cdef float v30 = 1.5
    try:
        x30 //= q
        print(30, x30)
    except ZeroDivisionError as e:
        print(30, 'ZeroDivisionError', e)
    cdef float x31 = -7.25
    cdef float v31 = 1.5
    try:
        x31 %= q
        print(31, x31)
    except ZeroDivisionError as e:
        print(31, 'ZeroDivisionError', e)
    cdef double x32 = 7.5
    cdef double v32 = 1.5
    try:
        x32 //= v32
        print(32, x32)
    except ZeroDivisionError as e:
        print(32, 'ZeroDivisionError', e)
    cdef double x33 = 7.5
    cdef double v33 = 1.5
    try:
        x33 %= v33
        print(33, x33)
    except ZeroDivisionError as e:
        print(33, 'ZeroDivisionError', e)
    cdef double x34 = 7.5
    cdef double v34 = 1.5
    try:
        x34 //= v34 - k
        print(34, x34)
    except ZeroDivisionError as e:
        print(34, 'ZeroDivisionError', e)
    cdef double x35 = 7.5
    cdef double v35 = 1.5
    try:
        x35 %= v35 - k
        print(35, x35)
    except ZeroDivisionError as e:
        print(35, 'ZeroDivisionError', e)
    cdef double x36 = 7.5
    cdef double v36 = 1.5
    try:
        x36 //= 2
        print(36, x36)
    except ZeroDivisionError as e:
        print(36, 'ZeroDivisionError', e)
    cdef double x37 = 7.5
    cdef double v37 = 1.5
    try:
        x37 %= 2
        print(37, x37)
    except ZeroDivisionError as e:
        print(37, 'ZeroDivisionError', e)
    cdef double x38 = 7.5
    cdef double v38 = 1.5
    try:
        x38 //= -3
        print(38, x38)
    except ZeroDivisionError as e:
        print(38, 'ZeroDivisionError', e)
    cdef double x39 = 7.5
    cdef double v39 = 1.5
    try:
        x39 %= -3
        print(39, x39)
    except ZeroDivisionError as e:
        print(39, 'ZeroDivisionError', e)
    cdef double x40 = 7.5
    cdef double v40 = 1.5
    try:
        x40 //= 0.75
        print(40, x40)
    except ZeroDivisionError as e:
        print(40, 'ZeroDivisionError', e)
    cdef double x41 = 7.5
    cdef double v41 = 1.5
    try:
        x41 %= 0.75
        print(41, x41)
    except ZeroDivisionError as e:
        print(41, 'ZeroDivisionError', e)
    cdef double x42 = 7.5
    cdef double v42 = 1.5
    try:
        x42 //= k
        print(42, x42)
    except ZeroDivisionError as e:
        print(42, 'ZeroDivisionError', e)
    cdef double x43 = 7.5
    cdef double v43 = 1.5
    try:
        x43 %= k
        print(43, x43)
    except ZeroDivisionError as e:
        print(43, 'ZeroDivisionError', e)
    cdef double x44 = 7.5
    cdef double v44 = 1.5
    try:
        x44 //= (v44 * 2)
        print(44, x44)
    except ZeroDivisionError as e:
        print(44, 'ZeroDivisionError', e)
    cdef double x45 = 7.5
    cdef double v45 = 1.5
    try:
        x45 %= (v45 * 2)
        print(45, x45)
    except ZeroDivisionError as e:
        print(45, 'ZeroDivisionError', e)
    cdef double x46 = 7.5
    cdef double v46 = 1.5
    try:
        x46 //= q
        print(46, x46)
    except ZeroDivisionError as e:
        print(46, 'ZeroDivisionError', e)
    cdef double x47 = 7.5
    cdef double v47 = 1.5
    try:
        x47 %= q
        print(47, x47)
    except ZeroDivisionError as e:
        print(47, 'ZeroDivisionError', e)
    cdef double x48 = -0.5
    cdef double v48 = 1.5
    try:
        x48 //= v48
        print(48, x48)
    except ZeroDivisionError as e:
        print(48, 'ZeroDivisionError', e)
    cdef double x49 = -0.5
    cdef double v49 = 1.5
    try:
        x49 %= v49
        print(49, x49)
    except ZeroDivisionError as e:
        print(49, 'ZeroDivisionError', e)
    cdef double x50 = -0.5
    cdef double v50 = 1.5
    try:
        x50 //= v50 - k
        print(50, x50)
    except ZeroDivisionError as e:
        print(50, 'ZeroDivisionError', e)
    cdef double x51 = -0.5
    cdef double v51 = 1.5
    try:
        x51 %= v51 - k
        print(51, x51)
    except ZeroDivisionError as e:
        print(51, 'ZeroDivisionError', e)
    cdef double x52 = -0.5
    cdef double v52 = 1.5
    try:
        x52 //= 2
        print(52, x52)
    except ZeroDivisionError as e:
        print(52, 'ZeroDivisionError', e)
    cdef double x53 = -0.5
    cdef double v53 = 1.5
    try:
        x53 %= 2
        print(53, x53)
    except ZeroDivisionError as e:
        print(53, 'ZeroDivisionError', e)
    cdef double x54 = -0.5
    cdef double v54 = 1.5
    try:
        x54 //= -3
        print(54, x54)
    except ZeroDivisionError as e:
        print(54, 'ZeroDivisionError', e)
    cdef double x55 = -0.5
    cdef double v55 = 1.5
    try:
        x55 %= -3
        print(55, x55)
    except ZeroDivisionError as e:
        print(55, 'ZeroDivisionError', e)
    cdef double x56 = -0.5
    cdef double v56 = 1.5
    try:
        x56 //= 0.75
        print(56, x56)
    except ZeroDivisionError as e:
        print(56, 'ZeroDivisionError', e)
    cdef double x57 = -0.5
    cdef double v57 = 1.5
    try:
        x57 %= 0.75
        print(57, x57)
    except ZeroDivisionError as e:
        print(57, 'ZeroDivisionError', e)
    cdef double x58 = -0.5
    cdef double v58 = 1.5
    try:
        x58 //= k
        print(58, x58)
    except ZeroDivisionError as e:
        print(58, 'ZeroDivisionError', e)
    cdef double x59 = -0.5
    cdef double v59 = 1.5
    try:
        x59 %= k
        print(59, x59)
    except ZeroDivisionError as e:
        print(59, 'ZeroDivisionError', e)
    cdef double x60 = -0.5
    cdef double v60 = 1.5
    try:
        x60 //= (v60 * 2)
        print(60, x60)
    except ZeroDivisionError as e:
        print(60, 'ZeroDivisionError', e)
    cdef double x61 = -0.5
    cdef double v61 = 1.5
    try:
        x61 %= (v61 * 2)
        print(61, x61)
    except ZeroDivisionError as e:
        print(61, 'ZeroDivisionError', e)
    cdef double x62 = -0.5
    cdef double v62 = 1.5
    try:
        x62 //= q
        print(62, x62)
    except ZeroDivisionError as e:
        print(62, 'ZeroDivisionError', e)
    cdef double x63 = -0.5
    cdef double v63 = 1.5
    try:
        x63 %= q
        print(63, x63)
    except ZeroDivisionError as e:
        print(63, 'ZeroDivisionError', e)

run_False(3, -4)
run_True(3, -4)
run_False(0, 0)
run_True(0, 0)
run_False(-2, 1099511627776)
run_True(-2, 1099511627776)
