"""Full-text search: exact, ranked, Chinese-aware. No Qt.

A Whoosh index finds candidate paragraphs (character bigrams guarantee recall;
jieba words rank); every candidate is then checked against the folded
paragraph text, so each reported match is a literal occurrence of what was
asked, and every occurrence is found.
"""
