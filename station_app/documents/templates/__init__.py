"""Fixed legal wording of the documents, as data (one JSON file per document kind).

A package (not a plain folder) so that setuptools' "*.json" package-data rule ships the files.
"""
