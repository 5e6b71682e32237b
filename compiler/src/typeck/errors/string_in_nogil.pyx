# a string literal used as a value inside nogil
with nogil:
    s = "abc"
