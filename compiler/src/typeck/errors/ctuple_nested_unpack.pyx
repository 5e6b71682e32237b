# nested unpacking of a C tuple (Cython crashes on it)
cdef (int, (double, int)) u = (1, (2.0, 3))
a, (b, c) = u
