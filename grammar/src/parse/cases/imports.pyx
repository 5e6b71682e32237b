cimport cython
cimport cython.view
cimport cython.view as v
from cython cimport view
from cython.view cimport array as cvarray
from libc.stdlib cimport malloc, calloc, realloc, free
from libc.math cimport (sqrt, fabs,
                        INFINITY,)
from libc.stdint cimport *
import numpy as np
from os import path
