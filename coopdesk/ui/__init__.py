"""The Qt window. It reaches data through services only, never the database layer."""
