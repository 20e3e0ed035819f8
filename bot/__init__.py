"""The WeChat face: signatures, safe-mode AES, parsing, dedup, dialogue, menus, the API client."""
