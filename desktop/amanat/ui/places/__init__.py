"""The places section: the gazetteer and its detention facilities."""
