"""PDF reports built with reportlab from service DTOs."""
