# One-character string and bytes literals where a C integer is expected
# (assignment, initialisation, arguments, view and array elements, returns,
# comparisons with a char) are the character's code, as Cython types them;
# `xrange` is `range`.
from cython cimport view

cdef char d = 98
print(d == b'b', 'b' == d, d != 'c', d < b'c')
cdef int n = 97
cdef long m = 98
print(n == b'a', n == 'a', m == b'b')
cdef int i = 'a'
cdef long k = b'\n'
print(i, k)
cdef unsigned char[3] arr
arr[0] = b'z'
arr[1] = b'\xff'
arr[2] = '0'
print(arr[0], arr[1], arr[2])
cdef char neg = b'\xff'
print(neg)

cdef int shift(char c):
    return c + 1

cdef char letter(int n):
    if n == 0:
        return b'x'
    return 'y'

print(shift(b'A'), shift('B'), letter(0), letter(1))

cdef char[::1] text = view.array(shape=(5,), itemsize=1, format="c")
cdef Py_ssize_t j
for j in xrange(5):
    text[j] = 'v'
text[0] = b'h'
text[4] = b'o'
cdef int vowels = 0
for j in xrange(0, 5, 1):
    if text[j] == b'a' or text[j] == 'o' or text[j] == b'v':
        vowels += 1
print(vowels, text[0], text[4])
