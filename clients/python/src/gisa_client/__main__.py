"""`python -m gisa_client …`: see `gisa_client.cli`."""

from .cli import main

raise SystemExit(main())
