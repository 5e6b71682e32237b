# cimports from a module that does not exist
from nosuchmod cimport x
