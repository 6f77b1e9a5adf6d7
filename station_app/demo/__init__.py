"""Deterministic demo data (places and residents of Xing'an League) for trials, tests and benches."""
