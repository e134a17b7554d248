from tdkt.cli import main

raise SystemExit(main())
