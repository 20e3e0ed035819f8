"""Credit commitment letters (信用承诺书): templates, campaigns with their rosters, identity binding,
hand-drawn signatures with a tamper-evident evidence chain, the signed PDF and its verification."""
