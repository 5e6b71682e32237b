# cimports a module whose .pxd is nowhere on the search path
from _no_such_module cimport heap_push
