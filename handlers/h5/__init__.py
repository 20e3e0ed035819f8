"""H5 pages opened inside WeChat: the reward claim page (OAuth, a sealed cookie, the JS-SDK) and the
static credit pages."""
