# `nosuch` is not in cython.view
from cython.view cimport nosuch
