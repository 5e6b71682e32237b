# `range` loops over a narrow or unsigned loop variable with bounds of other
# types: Cython counts in the variable's own type and compares in C's usual
# conversions, so the counter wraps in that type (`for c in range(-14, u, -7)`
# with a `char c` and an unsigned `u` goes -14 ... -126, then 123 ... 11).
# Every loop here ends (checked by simulating Cython's C loop).

def w0(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(162, stop, -20):
        acc += v
        n += 1
    print('w0', n, acc, v)

def w1(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-53, stop, 7):
        acc += v
        n += 1
    print('w1', n, acc, v)

def w2(unsigned char stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(116, stop, -1):
        acc += v
        n += 1
    print('w2', n, acc, v)

def w3(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-86, stop, 7):
        acc += v
        n += 1
    print('w3', n, acc, v)

def w4(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(158, stop, 7):
        acc += v
        n += 1
    print('w4', n, acc, v)

def w5(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-106, stop, 7):
        acc += v
        n += 1
    print('w5', n, acc, v)

def w6(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-56, stop, -1):
        acc += v
        n += 1
    print('w6', n, acc, v)

def w7(unsigned char stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(232, stop, -1):
        acc += v
        n += 1
    print('w7', n, acc, v)

def w8(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-14, stop, 2):
        acc += v
        n += 1
    print('w8', n, acc, v)

def w9(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(49, stop, 3):
        acc += v
        n += 1
    print('w9', n, acc, v)

def w10(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(97, stop, -3):
        acc += v
        n += 1
    print('w10', n, acc, v)

def w11(unsigned int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(230, stop, 7):
        acc += v
        n += 1
    print('w11', n, acc, v)

def w12(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(34, stop, 7):
        acc += v
        n += 1
    print('w12', n, acc, v)

def w13(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-81, stop, 7):
        acc += v
        n += 1
    print('w13', n, acc, v)

def w14(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(232, stop, -7):
        acc += v
        n += 1
    print('w14', n, acc, v)

def w15(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(284, stop, -1):
        acc += v
        n += 1
    print('w15', n, acc, v)

def w16(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(114, stop, 3):
        acc += v
        n += 1
    print('w16', n, acc, v)

def w17(unsigned int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(102, stop, 3):
        acc += v
        n += 1
    print('w17', n, acc, v)

def w18(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(161, stop, 3):
        acc += v
        n += 1
    print('w18', n, acc, v)

def w19(unsigned char stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(263, stop, -3):
        acc += v
        n += 1
    print('w19', n, acc, v)

def w20(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-74, stop, 2):
        acc += v
        n += 1
    print('w20', n, acc, v)

def w21(unsigned char stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(120, stop, 7):
        acc += v
        n += 1
    print('w21', n, acc, v)

def w22(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-272, stop, -7):
        acc += v
        n += 1
    print('w22', n, acc, v)

def w23(unsigned char stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(113, stop, -7):
        acc += v
        n += 1
    print('w23', n, acc, v)

def w24(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(144, stop, -3):
        acc += v
        n += 1
    print('w24', n, acc, v)

def w25(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-98, stop, -1):
        acc += v
        n += 1
    print('w25', n, acc, v)

def w26(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-77, stop, 7):
        acc += v
        n += 1
    print('w26', n, acc, v)

def w27(int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(97, stop, -1):
        acc += v
        n += 1
    print('w27', n, acc, v)

def w28(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-14, stop, -1):
        acc += v
        n += 1
    print('w28', n, acc, v)

def w29(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(142, stop, -3):
        acc += v
        n += 1
    print('w29', n, acc, v)

def w30(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(104, stop, 2):
        acc += v
        n += 1
    print('w30', n, acc, v)

def w31(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(95, stop, 1):
        acc += v
        n += 1
    print('w31', n, acc, v)

def w32(unsigned char stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(74, stop, -1):
        acc += v
        n += 1
    print('w32', n, acc, v)

def w33(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-173, stop, 3):
        acc += v
        n += 1
    print('w33', n, acc, v)

def w34(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(261, stop, -1):
        acc += v
        n += 1
    print('w34', n, acc, v)

def w35(unsigned int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(173, stop, 2):
        acc += v
        n += 1
    print('w35', n, acc, v)

def w36(long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(34, stop, -3):
        acc += v
        n += 1
    print('w36', n, acc, v)

def w37(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(148, stop, -1):
        acc += v
        n += 1
    print('w37', n, acc, v)

def w38(int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-193, stop, -1):
        acc += v
        n += 1
    print('w38', n, acc, v)

def w39(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(103, stop, -20):
        acc += v
        n += 1
    print('w39', n, acc, v)

def w40(unsigned char stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-297, stop, -3):
        acc += v
        n += 1
    print('w40', n, acc, v)

def w41(long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(240, stop, -7):
        acc += v
        n += 1
    print('w41', n, acc, v)

def w42(unsigned int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(191, stop, 2):
        acc += v
        n += 1
    print('w42', n, acc, v)

def w43(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(23, stop, -1):
        acc += v
        n += 1
    print('w43', n, acc, v)

def w44(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(0, stop, 7):
        acc += v
        n += 1
    print('w44', n, acc, v)

def w45(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-3, stop, 3):
        acc += v
        n += 1
    print('w45', n, acc, v)

def w46(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(276, stop, -1):
        acc += v
        n += 1
    print('w46', n, acc, v)

def w47(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(174, stop, 1):
        acc += v
        n += 1
    print('w47', n, acc, v)

def w48(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(144, stop, 2):
        acc += v
        n += 1
    print('w48', n, acc, v)

def w49(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(110, stop, 1):
        acc += v
        n += 1
    print('w49', n, acc, v)

def w50(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(270, stop, 2):
        acc += v
        n += 1
    print('w50', n, acc, v)

def w51(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-138, stop, 2):
        acc += v
        n += 1
    print('w51', n, acc, v)

def w52(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(287, stop, 3):
        acc += v
        n += 1
    print('w52', n, acc, v)

def w53(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(281, stop, 7):
        acc += v
        n += 1
    print('w53', n, acc, v)

def w54(unsigned int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-12, stop, -7):
        acc += v
        n += 1
    print('w54', n, acc, v)

def w55(unsigned int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(85, stop, -7):
        acc += v
        n += 1
    print('w55', n, acc, v)

def w56(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(258, stop, 7):
        acc += v
        n += 1
    print('w56', n, acc, v)

def w57(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-200, stop, 2):
        acc += v
        n += 1
    print('w57', n, acc, v)

def w58(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-254, stop, 7):
        acc += v
        n += 1
    print('w58', n, acc, v)

def w59(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(23, stop, 7):
        acc += v
        n += 1
    print('w59', n, acc, v)

def w60(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(20, stop, -1):
        acc += v
        n += 1
    print('w60', n, acc, v)

def w61(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-220, stop, -7):
        acc += v
        n += 1
    print('w61', n, acc, v)

def w62(int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-25, stop, 7):
        acc += v
        n += 1
    print('w62', n, acc, v)

def w63(int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(298, stop, -20):
        acc += v
        n += 1
    print('w63', n, acc, v)

def w64(unsigned long long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-93, stop, 1):
        acc += v
        n += 1
    print('w64', n, acc, v)

def w65(unsigned int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(2, stop, 7):
        acc += v
        n += 1
    print('w65', n, acc, v)

def w66(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(93, stop, -3):
        acc += v
        n += 1
    print('w66', n, acc, v)

def w67(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(232, stop, 7):
        acc += v
        n += 1
    print('w67', n, acc, v)

def w68(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(266, stop, -1):
        acc += v
        n += 1
    print('w68', n, acc, v)

def w69(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(114, stop, 2):
        acc += v
        n += 1
    print('w69', n, acc, v)

def w70(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(180, stop, -1):
        acc += v
        n += 1
    print('w70', n, acc, v)

def w71(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(31, stop, -3):
        acc += v
        n += 1
    print('w71', n, acc, v)

def w72(long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(93, stop, -20):
        acc += v
        n += 1
    print('w72', n, acc, v)

def w73(int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(160, stop, -20):
        acc += v
        n += 1
    print('w73', n, acc, v)

def w74(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(16, stop, -1):
        acc += v
        n += 1
    print('w74', n, acc, v)

def w75(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-88, stop, -3):
        acc += v
        n += 1
    print('w75', n, acc, v)

def w76(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(281, stop, 3):
        acc += v
        n += 1
    print('w76', n, acc, v)

def w77(long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(183, stop, 1):
        acc += v
        n += 1
    print('w77', n, acc, v)

def w78(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-71, stop, -1):
        acc += v
        n += 1
    print('w78', n, acc, v)

def w79(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-79, stop, -7):
        acc += v
        n += 1
    print('w79', n, acc, v)

def w80(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(29, stop, -1):
        acc += v
        n += 1
    print('w80', n, acc, v)

def w81(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(239, stop, 1):
        acc += v
        n += 1
    print('w81', n, acc, v)

def w82(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(244, stop, -1):
        acc += v
        n += 1
    print('w82', n, acc, v)

def w83(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(218, stop, -3):
        acc += v
        n += 1
    print('w83', n, acc, v)

def w84(long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-192, stop, -3):
        acc += v
        n += 1
    print('w84', n, acc, v)

def w85(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(140, stop, -3):
        acc += v
        n += 1
    print('w85', n, acc, v)

def w86(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(87, stop, 3):
        acc += v
        n += 1
    print('w86', n, acc, v)

def w87(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(134, stop, -20):
        acc += v
        n += 1
    print('w87', n, acc, v)

def w88(unsigned int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(227, stop, 1):
        acc += v
        n += 1
    print('w88', n, acc, v)

def w89(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-108, stop, -3):
        acc += v
        n += 1
    print('w89', n, acc, v)

def w90(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-61, stop, 2):
        acc += v
        n += 1
    print('w90', n, acc, v)

def w91(int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-243, stop, -20):
        acc += v
        n += 1
    print('w91', n, acc, v)

def w92(unsigned long long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(273, stop, 7):
        acc += v
        n += 1
    print('w92', n, acc, v)

def w93(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(83, stop, 1):
        acc += v
        n += 1
    print('w93', n, acc, v)

def w94(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-73, stop, 1):
        acc += v
        n += 1
    print('w94', n, acc, v)

def w95(long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(209, stop, 7):
        acc += v
        n += 1
    print('w95', n, acc, v)

def w96(int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-297, stop, 2):
        acc += v
        n += 1
    print('w96', n, acc, v)

def w97(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(143, stop, 2):
        acc += v
        n += 1
    print('w97', n, acc, v)

def w98(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-189, stop, 1):
        acc += v
        n += 1
    print('w98', n, acc, v)

def w99(unsigned char stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(205, stop, 2):
        acc += v
        n += 1
    print('w99', n, acc, v)

def w100(unsigned long long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-81, stop, 2):
        acc += v
        n += 1
    print('w100', n, acc, v)

def w101(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(67, stop, -7):
        acc += v
        n += 1
    print('w101', n, acc, v)

def w102(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(36, stop, -1):
        acc += v
        n += 1
    print('w102', n, acc, v)

def w103(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(202, stop, 1):
        acc += v
        n += 1
    print('w103', n, acc, v)

def w104(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(48, stop, 3):
        acc += v
        n += 1
    print('w104', n, acc, v)

def w105(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(64, stop, 2):
        acc += v
        n += 1
    print('w105', n, acc, v)

def w106(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(232, stop, -7):
        acc += v
        n += 1
    print('w106', n, acc, v)

def w107(unsigned char stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(297, stop, -3):
        acc += v
        n += 1
    print('w107', n, acc, v)

def w108(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(221, stop, -1):
        acc += v
        n += 1
    print('w108', n, acc, v)

def w109(long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(279, stop, -1):
        acc += v
        n += 1
    print('w109', n, acc, v)

def w110(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(9, stop, 2):
        acc += v
        n += 1
    print('w110', n, acc, v)

def w111(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(16, stop, -3):
        acc += v
        n += 1
    print('w111', n, acc, v)

def w112(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-270, stop, 3):
        acc += v
        n += 1
    print('w112', n, acc, v)

def w113(unsigned int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(147, stop, 2):
        acc += v
        n += 1
    print('w113', n, acc, v)

def w114(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-76, stop, -3):
        acc += v
        n += 1
    print('w114', n, acc, v)

def w115(int stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(80, stop, 1):
        acc += v
        n += 1
    print('w115', n, acc, v)

def w116(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(299, stop, 1):
        acc += v
        n += 1
    print('w116', n, acc, v)

def w117(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(190, stop, -20):
        acc += v
        n += 1
    print('w117', n, acc, v)

def w118(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(235, stop, -1):
        acc += v
        n += 1
    print('w118', n, acc, v)

def w119(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(50, stop, -3):
        acc += v
        n += 1
    print('w119', n, acc, v)

def w120(unsigned char stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(81, stop, -3):
        acc += v
        n += 1
    print('w120', n, acc, v)

def w121(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-250, stop, -3):
        acc += v
        n += 1
    print('w121', n, acc, v)

def w122(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-20, stop, 2):
        acc += v
        n += 1
    print('w122', n, acc, v)

def w123(int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(298, stop, -20):
        acc += v
        n += 1
    print('w123', n, acc, v)

def w124(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(24, stop, -1):
        acc += v
        n += 1
    print('w124', n, acc, v)

def w125(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-134, stop, 7):
        acc += v
        n += 1
    print('w125', n, acc, v)

def w126(unsigned long long stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-297, stop, 2):
        acc += v
        n += 1
    print('w126', n, acc, v)

def w127(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(23, stop, -1):
        acc += v
        n += 1
    print('w127', n, acc, v)

def w128(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-40, stop, -1):
        acc += v
        n += 1
    print('w128', n, acc, v)

def w129(unsigned int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(205, stop, -1):
        acc += v
        n += 1
    print('w129', n, acc, v)

def w130(unsigned long long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-277, stop, 1):
        acc += v
        n += 1
    print('w130', n, acc, v)

def w131(unsigned int stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-53, stop, -3):
        acc += v
        n += 1
    print('w131', n, acc, v)

def w132(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(63, stop, 1):
        acc += v
        n += 1
    print('w132', n, acc, v)

def w133(int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(139, stop, 2):
        acc += v
        n += 1
    print('w133', n, acc, v)

def w134(unsigned int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(300, stop, -1):
        acc += v
        n += 1
    print('w134', n, acc, v)

def w135(unsigned int stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-26, stop, -3):
        acc += v
        n += 1
    print('w135', n, acc, v)

def w136(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(286, stop, -20):
        acc += v
        n += 1
    print('w136', n, acc, v)

def w137(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-88, stop, -20):
        acc += v
        n += 1
    print('w137', n, acc, v)

def w138(unsigned char stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(263, stop, -20):
        acc += v
        n += 1
    print('w138', n, acc, v)

def w139(unsigned char stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(210, stop, 1):
        acc += v
        n += 1
    print('w139', n, acc, v)

def w140(unsigned long long stop):
    cdef unsigned short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-19, stop, 1):
        acc += v
        n += 1
    print('w140', n, acc, v)

def w141(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-45, stop, -1):
        acc += v
        n += 1
    print('w141', n, acc, v)

def w142(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-105, stop, 1):
        acc += v
        n += 1
    print('w142', n, acc, v)

def w143(unsigned long long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(178, stop, 1):
        acc += v
        n += 1
    print('w143', n, acc, v)

def w144(unsigned int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(19, stop, 7):
        acc += v
        n += 1
    print('w144', n, acc, v)

def w145(unsigned int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(123, stop, 7):
        acc += v
        n += 1
    print('w145', n, acc, v)

def w146(unsigned long long stop):
    cdef signed char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(3, stop, 1):
        acc += v
        n += 1
    print('w146', n, acc, v)

def w147(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-8, stop, -20):
        acc += v
        n += 1
    print('w147', n, acc, v)

def w148(unsigned char stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-55, stop, 1):
        acc += v
        n += 1
    print('w148', n, acc, v)

def w149(unsigned long long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(270, stop, -3):
        acc += v
        n += 1
    print('w149', n, acc, v)

def w150(unsigned int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(159, stop, 7):
        acc += v
        n += 1
    print('w150', n, acc, v)

def w151(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-134, stop, -1):
        acc += v
        n += 1
    print('w151', n, acc, v)

def w152(long stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-253, stop, 2):
        acc += v
        n += 1
    print('w152', n, acc, v)

def w153(int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(14, stop, -20):
        acc += v
        n += 1
    print('w153', n, acc, v)

def w154(int stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(292, stop, -7):
        acc += v
        n += 1
    print('w154', n, acc, v)

def w155(long stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-38, stop, -20):
        acc += v
        n += 1
    print('w155', n, acc, v)

def w156(int stop):
    cdef char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(187, stop, 1):
        acc += v
        n += 1
    print('w156', n, acc, v)

def w157(unsigned long long stop):
    cdef unsigned int v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(81, stop, 2):
        acc += v
        n += 1
    print('w157', n, acc, v)

def w158(unsigned char stop):
    cdef unsigned char v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(222, stop, 3):
        acc += v
        n += 1
    print('w158', n, acc, v)

def w159(int stop):
    cdef short v = 99
    cdef long acc = 0
    cdef int n = 0
    for v in range(-149, stop, 7):
        acc += v
        n += 1
    print('w159', n, acc, v)

w0(24890)
w1(-1)
w2(0)
w3(5)
w4(256)
w5(256)
w6(5)
w7(54)
w8(0)
w9(256)
w10(5)
w11(256)
w12(78)
w13(250)
w14(0)
w15(256)
w16(165)
w17(5)
w18(0)
w19(5)
w20(250)
w21(250)
w22(250)
w23(5)
w24(-1)
w25(243)
w26(12695)
w27(65536)
w28(65536)
w29(53181)
w30(288)
w31(5)
w32(5)
w33(58047)
w34(256)
w35(250)
w36(-1)
w37(5)
w38(21)
w39(65536)
w40(5)
w41(65536)
w42(256)
w43(18)
w44(5)
w45(-1)
w46(4294967301)
w47(107)
w48(-1)
w49(256)
w50(250)
w51(250)
w52(256)
w53(256)
w54(65536)
w55(250)
w56(51842)
w57(232)
w58(4294967301)
w59(62)
w60(256)
w61(0)
w62(250)
w63(5)
w64(65536)
w65(250)
w66(65536)
w67(4294967301)
w68(5)
w69(4294967301)
w70(33)
w71(-1)
w72(49)
w73(91)
w74(5)
w75(20501)
w76(250)
w77(-1)
w78(0)
w79(65536)
w80(5)
w81(65536)
w82(5)
w83(0)
w84(-1)
w85(5)
w86(250)
w87(216)
w88(256)
w89(180)
w90(0)
w91(65536)
w92(141)
w93(65536)
w94(5)
w95(250)
w96(256)
w97(179)
w98(250)
w99(5)
w100(256)
w101(5)
w102(41597)
w103(250)
w104(250)
w105(256)
w106(250)
w107(0)
w108(51073)
w109(57)
w110(250)
w111(62)
w112(256)
w113(239)
w114(250)
w115(5)
w116(256)
w117(43631)
w118(250)
w119(17860)
w120(199)
w121(-1)
w122(250)
w123(-1)
w124(144)
w125(250)
w126(250)
w127(-1)
w128(0)
w129(5)
w130(65536)
w131(5)
w132(65536)
w133(256)
w134(254)
w135(5)
w136(0)
w137(57259)
w138(0)
w139(0)
w140(250)
w141(-89)
w142(5)
w143(250)
w144(256)
w145(250)
w146(8)
w147(-1)
w148(120)
w149(51028)
w150(256)
w151(3721)
w152(250)
w153(3683)
w154(-1)
w155(65536)
w156(-66)
w157(250)
w158(250)
w159(-1)
