"""Benchmarks (make bench) and their synthetic data: outside the product package, which never imports them."""
