"""Citations: CSL entries, BibTeX and RIS, head metadata and JSON-LD, and the CSL locale's punctuation."""
