# `libc.nosuch` is not a libc module
from libc.nosuch cimport x
