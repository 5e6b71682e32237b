# `with gil:` at module level, where the GIL is already held
with gil:
    pass
