"""Translation QA: the checks `communique validate` runs on catalogs.

`codes` is the table of finding codes; `config` turns `[checks]` and translator flags
into severities; `catalog_checks`, `freshness` and `translation_checks` are pure
functions from catalogs, templates and source messages to findings; `project` runs them
over a configured project (or given files), reading every input once.
"""
