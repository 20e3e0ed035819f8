"""A protocol-faithful fake WeChat: pushes, the server APIs, a record of what was sent, a chat page."""
