<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="53" />
        <source>Find in this document</source>
        <translation>Find in this document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="59" />
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Previous match (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="62" />
        <source>Next match (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="65" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="126" />
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="129" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="116" />
        <source>Compilation: %1</source>
        <translation>Compilation: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="120" />
        <source>%1 pieces</source>
        <translation>%1 pieces</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="124" />
        <source>A compilation split into %1 pieces</source>
        <translation>A compilation split into %1 pieces</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="133" />
        <source>%1 highlights</source>
        <translation>%1 highlights</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="145" />
        <source>%1 characters · %2</source>
        <translation>%1 characters · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="158" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_panel.py" line="54" />
        <source>Filter by title, author or file</source>
        <translation>Filter by title, author or file</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="69" />
        <source>Jingdu — close reading</source>
        <translation>Jingdu — close reading</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="107" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="108" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="109" />
        <source>Side panel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="139" />
        <source>&amp;Import text files…</source>
        <translation>&amp;Import text files…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="140" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="142" />
        <source>&amp;Find in document</source>
        <translation>&amp;Find in document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="143" />
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="144" />
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="145" />
        <source>&amp;Search the library</source>
        <translation>&amp;Search the library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="146" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="147" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="148" />
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="149" />
        <source>&amp;Wider column</source>
        <translation>&amp;Wider column</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="150" />
        <source>&amp;Narrower column</source>
        <translation>&amp;Narrower column</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="154" />
        <source>&amp;Light theme</source>
        <translation>&amp;Light theme</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="155" />
        <source>S&amp;epia theme</source>
        <translation>S&amp;epia theme</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="156" />
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="164" />
        <source>Side &amp;panel</source>
        <translation>Side &amp;panel</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="167" />
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="168" />
        <source>Go to the &amp;library</source>
        <translation>Go to the &amp;library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="169" />
        <source>Go to the &amp;reader</source>
        <translation>Go to the &amp;reader</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="170" />
        <source>Ne&amp;xt document</source>
        <translation>Ne&amp;xt document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="171" />
        <source>Pre&amp;vious document</source>
        <translation>Pre&amp;vious document</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="172" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="183" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="186" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="194" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="206" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="214" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="260" />
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="261" />
        <source>Search: waiting</source>
        <translation>Search: waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="275" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="277" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="319" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="326" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="296" />
        <source>Search: preparing…</source>
        <translation>Search: preparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="315" />
        <source>The library could not be opened.</source>
        <translation>The library could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="322" />
        <source>Restore the automatic backup made %1? The damaged file is kept beside it.</source>
        <translation>Restore the automatic backup made %1? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="335" />
        <source>Search: ready</source>
        <translation>Search: ready</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="341" />
        <source>Search: unavailable</source>
        <translation>Search: unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="347" />
        <source>Building the search index… %1%</source>
        <translation>Building the search index… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="360" />
        <source>No Chinese font</source>
        <translation>No Chinese font</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="362" />
        <source>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</source>
        <translation>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="416" />
        <source>%1 — Jingdu</source>
        <translation>%1 — Jingdu</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="418" />
        <source>%1 · %2 characters</source>
        <translation>%1 · %2 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="479" />
        <source>Text size %1 pt</source>
        <translation>Text size %1 pt</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="552" />
        <source>Search is starting…</source>
        <translation>Search is starting…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="596" />
        <source>Import text files</source>
        <translation>Import text files</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="598" />
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Text files (*.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="621" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="113" />
        <source>title taken from the running header</source>
        <translation>title taken from the running header</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="114" />
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>title inferred by Jingdu from the opening sentence</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="136" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="103" />
        <source>Search the library (Ctrl+K)</source>
        <translation>Search the library (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="107" />
        <source>How to write a query</source>
        <translation>How to write a query</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="137" />
        <source>Words separated by spaces must all occur: 新质生产力 创新
"quoted text" is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</source>
        <translation>Words separated by spaces must all occur: 新质生产力 创新
"quoted text" is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="171" />
        <source>No passage contains this.</source>
        <translation>No passage contains this.</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="174" />
        <source>%1 passages in %3 documents; the best %2 shown</source>
        <translation>%1 passages in %3 documents; the best %2 shown</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="179" />
        <source>%1 passages in %3 documents</source>
        <translation>%1 passages in %3 documents</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search_model.py" line="110" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="38" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="41" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="48" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="48" />
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="48" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="60" />
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="63" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="64" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="65" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="66" />
        <source>Column width</source>
        <translation>Column width</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="67" />
        <source>A new language takes effect when Jingdu starts again.</source>
        <translation>A new language takes effect when Jingdu starts again.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="93" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="101" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="101" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
</TS>