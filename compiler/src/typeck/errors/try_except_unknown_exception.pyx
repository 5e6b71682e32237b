# catches an exception type that is not in the subset
try:
    pass
except KeyError:
    pass
