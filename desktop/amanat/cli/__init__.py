"""The ``amanat`` command line: a thin argparse layer over ``amanat.services``."""
