"""The directory: every VAWG service in one sourced, searchable store."""
