"""Maintainers' checks outside the product package: the publishing rehearsal (`make rehearse`) and
Lighthouse (`make lighthouse`). ``ispk`` never imports them (import-linter)."""
