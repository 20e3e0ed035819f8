"""The mini-program face (/api/v1): reports, rewards, credit lookup, objections and practitioner points,
described by its OpenAPI document."""
