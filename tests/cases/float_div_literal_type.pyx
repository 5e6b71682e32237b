# A float divided by an integer literal (`f * 2 / 3`, written `/ 3.0`) is a
# float for Cython: its `%` is fmodf (or Cython's float helper), its `//` floors
# a float quotient.
cimport cython
@cython.cdivision(True)
def t58(float v3):
    print("t58.2", -63 * v3 / -1 % -0b1010, -63 * v3 % -0b1010, (-63 * v3 / -1) % -10, (v3 * 2 / 3) % 7, (v3 * 2 / 3) // 7, -63 * v3 / -1 // -0b1010)
@cython.cdivision(False)
def u58(float v3):
    print("u58.2", -63 * v3 / -1 % -0b1010, -63 * v3 % -0b1010, (-63 * v3 / -1) % -10, (v3 * 2 / 3) % 7, (v3 * 2 / 3) // 7, -63 * v3 / -1 // -0b1010)
t58(923309.5625)
u58(923309.5625)
