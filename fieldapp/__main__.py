"""`python -m fieldapp` behaves like the `fieldapp` command."""

from fieldapp.cli.main import main

raise SystemExit(main())
