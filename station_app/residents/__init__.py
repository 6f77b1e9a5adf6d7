"""The registry of the station's area: towns → villages → grid cells, and the residents."""
