"""Records catalogued from source 003."""
