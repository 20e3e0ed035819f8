"""The shared kernel: what belongs to no domain (China's clock and working days, actors, the error base,
progress reporting, evidence attachments, domain events, and the shape of a domain's manifest)."""
