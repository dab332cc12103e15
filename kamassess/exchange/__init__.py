"""Exchange files (bundles): read and check, import, export; the demo set."""
