# `del` of an untyped variable
x = 1.5
del x
