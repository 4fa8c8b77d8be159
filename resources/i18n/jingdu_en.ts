<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="16"/>
        <source>Jingdu %1</source>
        <translation>Jingdu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="17"/>
        <source>An offline close-reading desk for Chinese policy and theory texts.</source>
        <translation>An offline close-reading desk for Chinese policy and theory texts.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="20"/>
        <source>Free software under the MIT licence.</source>
        <translation>Free software under the MIT licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="21"/>
        <source>Your library: %1</source>
        <translation>Your library: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="29"/>
        <source>About Jingdu</source>
        <translation>About Jingdu</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="217"/>
        <source>Deleted · Ctrl+Z to undo</source>
        <translation>Deleted · Ctrl+Z to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="240"/>
        <source>Copied with its citation.</source>
        <translation>Copied with its citation.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="246"/>
        <source>Select the passage in the reader first.</source>
        <translation>Select the passage in the reader first.</translation>
    </message>
</context>
<context>
    <name>AnnotatingPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="184"/>
        <source>Annotating</source>
        <translation>Annotating</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="185"/>
        <source>Selections snap to whole words</source>
        <translation>Selections snap to whole words</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="189"/>
        <source>Selections drop punctuation at the ends</source>
        <translation>Selections drop punctuation at the ends</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="155"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="161"/>
        <source>Filter by quote, note or tag…</source>
        <translation>Filter by quote, note or tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="164"/>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="168"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="171"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="172"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="173"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="174"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="177"/>
        <source>Orphans only</source>
        <translation>Orphans only</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="179"/>
        <source>Highlights whose passage was not found after a re-import</source>
        <translation>Highlights whose passage was not found after a re-import</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="209"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="210"/>
        <source>Add &amp;tags…</source>
        <translation>Add &amp;tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="211"/>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Remove tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="212"/>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="217"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="218"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="220"/>
        <source>Export briefing notes, starting from this window&apos;s document, tag and colour</source>
        <translation>Export briefing notes, starting from this window&apos;s document, tag and colour</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="222"/>
        <source>Re-&amp;attach to selection</source>
        <translation>Re-&amp;attach to selection</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="224"/>
        <source>Select the passage in the reader, then put this highlight on it</source>
        <translation>Select the passage in the reader, then put this highlight on it</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="146"/>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="322"/>
        <source>All annotations</source>
        <translation>All annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="324"/>
        <source>Untagged</source>
        <translation>Untagged</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="353"/>
        <source>%1 of %2 annotations</source>
        <translation>%1 of %2 annotations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="416"/>
        <source>Add tags to %n annotation(s)</source>
        <translation>
            <numerusform>Add tags to %n annotation</numerusform>
            <numerusform>Add tags to %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="436"/>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="437"/>
        <source>Tag to remove from the selected annotations:</source>
        <translation>Tag to remove from the selected annotations:</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="460"/>
        <source>Delete annotations</source>
        <translation>Delete annotations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="462"/>
        <source>Delete %n annotation(s)? Ctrl+Z in the reader brings them back.</source>
        <translation>
            <numerusform>Delete %n annotation? Ctrl+Z in the reader brings them back.</numerusform>
            <numerusform>Delete %n annotations? Ctrl+Z in the reader brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="61"/>
        <source>Text size %1 pt</source>
        <translation>Text size %1 pt</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="86"/>
        <source>Column: %1 characters, all this window holds (%2 set). Widen the window or hide the side panel (%3) for more.</source>
        <translation>Column: %1 characters, all this window holds (%2 set). Widen the window or hide the side panel (%3) for more.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="92"/>
        <source>Column: %1 characters</source>
        <translation>Column: %1 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="209"/>
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="211"/>
        <source>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</source>
        <translation>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</translation>
    </message>
