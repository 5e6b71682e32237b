# Bytes literals as C strings: a const char* from b"...", indexing (a char
# prints as its integer value), a char* parameter given a literal, escapes
# and the terminating NUL.

cdef const char* modes = b"CEWRS"
cdef int k
for k in range(5):
    print(k, modes[k], modes[k] == b'W')
print(modes[5])

cdef int count(const char* s, char c) noexcept:
    cdef int n = 0
    cdef int i = 0
    while s[i] != 0:
        if s[i] == c:
            n += 1
        i += 1
    return n

print(count(b"abracadabra", b'a'), count(b"", b'x'))
cdef const char* odd = b"q\"\\\x01\xff?"
print(odd[0], odd[1], odd[2], odd[3], odd[4], odd[5], odd[6])

cdef char first(const char* s) noexcept nogil:
    return s[0]

with nogil:
    k = first(b"Z")
print(k)
