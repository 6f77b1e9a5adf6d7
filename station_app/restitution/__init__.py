"""返赃: recovered money returned to the victims of a case, one return or a 集中返赃 event at a time."""
