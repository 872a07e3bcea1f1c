"""Validate the data module and print every error (thin entry point)."""

import sys

from ispk import archive, kinds, loader, narrative, validate
from ispk.textfile import InputError


def main() -> int:
    try:
        dataset = loader.load()
        notices = validate.check(dataset, sources=archive.archive_dir(), narrative=narrative.DEFAULT_ROOT)
    except InputError as error:  # data errors, or a narrative or archive file that cannot be read
        print(error, file=sys.stderr)
        return 1
    for notice in notices:
        print(f"NOTICE: {notice}", file=sys.stderr)
    counts = ", ".join(f"{len(getattr(dataset, f))} {f}" for f in kinds.dataset_fields())
    print(f"data valid: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
