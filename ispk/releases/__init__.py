"""Releases: the version and date, addresses per release, permanence, and what changed between release tags."""
