"""Table models: one per entity list, holding DTO rows."""
