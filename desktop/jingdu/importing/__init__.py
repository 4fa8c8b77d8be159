"""Reading documents in every format Jingdu imports into one structured form (no Qt)."""
