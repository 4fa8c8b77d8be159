"""The export dialog: scope, options remembered between exports."""
