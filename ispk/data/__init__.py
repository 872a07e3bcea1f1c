"""The data module: every record of the reference, one module per file.

Shared entities (sources, groups, regions and places, people, relations, and
events that more than one source reports) have a file each; everything else is
catalogued one source per file (``s000.py``, ``s001.py`` ...), so that each file
can be checked against the document it comes from. Every module in this
package is read (``ispk.loader.load``): a new ``sNNN.py`` needs no registration, and the
record lists a file may define (EVENTS, SET_ASIDE ...) are those the registry names
(``ispk.kinds``). The data imports the model and nothing else (import-linter).
"""
