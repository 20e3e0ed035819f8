"""The HTTP edge: the WeChat callback, the JSON APIs and pages; pydantic models for every body."""
