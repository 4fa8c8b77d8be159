<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="53" />
        <source>Find in this document</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="59" />
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+Enter，Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="62" />
        <source>Next match (Enter, F3)</source>
        <translation>下一处（Enter，F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="65" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="126" />
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/find_bar.py" line="128" />
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="116" />
        <source>Compilation: %1</source>
        <translation>汇编：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="120" />
        <source>%1 pieces</source>
        <translation>%1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="124" />
        <source>A compilation split into %1 pieces</source>
        <translation>汇编，已拆分为 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="133" />
        <source>%1 highlights</source>
        <translation>%1 条批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="143" />
        <source>%1 characters · %2</source>
        <translation>%1 字 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="156" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_panel.py" line="54" />
        <source>Filter by title, author or file</source>
        <translation>按标题、作者或文件筛选</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="69" />
        <source>Jingdu — close reading</source>
        <translation>精读 — 细读文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="107" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="182" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="139" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="108" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="109" />
        <source>Side panel</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="137" />
        <source>&amp;Import text files…</source>
        <translation>导入文本文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="138" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="140" />
        <source>&amp;Find in document</source>
        <translation>在文中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="141" />
        <source>Find &amp;next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="142" />
        <source>Find &amp;previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="143" />
        <source>&amp;Search the library</source>
        <translation>搜索文库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="144" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="145" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="146" />
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="147" />
        <source>&amp;Wider column</source>
        <translation>加宽版心(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="148" />
        <source>&amp;Narrower column</source>
        <translation>收窄版心(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="152" />
        <source>&amp;Light theme</source>
        <translation>明亮主题(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="153" />
        <source>S&amp;epia theme</source>
        <translation>护眼主题(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="154" />
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="162" />
        <source>Side &amp;panel</source>
        <translation>侧栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="165" />
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="166" />
        <source>Go to the &amp;library</source>
        <translation>转到文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="167" />
        <source>Go to the &amp;reader</source>
        <translation>转到正文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="168" />
        <source>Ne&amp;xt document</source>
        <translation>下一篇(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="169" />
        <source>Pre&amp;vious document</source>
        <translation>上一篇(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="170" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="176" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="179" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="194" />
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="197" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="241" />
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="242" />
        <source>Search: waiting</source>
        <translation>搜索：等待中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="256" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文献</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="258" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="289" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="293" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="266" />
        <source>Search: preparing…</source>
        <translation>搜索：准备中…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="285" />
        <source>The library could not be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="291" />
        <source>Restore the automatic backup made %1? The damaged file is kept beside it.</source>
        <translation>要恢复 %1 的自动备份吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="301" />
        <source>Search: ready</source>
        <translation>搜索：就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="307" />
        <source>Search: unavailable</source>
        <translation>搜索：不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="313" />
        <source>Building the search index… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="322" />
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="324" />
        <source>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</source>
        <translation>没有找到能显示中文的字体，正文可能显示为方框。
请安装一种，例如在 Debian 或 Ubuntu 上：
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
然后重新启动精读。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="368" />
        <source>%1 — Jingdu</source>
        <translation>%1 — 精读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="370" />
        <source>%1 · %2 characters</source>
        <translation>%1 · %2 字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="425" />
        <source>Text size %1 pt</source>
        <translation>字号 %1 磅</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="498" />
        <source>Search is starting…</source>
        <translation>搜索正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="540" />
        <source>Import text files</source>
        <translation>导入文本文件</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="540" />
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="562" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="113" />
        <source>title taken from the running header</source>
        <translation>标题取自页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="114" />
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>标题由精读据首句推定</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="136" />
        <source>Notes</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="98" />
        <source>Search the library (Ctrl+K)</source>
        <translation>搜索文库（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="102" />
        <source>How to write a query</source>
        <translation>检索式写法</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="132" />
        <source>Words separated by spaces must all occur: 新质生产力 创新
"quoted text" is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</source>
        <translation>空格分开的词须同时出现：新质生产力 创新
"引号内的文字" 按原样查找，含空格
OR 表示任一：数字经济 OR 实体经济
-词 排除含该词的段落：创新 -传统
单个字也可作检索词。
不区分全角半角、大小写与繁简体。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="166" />
        <source>No passage contains this.</source>
        <translation>没有段落包含此内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="168" />
        <source>%1 passages in %3 documents; the best %2 shown</source>
        <translation>%3 篇文献中共 %1 段；显示最相关的 %2 段</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search_panel.py" line="170" />
        <source>%1 passages in %3 documents</source>
        <translation>%3 篇文献中共 %1 段</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search_model.py" line="98" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="38" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="40" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="44" />
        <source>Light</source>
        <translation>明亮</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="44" />
        <source>Sepia</source>
        <translation>护眼</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="44" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="56" />
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="59" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="60" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="61" />
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="62" />
        <source>Column width</source>
        <translation>版心宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="63" />
        <source>A new language takes effect when Jingdu starts again.</source>
        <translation>更换语言将在重新启动精读后生效。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="87" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="91" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/dialogs.py" line="91" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
</TS>