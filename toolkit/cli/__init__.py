"""The `communique` command line: thin Typer commands over the library."""
