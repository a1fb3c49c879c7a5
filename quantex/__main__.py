"""``python -m quantex``: the same command line as the ``quantex`` script."""

import sys

from quantex.cli import main

if __name__ == "__main__":  # worker processes import this module as __mp_main__: they must not run it
    sys.exit(main())
