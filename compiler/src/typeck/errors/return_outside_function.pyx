# `return` at module level
return
