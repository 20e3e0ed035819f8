"""Bureau staff: accounts, passwords, lockout, sessions and roles scoped to regions."""