</context>
<context>
    <name>ChartsRow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/charts_row.py" line="21"/>
        <source>Remove the charts</source>
        <translation>Remove the charts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/charts_row.py" line="41"/>
        <source>Print the %n chart(s) added from Counts</source>
        <translation>
            <numerusform>Print the chart added from Counts</numerusform>
            <numerusform>Print the %n charts added from Counts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Concordance</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="35"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="36"/>
        <source>Left context</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="37"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="38"/>
        <source>Right context</source>
        <translation>Right context</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="39"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ConcordanceWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="83"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="87"/>
        <source>A term or a query, as in search</source>
        <translation>A term or a query, as in search</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="88"/>
        <source>Term to index</source>
        <translation>Term to index</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="89"/>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="92"/>
        <source>Only lines of this document</source>
        <translation>Only lines of this document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="104"/>
        <source>Concordance lines</source>
        <translation>Concordance lines</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="123"/>
        <source>&amp;Highlight selected</source>
        <translation>&amp;Highlight selected</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="134"/>
        <source>&amp;Tag selected…</source>
        <translation>&amp;Tag selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="136"/>
        <source>&amp;Open in the reader</source>
        <translation>&amp;Open in the reader</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="137"/>
        <source>&amp;Counts and chart…</source>
        <translation>&amp;Counts and chart…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="187"/>
        <source>Indexing…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="209"/>
        <source>%1 occurrences in %2 documents</source>
        <translation>%1 occurrences in %2 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="214"/>
        <source>the first %1 listed; sorting orders those</source>
        <translation>the first %1 listed; sorting orders those</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="215"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="230"/>
        <source>“%1” does not occur in the library.</source>
        <translation>“%1” does not occur in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="245"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="278"/>
        <source>%n passage(s) highlighted.</source>
        <translation>
            <numerusform>%n passage highlighted.</numerusform>
            <numerusform>%n passages highlighted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="59"/>
        <source>Counts and collocates</source>
        <translation>Counts and collocates</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="63"/>
        <source>Terms, separated by spaces: 新质生产力 高质量发展</source>
        <translation>Terms, separated by spaces: 新质生产力 高质量发展</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="64"/>
        <source>Terms to count</source>
        <translation>Terms to count</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="65"/>
        <source>&amp;Count</source>
        <translation>&amp;Count</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="68"/>
        <source>What the chart shows</source>
        <translation>What the chart shows</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="70"/>
        <source>Per document, per 1,000 characters</source>
        <translation>Per document, per 1,000 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="71"/>
        <source>Per document, occurrences</source>
        <translation>Per document, occurrences</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="72"/>
        <source>Per source file, per 1,000 characters</source>
        <translation>Per source file, per 1,000 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="73"/>
        <source>Per source file, occurrences</source>
        <translation>Per source file, occurrences</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="81"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="87"/>
        <source>Words that occur with the term</source>
        <translation>Words that occur with the term</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Word nearby</source>
        <translation>Word nearby</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="89"/>
        <source>Log-likelihood</source>
        <translation>Log-likelihood</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="93"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Save chart as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="94"/>
        <source>Save counts as &amp;CSV…</source>
        <translation>Save counts as &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="95"/>
        <source>Add chart to the &amp;briefing note</source>
        <translation>Add chart to the &amp;briefing note</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="149"/>
        <source>Type a term to count.</source>
        <translation>Type a term to count.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="151"/>
        <source>At most %1 terms are counted at once.</source>
        <translation>At most %1 terms are counted at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="155"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="170"/>
        <source>%1: %2 occurrences in %3 documents</source>
        <translation>%1: %2 occurrences in %3 documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="201"/>
        <source>None of these terms occurs in the library.</source>
        <translation>None of these terms occurs in the library.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="219"/>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="219"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="224"/>
        <source>Save the counts</source>
        <translation>Save the counts</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="224"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="245"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="259"/>
        <source>The chart is added to the briefing note: the next export prints it.</source>
        <translation>The chart is added to the briefing note: the next export prints it.</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="32"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="35"/>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="41"/>
        <source>&amp;Export briefing notes…</source>
        <translation>&amp;Export briefing notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="46"/>
        <source>&amp;Recent documents</source>
        <translation>&amp;Recent documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="48"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="53"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="55"/>
        <source>&amp;Find in document</source>
        <translation>&amp;Find in document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="56"/>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="59"/>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="65"/>
        <source>&amp;Search the library</source>
        <translation>&amp;Search the library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="72"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="74"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="75"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="76"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="78"/>
        <source>&amp;Wider column</source>
        <translation>&amp;Wider column</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="81"/>
        <source>&amp;Narrower column</source>
        <translation>&amp;Narrower column</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="89"/>
        <source>%1 theme (&amp;%2)</source>
        <translation>%1 theme (&amp;%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="101"/>
        <source>Side &amp;panel</source>
        <translation>Side &amp;panel</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="107"/>
        <source>Ou&amp;tline</source>
        <translation>Ou&amp;tline</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="113"/>
        <source>What the cleanup &amp;removed…</source>
        <translation>What the cleanup &amp;removed…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="120"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="127"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="131"/>
        <source>Go to the &amp;library</source>
        <translation>Go to the &amp;library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="135"/>
        <source>Go to the &amp;reader</source>
        <translation>Go to the &amp;reader</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="138"/>
        <source>Ne&amp;xt document</source>
        <translation>Ne&amp;xt document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="144"/>
        <source>Pre&amp;vious document</source>
        <translation>Pre&amp;vious document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="148"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="151"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="159"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="164"/>
        <source>&amp;Highlight (last colour)</source>
        <translation>&amp;Highlight (last colour)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="172"/>
        <source>Highlight in %1 (&amp;%2)</source>
        <translation>Highlight in %1 (&amp;%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="183"/>
        <source>&amp;Tag the passage…</source>
        <translation>&amp;Tag the passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="190"/>
        <source>&amp;Note on the passage…</source>
        <translation>&amp;Note on the passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="197"/>
        <source>&amp;Delete the highlight</source>
        <translation>&amp;Delete the highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="204"/>
        <source>&amp;Copy with citation</source>
        <translation>&amp;Copy with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="208"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="209"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="212"/>
        <source>Annotations &amp;of this document</source>
        <translation>Annotations &amp;of this document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="218"/>
        <source>All &amp;annotations…</source>
        <translation>All &amp;annotations…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="224"/>
        <source>Ta&amp;g manager…</source>
        <translation>Ta&amp;g manager…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="232"/>
        <source>Selections snap to whole &amp;words</source>
        <translation>Selections snap to whole &amp;words</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="236"/>
        <source>Widen a selection that cuts a word in half to the whole word (jieba)</source>
        <translation>Widen a selection that cuts a word in half to the whole word (jieba)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="241"/>
        <source>Selections drop &amp;punctuation at the ends</source>
        <translation>Selections drop &amp;punctuation at the ends</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="249"/>
        <source>&amp;Study</source>
        <translation>&amp;Study</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="253"/>
        <source>&amp;Concordance…</source>
        <translation>&amp;Concordance…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="259"/>
        <source>Counts and c&amp;hart…</source>
        <translation>Counts and c&amp;hart…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="265"/>
        <source>&amp;Where else is this said</source>
        <translation>&amp;Where else is this said</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="269"/>
        <source>Every other place in the library that quotes the selection, the highlight or the paragraph at the caret</source>
        <translation>Every other place in the library that quotes the selection, the highlight or the paragraph at the caret</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="275"/>
        <source>&amp;Quotations index…</source>
        <translation>&amp;Quotations index…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="282"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="284"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="285"/>
        <source>&amp;About Jingdu</source>
        <translation>&amp;About Jingdu</translation>
    </message>
</context>
<context>
    <name>DocNotesPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="45"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="46"/>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="52"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="55"/>
        <source>Annotations of this document</source>
        <translation>Annotations of this document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="60"/>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="96"/>
        <source>No highlights yet. Select a passage and press H.</source>
        <translation>No highlights yet. Select a passage and press H.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="83"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="94"/>
        <source>No highlight matches these filters.</source>
        <translation>No highlight matches these filters.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="88"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="105"/>
        <source>Renamed to 《%1》</source>
        <translation>Renamed to 《%1》</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="113"/>
        <source>Replace with a new version</source>
        <translation>Replace with a new version</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="120"/>
        <source>《%1》 replaced by a new version; its highlights were placed again</source>
        <translation>《%1》 replaced by a new version; its highlights were placed again</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="132"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="133"/>
        <source>Delete 《%1》 from the library?</source>
        <translation>Delete 《%1》 from the library?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="136"/>
        <source>The %n other document(s) from the same file go with it.</source>
        <translation>
            <numerusform>The %n other document from the same file goes with it.</numerusform>
            <numerusform>The %n other documents from the same file go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="140"/>
        <source>Its %n highlight(s) are kept as orphans, unless you tick the box.</source>
        <translation>
            <numerusform>Its %n highlight is kept as an orphan, unless you tick the box.</numerusform>
            <numerusform>Its %n highlights are kept as orphans, unless you tick the box.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="143"/>
        <source>Delete its highlights too</source>
        <translation>Delete its highlights too</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="154"/>
        <source>Deleted 《%1》</source>
        <translation>Deleted 《%1》</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="103"/>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="108"/>
        <source>&amp;Colour, with the meanings below</source>
        <translation>&amp;Colour, with the meanings below</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="121"/>
        <source>Your name or organisation</source>
        <translation>Your name or organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="122"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="125"/>
        <source>Optional: a few words for the study group (blank lines separate paragraphs)</source>
        <translation>Optional: a few words for the study group (blank lines separate paragraphs)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="129"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="132"/>
        <source>&amp;Subtitle</source>
        <translation>&amp;Subtitle</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="133"/>
        <source>A&amp;uthor</source>
        <translation>A&amp;uthor</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="135"/>
        <source>&amp;Preface</source>
        <translation>&amp;Preface</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="137"/>
        <source>Add each excerpt&apos;s whole paragraph as conte&amp;xt</source>
        <translation>Add each excerpt&apos;s whole paragraph as conte&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="144"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="106"/>
        <source>Document, in &amp;reading order (under its section headings)</source>
        <translation>Document, in &amp;reading order (under its section headings)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="107"/>
        <source>Ta&amp;g</source>
        <translation>Ta&amp;g</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="134"/>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="149"/>
        <source>For&amp;mat</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="150"/>
        <source>PDF font</source>
        <translation>PDF font</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="161"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="162"/>
        <source>Stop the export; nothing is written</source>
        <translation>Stop the export; nothing is written</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="163"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="164"/>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="166"/>
        <source>Print the briefing, with a preview (Ctrl+P)</source>
        <translation>Print the briefing, with a preview (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="167"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="169"/>
        <source>Export (Ctrl+Enter)</source>
        <translation>Export (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="170"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="240"/>
        <source>Reading the annotations…</source>
        <translation>Reading the annotations…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="255"/>
        <source>Could not read the annotations: %1</source>
        <translation>Could not read the annotations: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="326"/>
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="329"/>
        <source>%1 in %2 will be exported.</source>
        <translation>%1 in %2 will be exported.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="330"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n excerpt</numerusform>
            <numerusform>%n excerpts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="331"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="334"/>
        <source>No highlight matches this choice.</source>
        <translation>No highlight matches this choice.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="426"/>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="432"/>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="485"/>
        <source>No application here opens %1; the file is in %2.</source>
        <translation>No application here opens %1; the file is in %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="93"/>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="357"/>
        <source>Export briefing notes</source>
        <translation>Export briefing notes</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="165"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="370"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="383"/>
        <source>Exported %n excerpt(s) to %1</source>
        <translation>
            <numerusform>Exported %n excerpt to %1</numerusform>
            <numerusform>Exported %n excerpts to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="394"/>
        <source>Export stopped; nothing was written.</source>
        <translation>Export stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="451"/>
        <source>No installed font has these characters, so the PDF prints their code points: %1. Installing fonts-symbola and fonts-hanazono may help.</source>
        <translation>No installed font has these characters, so the PDF prints their code points: %1. Installing fonts-symbola and fonts-hanazono may help.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="392"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="163"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="164"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="168"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="53"/>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="54"/>
        <source>Find in this document</source>
        <translation>Find in this document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="60"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Previous match (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="61"/>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="64"/>
        <source>Next match (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="65"/>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="68"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="69"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="139"/>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>FontRow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="30"/>
        <source>Font f&amp;ile…</source>
        <translation>Font f&amp;ile…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="31"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="53"/>
        <source>Choose a TrueType font</source>
        <translation>Choose a TrueType font</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="55"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="63"/>
        <source>STSong-Light (not embedded)</source>
        <translation>STSong-Light (not embedded)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="73"/>
        <source>%1 is not a TrueType font that can be embedded.</source>
        <translation>%1 is not a TrueType font that can be embedded.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="78"/>
        <source>No embeddable Chinese font was found, so the PDF uses STSong-Light, which is not embedded and may print with a substitute font. Install fonts-wqy-microhei, or choose a TrueType font file.</source>
        <translation>No embeddable Chinese font was found, so the PDF uses STSong-Light, which is not embedded and may print with a substitute font. Install fonts-wqy-microhei, or choose a TrueType font file.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="196"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="199"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="204"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="205"/>
        <source>A new language takes effect when Jingdu starts again.</source>
        <translation>A new language takes effect when Jingdu starts again.</translation>
    </message>
</context>
<context>
    <name>HighlightTableModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="179"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="180"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="181"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="182"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="183"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="184"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="185"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="202"/>
        <source>[orphan] </source>
        <translation>[orphan] </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="39"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="42"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="46"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="46"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="50"/>
        <source>Hover a row for the details.</source>
        <translation>Hover a row for the details.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="69"/>
        <source>File %1 of %2: %3</source>
        <translation>File %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="78"/>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="91"/>
        <source>Stopping after this file…</source>
        <translation>Stopping after this file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="99"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="101"/>
        <source>%n file(s) already in the library</source>
        <translation>
            <numerusform>%n file already in the library</numerusform>
            <numerusform>%n files already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="103"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="105"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="106"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="111"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="119"/>
        <source>imported: %1</source>
        <translation>imported: %1</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="34"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="35"/>
        <source>not a regular file (a device or a pipe)</source>
        <translation>not a regular file (a device or a pipe)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="38"/>
        <source>a folder with no document Jingdu reads</source>
        <translation>a folder with no document Jingdu reads</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="41"/>
        <source>the file holds no text</source>
        <translation>the file holds no text</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="42"/>
        <source>a binary file, not a document</source>
        <translation>a binary file, not a document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="43"/>
        <source>the file is too large</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="44"/>
        <source>the text encoding could not be recognised; save it as UTF-8</source>
        <translation>the text encoding could not be recognised; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="47"/>
        <source>the file is damaged or not what its name says</source>
        <translation>the file is damaged or not what its name says</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="50"/>
        <source>the PDF is protected by a password</source>
        <translation>the PDF is protected by a password</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="53"/>
        <source>a scanned PDF without a text layer; run OCR on it first</source>
        <translation>a scanned PDF without a text layer; run OCR on it first</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="56"/>
        <source>not a format Jingdu reads</source>
        <translation>not a format Jingdu reads</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="57"/>
        <source>the same text is in the library already</source>
        <translation>the same text is in the library already</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="62"/>
        <source>the file could not be read</source>
        <translation>the file could not be read</translation>
    </message>
</context>
<context>
    <name>LayoutBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="43"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="61"/>
        <source>The briefing&apos;s name, in red (default: 学习简报)</source>
        <translation>The briefing&apos;s name, in red (default: 学习简报)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="65"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="67"/>
        <source>The issuing unit: a study group, a department</source>
        <translation>The issuing unit: a study group, a department</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="70"/>
        <source>not printed</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="47"/>
        <source>Modern &amp;handout</source>
        <translation>Modern &amp;handout</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="48"/>
        <source>Official &amp;briefing (GB/T 9704)</source>
        <translation>Official &amp;briefing (GB/T 9704)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="76"/>
        <source>&amp;Letterhead</source>
        <translation>&amp;Letterhead</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="76"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="77"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="77"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="78"/>
        <source>Report to (报)</source>
        <translation>Report to (报)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="79"/>
        <source>Send to (送)</source>
        <translation>Send to (送)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="80"/>
        <source>Issue to (发)</source>
        <translation>Issue to (发)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="178"/>
        <source>Word and WPS use 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312 and 黑体 where installed, else 华文中宋, 仿宋, 楷体 and SimHei.</source>
        <translation>Word and WPS use 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312 and 黑体 where installed, else 华文中宋, 仿宋, 楷体 and SimHei.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="186"/>
        <source>Finding the faces…</source>
        <translation>Finding the faces…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="196"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="197"/>
        <source>In the PDF, installed faces stand in: %1.</source>
        <translation>In the PDF, installed faces stand in: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="199"/>
        <source>The PDF embeds the official faces themselves.</source>
        <translation>The PDF embeds the official faces themselves.</translation>
    </message>
</context>
<context>
    <name>LibraryChanges</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="65"/>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="72"/>
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="114"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="117"/>
        <source>Replace with a &amp;new version…</source>
        <translation>Replace with a &amp;new version…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="121"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="118"/>
        <source>A compilation split into %1 pieces</source>
        <translation>A compilation split into %1 pieces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/model.py" line="115"/>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="133"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/model.py" line="110"/>
        <source>Compilation of %n piece(s): %1</source>
        <translation>
            <numerusform>Compilation of %n piece: %1</numerusform>
            <numerusform>Compilation of %n pieces: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="140"/>
        <source>%1 characters · %2</source>
        <translation>%1 characters · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="155"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="27"/>
        <source>Filter by title, author or file</source>
        <translation>Filter by title, author or file</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="28"/>
        <source>Filter the library</source>
        <translation>Filter the library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="32"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="178"/>
        <source>Jingdu</source>
        <translation>Jingdu</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="204"/>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="205"/>
        <source>Search: waiting</source>
        <translation>Search: waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="215"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="218"/>
        <source>The disk is full: the library is open for reading only, and nothing can be changed until there is space. Your annotations can still be exported.</source>
        <translation>The disk is full: the library is open for reading only, and nothing can be changed until there is space. Your annotations can still be exported.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="226"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="243"/>
        <source>The library could not be opened.</source>
        <translation>The library could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="262"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="342"/>
        <source>Saving your annotations…</source>
        <translation>Saving your annotations…</translation>
    </message>
</context>
<context>
    <name>MarginSigns</name>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/margin_signs.py" line="151"/>
        <source>Quoted in %n other document(s) of the library: click to see where</source>
        <translation>
            <numerusform>Quoted in %n other document of the library: click to see where</numerusform>
            <numerusform>Quoted in %n other documents of the library: click to see where</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeaningsBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/meanings.py" line="32"/>
        <source>%1 (printed as %2)</source>
        <translation>%1 (printed as %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/meanings.py" line="34"/>
        <source>The heading of this colour&apos;s group, e.g. 要点 or 存疑</source>
        <translation>The heading of this colour&apos;s group, e.g. 要点 or 存疑</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="25"/>
        <source>The disk is full; nothing was changed.</source>
        <translation>The disk is full; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="29"/>
        <source>Another Jingdu window or command is writing to this library; try again in a moment.</source>
        <translation>Another Jingdu window or command is writing to this library; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="36"/>
        <source>The library cannot be written (it is read-only).</source>
        <translation>The library cannot be written (it is read-only).</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="42"/>
        <source>%1: permission denied.</source>
        <translation>%1: permission denied.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="46"/>
        <source>%1: the file name is too long for this file system.</source>
        <translation>%1: the file name is too long for this file system.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="50"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="51"/>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="54"/>
        <source>These highlights were changed in another window since; nothing was undone.</source>
        <translation>These highlights were changed in another window since; nothing was undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="60"/>
        <source>The note is %1 characters long; at most %2.</source>
        <translation>The note is %1 characters long; at most %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="66"/>
        <source>The selection holds only white space.</source>
        <translation>The selection holds only white space.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="70"/>
        <source>The selection is empty.</source>
        <translation>The selection is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="74"/>
        <source>A tag needs a name.</source>
        <translation>A tag needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="78"/>
        <source>The tag %1 has an empty level (a leading, trailing or doubled “/”).</source>
        <translation>The tag %1 has an empty level (a leading, trailing or doubled “/”).</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="84"/>
        <source>The tag %1… is %2 characters long; at most %3.</source>
        <translation>The tag %1… is %2 characters long; at most %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="90"/>
        <source>The tag %1 contains control characters.</source>
        <translation>The tag %1 contains control characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="94"/>
        <source>%1 tags on one highlight; at most %2.</source>
        <translation>%1 tags on one highlight; at most %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="98"/>
        <source>The tag %1 exists already; merge the two instead.</source>
        <translation>The tag %1 exists already; merge the two instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="104"/>
        <source>%1 cannot be renamed to a tag inside itself (%2).</source>
        <translation>%1 cannot be renamed to a tag inside itself (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="108"/>
        <source>There is no tag %1.</source>
        <translation>There is no tag %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="111"/>
        <source>That highlight no longer exists.</source>
        <translation>That highlight no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="115"/>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="119"/>
        <source>No highlight matches this choice: there is nothing to export.</source>
        <translation>No highlight matches this choice: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="125"/>
        <source>%1: there is no such font file.</source>
        <translation>%1: there is no such font file.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="154"/>
        <source>new highlight</source>
        <translation>new highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="155"/>
        <source>new highlights</source>
        <translation>new highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="156"/>
        <source>edit highlight</source>
        <translation>edit highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="157"/>
        <source>edit highlights</source>
        <translation>edit highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="158"/>
        <source>delete highlight</source>
        <translation>delete highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="159"/>
        <source>delete highlights</source>
        <translation>delete highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="160"/>
        <source>rename tag</source>
        <translation>rename tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="161"/>
        <source>merge tags</source>
        <translation>merge tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="162"/>
        <source>delete tag</source>
        <translation>delete tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="163"/>
        <source>delete tags</source>
        <translation>delete tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="164"/>
        <source>restore backup</source>
        <translation>restore backup</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="74"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NoteLinks</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/footnotes.py" line="58"/>
        <source>The text of note %1 is not in this document.</source>
        <translation>The text of note %1 is not in this document.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../desktop/jingdu/ui/app.py" line="134"/>
        <source>Jingdu</source>
        <translation>Jingdu</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/app.py" line="135"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>Parallels</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/marked.py" line="50"/>
        <source>%1% alike</source>
        <translation>%1% alike</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="139"/>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>ParallelsWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="44"/>
        <source>Where else is this said</source>
        <translation>Where else is this said</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="57"/>
        <source>Places that quote the passage</source>
        <translation>Places that quote the passage</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="67"/>
        <source>This passage</source>
        <translation>This passage</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="68"/>
        <source>Elsewhere</source>
        <translation>Elsewhere</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="71"/>
        <source>&amp;Open in the reader</source>
        <translation>&amp;Open in the reader</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="115"/>
        <source>Looking through the library…</source>
        <translation>Looking through the library…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="128"/>
        <source>No other place in the library quotes this passage.</source>
        <translation>No other place in the library quotes this passage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="132"/>
        <source>Quoted in %n place(s)</source>
        <translation>
            <numerusform>Quoted in %n place</numerusform>
            <numerusform>Quoted in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="134"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="174"/>
        <source>This passage: %1</source>
        <translation>This passage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="177"/>
        <source>Elsewhere: %1</source>
        <translation>Elsewhere: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/printing.py" line="58"/>
        <location filename="../../desktop/jingdu/ui/reader/printing.py" line="19"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>QuotesWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="46"/>
        <source>Quotations index</source>
        <translation>Quotations index</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="55"/>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="86"/>
        <source>Quoted in at least</source>
        <translation>Quoted in at least</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="59"/>
        <source>Words in the passage or a title</source>
        <translation>Words in the passage or a title</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="60"/>
        <source>Filter the passages</source>
        <translation>Filter the passages</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="65"/>
        <source>Quoted passages</source>
        <translation>Quoted passages</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="80"/>
        <source>Where it is quoted</source>
        <translation>Where it is quoted</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Quoted as</source>
        <translation>Quoted as</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="88"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="109"/>
        <source>Collecting the library&apos;s quotations…</source>
        <translation>Collecting the library&apos;s quotations…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="126"/>
        <source>%n passage(s) quoted</source>
        <translation>
            <numerusform>%n passage quoted</numerusform>
            <numerusform>%n passages quoted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="128"/>
        <source>%n quotation(s) of them</source>
        <translation>
            <numerusform>%n quotation of them</numerusform>
            <numerusform>%n quotations of them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="137"/>
        <source>title taken from the running header</source>
        <translation>title taken from the running header</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="138"/>
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>title inferred by Jingdu from the opening sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="160"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ReaderMenu</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="58"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="58"/>
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="64"/>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="65"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="66"/>
        <source>Copy with &amp;citation</source>
        <translation>Copy with &amp;citation</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="71"/>
        <source>&amp;Search the library for this</source>
        <translation>&amp;Search the library for this</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="75"/>
        <source>&amp;Index this term</source>
        <translation>&amp;Index this term</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="80"/>
        <source>&amp;Where else is this said</source>
        <translation>&amp;Where else is this said</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="84"/>
        <source>&amp;Delete the highlight</source>
        <translation>&amp;Delete the highlight</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/reading.py" line="183"/>
        <source>No documents yet</source>
        <translation>No documents yet</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="160"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="161"/>
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="163"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="167"/>
        <source>Line spacing</source>
        <translation>Line spacing</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="172"/>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="173"/>
        <source>The widest the column gets; a narrower window shows fewer.</source>
        <translation>The widest the column gets; a narrower window shows fewer.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="174"/>
        <source>Column width</source>
        <translation>Column width</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="178"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
</context>
<context>
    <name>RemovedDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="92"/>
        <source>What the cleanup removed</source>
        <translation>What the cleanup removed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="104"/>
        <source>%n item(s) removed from “%1”: %2</source>
        <translation>
            <numerusform>%n item removed from “%1”: %2</numerusform>
            <numerusform>%n items removed from “%1”: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="109"/>
        <source>Nothing was removed from “%1”.</source>
        <translation>Nothing was removed from “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="112"/>
        <source>All reasons</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="118"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="118"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="119"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="120"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="133"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="146"/>
        <source>Jingdu keeps the original file: these lines are left out of the text you read and search, never deleted.</source>
        <translation>Jingdu keeps the original file: these lines are left out of the text you read and search, never deleted.</translation>
    </message>
</context>
<context>
    <name>RemovedReasons</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="35"/>
        <source>page number (split over two lines)</source>
        <translation>page number (split over two lines)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="37"/>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="38"/>
        <source>page number</source>
        <translation>page number</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="41"/>
        <source>running head with page number</source>
        <translation>running head with page number</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="43"/>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="44"/>
        <source>running head</source>
        <translation>running head</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="45"/>
        <source>running foot</source>
        <translation>running foot</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="46"/>
        <source>table of contents</source>
        <translation>table of contents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="49"/>
        <source>section label printed down the page</source>
        <translation>section label printed down the page</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="53"/>
        <source>journal or column name</source>
        <translation>journal or column name</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="55"/>
        <source>empty list item</source>
        <translation>empty list item</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="56"/>
        <source>formatting marks</source>
        <translation>formatting marks</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="57"/>
        <source>masthead</source>
        <translation>masthead</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="58"/>
        <source>list of links</source>
        <translation>list of links</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="61"/>
        <source>page details (date, source, share buttons)</source>
        <translation>page details (date, source, share buttons)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="67"/>
        <source>page without text (a scanned image)</source>
        <translation>page without text (a scanned image)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="71"/>
        <source>chapter that could not be read</source>
        <translation>chapter that could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="82"/>
        <source>characters the PDF&apos;s font cannot name</source>
        <translation>characters the PDF&apos;s font cannot name</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="44"/>
        <source>Rename document</source>
        <translation>Rename document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="46"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="48"/>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="49"/>
        <source>separated by 、 or commas</source>
        <translation>separated by 、 or commas</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="51"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="52"/>
        <source>&amp;Authors:</source>
        <translation>&amp;Authors:</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/restore_offer.py" line="22"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/restore_offer.py" line="29"/>
        <source>Restore the automatic backup made %1? The damaged file is kept beside it.</source>
        <translation>Restore the automatic backup made %1? The damaged file is kept beside it.</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="47"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="48"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="51"/>
        <source>Tags (none checked: any)</source>
        <translation>Tags (none checked: any)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="54"/>
        <source>A checked tag takes its sub-tags with it</source>
        <translation>A checked tag takes its sub-tags with it</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="62"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="63"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="71"/>
        <source>Only highlights with a &amp;note</source>
        <translation>Only highlights with a &amp;note</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="73"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="81"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="85"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="61"/>
        <source>The query has nothing to search for.</source>
        <translation>The query has nothing to search for.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="64"/>
        <source>A query needs a word to find; “-word” only leaves passages out.</source>
        <translation>A query needs a word to find; “-word” only leaves passages out.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="67"/>
        <source>The query is %1 characters long; at most %2 are searched.</source>
        <translation>The query is %1 characters long; at most %2 are searched.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="70"/>
        <source>The query has %1 terms; at most %2 are searched.</source>
        <translation>The query has %1 terms; at most %2 are searched.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="196"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="198"/>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="201"/>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="202"/>
        <source>How to write a query</source>
        <translation>How to write a query</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="206"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="207"/>
        <source>Every occurrence of the query, one line each</source>
        <translation>Every occurrence of the query, one line each</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="208"/>
        <source>Concordance of the query</source>
        <translation>Concordance of the query</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="215"/>
        <source>Search without the spaces</source>
        <translation>Search without the spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="225"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="252"/>
        <source>Words separated by spaces must all occur: 新质生产力 创新
&quot;quoted text&quot; is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</source>
        <translation>Words separated by spaces must all occur: 新质生产力 创新
&quot;quoted text&quot; is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="297"/>
        <source>No passage contains this.</source>
        <translation>No passage contains this.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="300"/>
        <source>%1 passages in %3 documents; the best %2 shown</source>
        <translation>%1 passages in %3 documents; the best %2 shown</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="305"/>
        <source>%1 passages in %3 documents</source>
        <translation>%1 passages in %3 documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="307"/>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="329"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="320"/>
        <source>No passage contains %1; spaces inside a phrase are matched too.</source>
        <translation>No passage contains %1; spaces inside a phrase are matched too.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="325"/>
        <source>Without the spaces, %1 is not found either.</source>
        <translation>Without the spaces, %1 is not found either.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="333"/>
        <source>Without the spaces: %1, %n passage(s)</source>
        <translation>
            <numerusform>Without the spaces: %1, %n passage</numerusform>
            <numerusform>Without the spaces: %1, %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/model.py" line="140"/>
        <source>Your annotations</source>
        <translation>Your annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/model.py" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="69"/>
        <source>Search: preparing…</source>
        <translation>Search: preparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="88"/>
        <source>Search: ready, building the index…</source>
        <translation>Search: ready, building the index…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="94"/>
        <source>Search: ready</source>
        <translation>Search: ready</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="103"/>
        <source>Search: unavailable</source>
        <translation>Search: unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="113"/>
        <source>Search: ready, building the index… %1%</source>
        <translation>Search: ready, building the index… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="115"/>
        <source>Building the search index… %1%</source>
        <translation>Building the search index… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="143"/>
        <source>Search is starting…</source>
        <translation>Search is starting…</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="39"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="39"/>
        <source>Tags (T)</source>
        <translation>Tags (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="40"/>
        <source>Note (N)</source>
        <translation>Note (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="42"/>
        <source>Cite</source>
        <translation>Cite</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="42"/>
        <source>Copy with citation (Ctrl+Shift+C)</source>
        <translation>Copy with citation (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="45"/>
        <source>Delete the highlight (Del)</source>
        <translation>Delete the highlight (Del)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="117"/>
        <source>Something went wrong (%1). Nothing you saved is lost; the details are in jingdu.log in the data folder.

%2</source>
        <translation>Something went wrong (%1). Nothing you saved is lost; the details are in jingdu.log in the data folder.

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="142"/>
        <source>The disk is full: the change was not saved.</source>
        <translation>The disk is full: the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="166"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="166"/>
        <source>Redone: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="205"/>
        <source>The library was changed by another program.</source>
        <translation>The library was changed by another program.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="219"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="256"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="264"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="264"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="18"/>
        <source>Side panel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="23"/>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="30"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="31"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="32"/>
        <source>This document</source>
        <translation>This document</translation>
    </message>
</context>
<context>
    <name>StatusParts</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/status.py" line="25"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="48"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="51"/>
        <source>政策/科技，重点 — commas between tags, / for levels</source>
        <translation>政策/科技，重点 — commas between tags, / for levels</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="62"/>
        <source>Tags of this highlight (new ones are created):</source>
        <translation>Tags of this highlight (new ones are created):</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="41"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="45"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="45"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="49"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="50"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="52"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="60"/>
        <source>A tag with / has levels: renaming 政策 renames 政策/科技 too.</source>
        <translation>A tag with / has levels: renaming 政策 renames 政策/科技 too.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="100"/>
        <source>Rename tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="100"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="115"/>
        <source>Merge tags</source>
        <translation>Merge tags</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="116"/>
        <source>Merge the selected tags into:</source>
        <translation>Merge the selected tags into:</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="135"/>
        <source>Delete tags</source>
        <translation>Delete tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="137"/>
        <source>Remove %n tag(s) from every annotation? The highlights stay.</source>
        <translation>
            <numerusform>Remove %n tag from every annotation? The highlights stay.</numerusform>
            <numerusform>Remove %n tags from every annotation? The highlights stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereSaid</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="40"/>
        <source>Select a passage first: there is nothing to look up.</source>
        <translation>Select a passage first: there is nothing to look up.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="43"/>
        <source>%1–%2 is not a passage of this document (it has %3 characters).</source>
        <translation>%1–%2 is not a passage of this document (it has %3 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="46"/>
        <source>The passage has %1 characters; at most %2 are looked up.</source>
        <translation>The passage has %1 characters; at most %2 are looked up.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="49"/>
        <source>The passage has %1 characters to match; at least %2 are needed.</source>
        <translation>The passage has %1 characters to match; at least %2 are needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="279"/>
        <source>&amp;Where else is this said</source>
        <translation>&amp;Where else is this said</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="282"/>
        <source>&amp;Quotations index…</source>
        <translation>&amp;Quotations index…</translation>
    </message>
</context>
</TS>
