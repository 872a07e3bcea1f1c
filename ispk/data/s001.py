"""Records catalogued from source 001."""
