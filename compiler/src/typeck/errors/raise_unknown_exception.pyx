# raises an exception type that is not in the subset
raise KeyError("k")
