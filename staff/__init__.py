"""Bureau staff: accounts, passwords, sessions, and the staff side of report handling."""
