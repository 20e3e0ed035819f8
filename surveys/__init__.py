"""Satisfaction surveys of institutions and of how reports were handled (POLICY §7)."""
