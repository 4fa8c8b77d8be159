"""The reader: the typeset view, find bar, outline, and how offsets map to Qt positions."""
