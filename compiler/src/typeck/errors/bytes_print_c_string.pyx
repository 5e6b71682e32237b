# prints a C string made from a bytes literal
cdef const char* s = b"ab"
print(s)
