"""Study across the library (issue 18): where else a passage is said (parallels), the
quotations the library's texts share (quotes), every occurrence of a term in context
(concordance), and the counts behind a term (counts). Qt-free, like all of jingdu
outside ``ui/``; each has a command-line twin."""
