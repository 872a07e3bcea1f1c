"""Records catalogued from source 000."""
