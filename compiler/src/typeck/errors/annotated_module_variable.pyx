# a module-level name annotated with a C type: Cython ignores the annotation there
import cython
g: cython.int = 2 ** 40
print(g)
