"""Use cases (writes inside a unit of work) and read queries returning frozen DTOs."""
