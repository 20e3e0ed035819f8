"""Registry data shipped with the code: the demo region's generated registry."""
