# min and max of two and three typed ints in every argument order, of
# literals only, and mixing a char literal cast with a view element.
# Inspired by Cython's tests/run/builtin_min_max.pyx and
# tests/memoryview/memoryview.pyx (min_max_tree_restructuring).
def mm3(int a, int b, int c):
    print(min(a, b, c), max(a, b, c), end="; ")

mm3(1, 2, 3); mm3(2, 3, 1); mm3(2, 1, 3); mm3(3, 1, 2); mm3(3, 2, 1)
mm3(-2147483648, 2147483647, 0); mm3(-1, -1, -1)
print()
print(min(1, 2, 3), min(2, 1, 3), min(2, 3, 1), max(1, 2, 3), max(3, 1, 2), max(3, 2, 1))
cdef int my_int = 1
print(min(2, my_int), min(my_int, 2), max(2, my_int), max(my_int, 2))
print(min(my_int, 2, my_int, 0, my_int), max(my_int, my_int, 2, my_int, 0, my_int))
cdef char a[5]
cdef int k
for k in range(5):
    a[k] = k + 1
cdef char[:] aview = a
print(max(<char>1, aview[0]), min(<char>5, aview[2]), max(aview[4], <char>-3), min(aview[0], aview[1], <char>0))
