"""The editors' area without the web: accounts, roles, and proposing, reviewing and publishing."""
