"""Composition root: settings, app factory, CLI and the background worker."""
