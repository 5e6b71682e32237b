# `nosuch` is not in libc.stdlib
from libc.stdlib cimport nosuch
