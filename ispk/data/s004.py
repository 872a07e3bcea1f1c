"""Records catalogued from source 004."""
