"""The HTTP edge, one package per face (WeChat callback, mini-program API, H5 pages, staff API) over a
shared kit; the route table and typed app keys."""
