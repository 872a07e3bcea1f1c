"""Records catalogued from source 002."""
