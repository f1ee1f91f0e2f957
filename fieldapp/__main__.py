"""`python -m fieldapp` behaves like the `fieldapp` command (and is the bundle's entry point).

The guard matters: export helper processes are started with 'spawn', which imports this module
again in each helper; ``freeze_support`` lets the frozen app run those helpers.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from fieldapp.cli.main import main

    raise SystemExit(main())
