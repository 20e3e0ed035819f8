"""Composition root: settings, the installed domains, the resource builder, app factory, CLI, worker."""
