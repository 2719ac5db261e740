"""Helpers shared by test packages that need a whole, seeded Signpost site."""
