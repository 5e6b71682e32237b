# Modules of a package cimport each other with `from . cimport NAME`.
from pkg.user cimport use
from pkg.sub.leaf cimport quadruple

print(use(2.0), quadruple(0.5))
