# a name libc.math does not have, through the module
from libc cimport math
print(math.nosuch(1.0))
