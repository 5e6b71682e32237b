# libc.stdlib's abs takes an int (Cython: Cannot assign type 'double' to 'int')
from libc.stdlib cimport abs
print(abs(2.5))
