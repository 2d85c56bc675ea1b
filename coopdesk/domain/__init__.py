"""Pure rules and values of the domain: nothing here knows of databases or windows."""
