# cimports a module that does not exist
cimport nosuchmod
