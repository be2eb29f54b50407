"""communique: localise press releases through gettext catalogs and CLDR formatting."""

__version__ = "0.1.0"
