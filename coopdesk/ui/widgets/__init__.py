"""Reusable widgets: lists with filters, charts."""
