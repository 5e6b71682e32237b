# `nosuch` is not in libc.math
from libc.math cimport nosuch
