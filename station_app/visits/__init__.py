"""Visits and outreach (走访 / 普法宣传): 百万警进千万家 household visits with their findings (a
dispute finding opens a mediation case, linked both ways) and legal-awareness events with photos.

Importing the package registers the visited-resident link with the residents registry, so merging
two duplicate residents moves their visits too.
"""

from station_app.visits import links as _links  # noqa: F401 (registration on import)
