"""validate._fits is the fast twin of validate._type_error: a value fits exactly when no error is found.

_check_types asks _fits first and words an error only for a value that does not fit, so a value
_fits passed that _type_error would reject would go unreported. Every field of every record of
the real data, and values of the wrong type in each field, must get the same answer from both.
"""

from __future__ import annotations

from ispk import validate
from ispk.walk import nested

WRONG = (None, "", "text", 0, 1.5, True, (), ("a",), (1,), ("a", 1), object())


def test_fits_agrees_with_type_error_on_every_field(dataset):
    checked = 0
    for attr in ("groups", "regions", "places", "people", "events", "statements", "statistics", "relations", "sources"):
        for record in getattr(dataset, attr, ()):
            for _, obj in nested(record):
                hints = validate._hints(type(obj))
                for name, fits in validate._field_checks(type(obj)):
                    for value in (getattr(obj, name), *WRONG):
                        assert fits(value) == (validate._type_error(value, hints[name]) is None), (
                            type(obj).__name__,
                            name,
                            value,
                        )
                        checked += 1
    assert checked > 10_000
