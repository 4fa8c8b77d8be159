<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="16"/>
        <source>Jingdu %1</source>
        <translation>精读 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="17"/>
        <source>An offline close-reading desk for Chinese policy and theory texts.</source>
        <translation>离线精读中文政策与理论文献的阅读台。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="20"/>
        <source>Free software under the MIT licence.</source>
        <translation>自由软件，以 MIT 许可证发布。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="21"/>
        <source>Your library: %1</source>
        <translation>您的文库：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/about.py" line="29"/>
        <source>About Jingdu</source>
        <translation>关于精读</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="217"/>
        <source>Deleted · Ctrl+Z to undo</source>
        <translation>已删除 · Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="240"/>
        <source>Copied with its citation.</source>
        <translation>已连同出处复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotating.py" line="246"/>
        <source>Select the passage in the reader first.</source>
        <translation>请先在阅读区选中段落。</translation>
    </message>
</context>
<context>
    <name>AnnotatingPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="184"/>
        <source>Annotating</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="185"/>
        <source>Selections snap to whole words</source>
        <translation>选区自动扩展到整词</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="189"/>
        <source>Selections drop punctuation at the ends</source>
        <translation>选区去掉两端标点</translation>
    </message>
</context>
<context>
    <name>AnnotationBrowser</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="155"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="161"/>
        <source>Filter by quote, note or tag…</source>
        <translation>按原文、笔记或标签筛选…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="164"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="168"/>
        <source>All documents</source>
        <translation>全部文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="171"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="172"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="173"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="174"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="177"/>
        <source>Orphans only</source>
        <translation>仅失锚批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="179"/>
        <source>Highlights whose passage was not found after a re-import</source>
        <translation>重新导入后找不到原文位置的批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="209"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="210"/>
        <source>Add &amp;tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="211"/>
        <source>&amp;Remove tag…</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="212"/>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="217"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="218"/>
        <source>E&amp;xport…</source>
        <translation>导出简报(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="220"/>
        <source>Export briefing notes, starting from this window&apos;s document, tag and colour</source>
        <translation>导出学习简报，以本窗口所选的文献、标签和颜色为起点</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="222"/>
        <source>Re-&amp;attach to selection</source>
        <translation>重新锚定到选区(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="224"/>
        <source>Select the passage in the reader, then put this highlight on it</source>
        <translation>先在阅读区选中段落，再把此批注移到那里</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="146"/>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="322"/>
        <source>All annotations</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="324"/>
        <source>Untagged</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="353"/>
        <source>%1 of %2 annotations</source>
        <translation>显示 %1 条，共 %2 条批注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="416"/>
        <source>Add tags to %n annotation(s)</source>
        <translation>
            <numerusform>为 %n 条批注添加标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="436"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="437"/>
        <source>Tag to remove from the selected annotations:</source>
        <translation>要从所选批注中移除的标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="460"/>
        <source>Delete annotations</source>
        <translation>删除批注</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/browser.py" line="462"/>
        <source>Delete %n annotation(s)? Ctrl+Z in the reader brings them back.</source>
        <translation>
            <numerusform>删除 %n 条批注？在阅读区按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="61"/>
        <source>Text size %1 pt</source>
        <translation>字号 %1 磅</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="86"/>
        <source>Column: %1 characters, all this window holds (%2 set). Widen the window or hide the side panel (%3) for more.</source>
        <translation>版心：%1 字，已是本窗口所能容纳的宽度（设定为 %2 字）。加宽窗口或隐藏侧栏（%3）可以更宽。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="92"/>
        <source>Column: %1 characters</source>
        <translation>版心：%1 字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="209"/>
        <source>No Chinese font</source>
        <translation>缺少中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/appearance.py" line="211"/>
        <source>No font that can show Chinese was found, so the text may appear as boxes.
Install one, for example on Debian or Ubuntu:
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
then start Jingdu again.</source>
        <translation>没有找到能显示中文的字体，正文可能显示为方框。
请安装一种，例如在 Debian 或 Ubuntu 上：
    sudo apt install fonts-noto-cjk fonts-wqy-microhei
然后重新启动精读。</translation>
    </message>
</context>
<context>
    <name>ChartsRow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/charts_row.py" line="21"/>
        <source>Remove the charts</source>
        <translation>移除图表</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/charts_row.py" line="41"/>
        <source>Print the %n chart(s) added from Counts</source>
        <translation>
            <numerusform>输出从词频窗口插入的 %n 幅图表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Concordance</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="35"/>
        <source>Document</source>
        <translation>文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="36"/>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="37"/>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="38"/>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_model.py" line="39"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ConcordanceWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="83"/>
        <source>Concordance</source>
        <translation>词语索引</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="87"/>
        <source>A term or a query, as in search</source>
        <translation>词语或检索式，写法同检索</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="88"/>
        <source>Term to index</source>
        <translation>要索引的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="89"/>
        <source>&amp;Index</source>
        <translation>索引(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="92"/>
        <source>Only lines of this document</source>
        <translation>只看此文档的索引行</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="104"/>
        <source>Concordance lines</source>
        <translation>索引行</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="123"/>
        <source>&amp;Highlight selected</source>
        <translation>高亮所选(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="134"/>
        <source>&amp;Tag selected…</source>
        <translation>为所选加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="136"/>
        <source>&amp;Open in the reader</source>
        <translation>在阅读区打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="137"/>
        <source>&amp;Counts and chart…</source>
        <translation>词频与图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="187"/>
        <source>Indexing…</source>
        <translation>正在索引…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="209"/>
        <source>%1 occurrences in %2 documents</source>
        <translation>共 %1 处，分布于 %2 篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="214"/>
        <source>the first %1 listed; sorting orders those</source>
        <translation>列出前 %1 处，排序只在这些行中进行</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="215"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="230"/>
        <source>“%1” does not occur in the library.</source>
        <translation>文库中没有“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="245"/>
        <source>All documents</source>
        <translation>全部文献</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/concordance_window.py" line="278"/>
        <source>%n passage(s) highlighted.</source>
        <translation>
            <numerusform>已高亮 %n 处。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="59"/>
        <source>Counts and collocates</source>
        <translation>词频与搭配</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="63"/>
        <source>Terms, separated by spaces: 新质生产力 高质量发展</source>
        <translation>多个词语以空格分隔：新质生产力 高质量发展</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="64"/>
        <source>Terms to count</source>
        <translation>要统计的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="65"/>
        <source>&amp;Count</source>
        <translation>统计(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="68"/>
        <source>What the chart shows</source>
        <translation>图表内容</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="70"/>
        <source>Per document, per 1,000 characters</source>
        <translation>按文档，每千字出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="71"/>
        <source>Per document, occurrences</source>
        <translation>按文档，出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="72"/>
        <source>Per source file, per 1,000 characters</source>
        <translation>按来源文件，每千字出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="73"/>
        <source>Per source file, occurrences</source>
        <translation>按来源文件，出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="81"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="87"/>
        <source>Words that occur with the term</source>
        <translation>常与该词同现的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Word nearby</source>
        <translation>搭配词</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="88"/>
        <source>Together</source>
        <translation>同现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="89"/>
        <source>Log-likelihood</source>
        <translation>对数似然值</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="93"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>图表另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="94"/>
        <source>Save counts as &amp;CSV…</source>
        <translation>词频另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="95"/>
        <source>Add chart to the &amp;briefing note</source>
        <translation>将图表插入学习简报(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="149"/>
        <source>Type a term to count.</source>
        <translation>请输入要统计的词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="151"/>
        <source>At most %1 terms are counted at once.</source>
        <translation>一次最多统计 %1 个词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="155"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="170"/>
        <source>%1: %2 occurrences in %3 documents</source>
        <translation>%1：共 %2 处，分布于 %3 篇文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="201"/>
        <source>None of these terms occurs in the library.</source>
        <translation>文库中没有这些词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="219"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="219"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="224"/>
        <source>Save the counts</source>
        <translation>保存词频</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="224"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="245"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/counts_window.py" line="259"/>
        <source>The chart is added to the briefing note: the next export prints it.</source>
        <translation>图表已插入学习简报，下次导出时一并输出。</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="32"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="35"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="41"/>
        <source>&amp;Export briefing notes…</source>
        <translation>导出学习简报(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="45"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="46"/>
        <source>&amp;Recent documents</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="48"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="53"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="55"/>
        <source>&amp;Find in document</source>
        <translation>在文中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="56"/>
        <source>Find &amp;next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="59"/>
        <source>Find &amp;previous</source>
        <translation>查找上一处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="65"/>
        <source>&amp;Search the library</source>
        <translation>搜索文库(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="72"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="74"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="75"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="76"/>
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="78"/>
        <source>&amp;Wider column</source>
        <translation>加宽版心(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="81"/>
        <source>&amp;Narrower column</source>
        <translation>收窄版心(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="89"/>
        <source>%1 theme (&amp;%2)</source>
        <translation>%1主题(&amp;%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="101"/>
        <source>Side &amp;panel</source>
        <translation>侧栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="107"/>
        <source>Ou&amp;tline</source>
        <translation>大纲(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="113"/>
        <source>What the cleanup &amp;removed…</source>
        <translation>清理时移除的内容(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="120"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="127"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="131"/>
        <source>Go to the &amp;library</source>
        <translation>转到文库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="135"/>
        <source>Go to the &amp;reader</source>
        <translation>转到正文(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="138"/>
        <source>Ne&amp;xt document</source>
        <translation>下一篇(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="144"/>
        <source>Pre&amp;vious document</source>
        <translation>上一篇(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="148"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="151"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="159"/>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="164"/>
        <source>&amp;Highlight (last colour)</source>
        <translation>高亮（上次的颜色）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="172"/>
        <source>Highlight in %1 (&amp;%2)</source>
        <translation>标为%1(&amp;%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="183"/>
        <source>&amp;Tag the passage…</source>
        <translation>为此段加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="190"/>
        <source>&amp;Note on the passage…</source>
        <translation>为此段写笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="197"/>
        <source>&amp;Delete the highlight</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="204"/>
        <source>&amp;Copy with citation</source>
        <translation>带出处复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="208"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="209"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="212"/>
        <source>Annotations &amp;of this document</source>
        <translation>本文批注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="218"/>
        <source>All &amp;annotations…</source>
        <translation>全部批注(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="224"/>
        <source>Ta&amp;g manager…</source>
        <translation>标签管理(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="232"/>
        <source>Selections snap to whole &amp;words</source>
        <translation>选区自动扩展为整词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="236"/>
        <source>Widen a selection that cuts a word in half to the whole word (jieba)</source>
        <translation>选区切断词语时扩展到整个词（jieba 分词）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="241"/>
        <source>Selections drop &amp;punctuation at the ends</source>
        <translation>选区去掉两端标点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="249"/>
        <source>&amp;Study</source>
        <translation>研读(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="253"/>
        <source>&amp;Concordance…</source>
        <translation>词语索引(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="259"/>
        <source>Counts and c&amp;hart…</source>
        <translation>词频与图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="265"/>
        <source>&amp;Where else is this said</source>
        <translation>在文库中查找出处(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="269"/>
        <source>Every other place in the library that quotes the selection, the highlight or the paragraph at the caret</source>
        <translation>文库中引述所选文字、所选标注或光标所在段落的其他所有地方</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="275"/>
        <source>&amp;Quotations index…</source>
        <translation>引文索引(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="282"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="284"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/desk_commands.py" line="285"/>
        <source>&amp;About Jingdu</source>
        <translation>关于精读(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DocNotesPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="45"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="46"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="52"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="55"/>
        <source>Annotations of this document</source>
        <translation>本文批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="60"/>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="96"/>
        <source>No highlights yet. Select a passage and press H.</source>
        <translation>还没有批注。选中一段文字后按 H 即可高亮。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="83"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/doc_notes.py" line="94"/>
        <source>No highlight matches these filters.</source>
        <translation>没有符合筛选条件的批注。</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="88"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="105"/>
        <source>Renamed to 《%1》</source>
        <translation>已重命名为《%1》</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="113"/>
        <source>Replace with a new version</source>
        <translation>用新版本替换</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="120"/>
        <source>《%1》 replaced by a new version; its highlights were placed again</source>
        <translation>《%1》已替换为新版本，批注已重新定位</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="132"/>
        <source>Delete document</source>
        <translation>删除文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="133"/>
        <source>Delete 《%1》 from the library?</source>
        <translation>从文库中删除《%1》？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="136"/>
        <source>The %n other document(s) from the same file go with it.</source>
        <translation>
            <numerusform>同一文件中的其他 %n 篇文档也将一并删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="140"/>
        <source>Its %n highlight(s) are kept as orphans, unless you tick the box.</source>
        <translation>
            <numerusform>它的 %n 条批注将保留为失锚批注，除非勾选下面的选项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="143"/>
        <source>Delete its highlights too</source>
        <translation>同时删除这些批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="154"/>
        <source>Deleted 《%1》</source>
        <translation>已删除《%1》</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="103"/>
        <source>Group by</source>
        <translation>分组方式</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="108"/>
        <source>&amp;Colour, with the meanings below</source>
        <translation>按颜色(&amp;C)，用下面的含义作标题</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="121"/>
        <source>Your name or organisation</source>
        <translation>你的姓名或单位</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="122"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy&apos;年&apos;M&apos;月&apos;d&apos;日&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="125"/>
        <source>Optional: a few words for the study group (blank lines separate paragraphs)</source>
        <translation>可选：写给学习小组的几句话（空行分段）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="129"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="131"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="132"/>
        <source>&amp;Subtitle</source>
        <translation>副标题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="133"/>
        <source>A&amp;uthor</source>
        <translation>作者/单位(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="135"/>
        <source>&amp;Preface</source>
        <translation>前言(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="137"/>
        <source>Add each excerpt&apos;s whole paragraph as conte&amp;xt</source>
        <translation>附上每条摘录所在的整段作为上下文(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="144"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="106"/>
        <source>Document, in &amp;reading order (under its section headings)</source>
        <translation>按文献，依阅读顺序(&amp;R)（列在原文小标题下）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="107"/>
        <source>Ta&amp;g</source>
        <translation>按标签(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="134"/>
        <source>D&amp;ate</source>
        <translation>日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="149"/>
        <source>For&amp;mat</source>
        <translation>格式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="150"/>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="161"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="162"/>
        <source>Stop the export; nothing is written</source>
        <translation>停止导出，不写入任何文件</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="163"/>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="164"/>
        <source>Show in &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="166"/>
        <source>Print the briefing, with a preview (Ctrl+P)</source>
        <translation>打印简报，先预览（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="167"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="169"/>
        <source>Export (Ctrl+Enter)</source>
        <translation>导出（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="170"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="240"/>
        <source>Reading the annotations…</source>
        <translation>正在读取批注…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="255"/>
        <source>Could not read the annotations: %1</source>
        <translation>无法读取批注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="326"/>
        <source>The first day is after the last.</source>
        <translation>起始日期晚于结束日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="329"/>
        <source>%1 in %2 will be exported.</source>
        <translation>将导出 %1，分为 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="330"/>
        <source>%n excerpt(s)</source>
        <translation>
            <numerusform>%n 条摘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="331"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="334"/>
        <source>No highlight matches this choice.</source>
        <translation>没有符合所选条件的批注。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="426"/>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="432"/>
        <source>Preparing the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="485"/>
        <source>No application here opens %1; the file is in %2.</source>
        <translation>本机没有可打开 %1 的程序；文件位于 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="93"/>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="357"/>
        <source>Export briefing notes</source>
        <translation>导出学习简报</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="165"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="370"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="383"/>
        <source>Exported %n excerpt(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条摘录导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="394"/>
        <source>Export stopped; nothing was written.</source>
        <translation>已停止导出，没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="451"/>
        <source>No installed font has these characters, so the PDF prints their code points: %1. Installing fonts-symbola and fonts-hanazono may help.</source>
        <translation>已安装的字体中都没有这些字符，PDF 改印它们的代码：%1。安装 fonts-symbola 和 fonts-hanazono 或许能解决。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/dialog.py" line="392"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="163"/>
        <source>Documents (%1)</source>
        <translation>文档 (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="164"/>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="168"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="53"/>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="54"/>
        <source>Find in this document</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="60"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一处（Shift+Enter，Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="61"/>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="64"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一处（Enter，F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="65"/>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="68"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="69"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="139"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/find_bar.py" line="142"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>FontRow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="30"/>
        <source>Font f&amp;ile…</source>
        <translation>字体文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="31"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="53"/>
        <source>Choose a TrueType font</source>
        <translation>选择 TrueType 字体</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="55"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="63"/>
        <source>STSong-Light (not embedded)</source>
        <translation>STSong-Light（不嵌入）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="73"/>
        <source>%1 is not a TrueType font that can be embedded.</source>
        <translation>%1 不是可以嵌入的 TrueType 字体。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/font_row.py" line="78"/>
        <source>No embeddable Chinese font was found, so the PDF uses STSong-Light, which is not embedded and may print with a substitute font. Install fonts-wqy-microhei, or choose a TrueType font file.</source>
        <translation>没有找到可以嵌入的中文字体，PDF 将使用不嵌入的 STSong-Light，打印时可能被替换成别的字体。请安装 fonts-wqy-microhei，或选择一个 TrueType 字体文件。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="196"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="199"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="204"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="205"/>
        <source>A new language takes effect when Jingdu starts again.</source>
        <translation>新的语言在重新启动精读后生效。</translation>
    </message>
</context>
<context>
    <name>HighlightTableModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="179"/>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="180"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="181"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="182"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="183"/>
        <source>Document</source>
        <translation>文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="184"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="185"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/highlight_models.py" line="202"/>
        <source>[orphan] </source>
        <translation>[失锚] </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="39"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="42"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="46"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="46"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="50"/>
        <source>Hover a row for the details.</source>
        <translation>将鼠标停在某一行上可查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="69"/>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 / %2 个文件：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="78"/>
        <source>page %1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="91"/>
        <source>Stopping after this file…</source>
        <translation>读完这个文件后停止…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="99"/>
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>已导入 %n 篇文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="101"/>
        <source>%n file(s) already in the library</source>
        <translation>
            <numerusform>%n 个文件已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="103"/>
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n 个文件未能导入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="105"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="106"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="111"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="118"/>
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/dialog.py" line="119"/>
        <source>imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="34"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="35"/>
        <source>not a regular file (a device or a pipe)</source>
        <translation>不是普通文件（设备或管道）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="38"/>
        <source>a folder with no document Jingdu reads</source>
        <translation>文件夹中没有精读能读取的文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="41"/>
        <source>the file holds no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="42"/>
        <source>a binary file, not a document</source>
        <translation>这是二进制文件，不是文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="43"/>
        <source>the file is too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="44"/>
        <source>the text encoding could not be recognised; save it as UTF-8</source>
        <translation>无法识别文字编码，请另存为 UTF-8 后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="47"/>
        <source>the file is damaged or not what its name says</source>
        <translation>文件已损坏，或与扩展名所示格式不符</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="50"/>
        <source>the PDF is protected by a password</source>
        <translation>PDF 设有密码保护</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="53"/>
        <source>a scanned PDF without a text layer; run OCR on it first</source>
        <translation>扫描版 PDF，没有文字层，请先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="56"/>
        <source>not a format Jingdu reads</source>
        <translation>精读不支持这种格式</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="57"/>
        <source>the same text is in the library already</source>
        <translation>文库中已有相同内容</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/importing/flow.py" line="62"/>
        <source>the file could not be read</source>
        <translation>无法读取文件</translation>
    </message>
</context>
<context>
    <name>LayoutBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="43"/>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="61"/>
        <source>The briefing&apos;s name, in red (default: 学习简报)</source>
        <translation>简报名称，红色套印（默认：学习简报）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="65"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="67"/>
        <source>The issuing unit: a study group, a department</source>
        <translation>编发单位：学习小组、部门等</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="70"/>
        <source>not printed</source>
        <translation>不印</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="47"/>
        <source>Modern &amp;handout</source>
        <translation>现代讲义(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="48"/>
        <source>Official &amp;briefing (GB/T 9704)</source>
        <translation>公文简报(&amp;B)（GB/T 9704）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="76"/>
        <source>&amp;Letterhead</source>
        <translation>报头(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="76"/>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="77"/>
        <source>Unit</source>
        <translation>编发单位</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="77"/>
        <source>Copies</source>
        <translation>印数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="78"/>
        <source>Report to (报)</source>
        <translation>报</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="79"/>
        <source>Send to (送)</source>
        <translation>送</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="80"/>
        <source>Issue to (发)</source>
        <translation>发</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="178"/>
        <source>Word and WPS use 方正小标宋简体, 仿宋_GB2312, 楷体_GB2312 and 黑体 where installed, else 华文中宋, 仿宋, 楷体 and SimHei.</source>
        <translation>Word 与 WPS 使用已安装的方正小标宋简体、仿宋_GB2312、楷体_GB2312 和黑体；未安装时改用华文中宋、仿宋、楷体和 SimHei。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="186"/>
        <source>Finding the faces…</source>
        <translation>正在查找字体…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="196"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="197"/>
        <source>In the PDF, installed faces stand in: %1.</source>
        <translation>PDF 中以已安装的字体代替：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/layout_box.py" line="199"/>
        <source>The PDF embeds the official faces themselves.</source>
        <translation>PDF 嵌入公文规定的字体本身。</translation>
    </message>
</context>
<context>
    <name>LibraryChanges</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="65"/>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="72"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="114"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="115"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="117"/>
        <source>Replace with a &amp;new version…</source>
        <translation>用新版本替换(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/changes.py" line="121"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="118"/>
        <source>A compilation split into %1 pieces</source>
        <translation>汇编，已拆分为 %1 篇</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/model.py" line="115"/>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="133"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/model.py" line="110"/>
        <source>Compilation of %n piece(s): %1</source>
        <translation>
            <numerusform>合集（%n 篇）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="140"/>
        <source>%1 characters · %2</source>
        <translation>%1 字 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/model.py" line="155"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="27"/>
        <source>Filter by title, author or file</source>
        <translation>按标题、作者或文件筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="28"/>
        <source>Filter the library</source>
        <translation>筛选文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/panel.py" line="32"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="178"/>
        <source>Jingdu</source>
        <translation>精读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="204"/>
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="205"/>
        <source>Search: waiting</source>
        <translation>搜索：等待中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="215"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文献</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="218"/>
        <source>The disk is full: the library is open for reading only, and nothing can be changed until there is space. Your annotations can still be exported.</source>
        <translation>磁盘已满：文库暂时只能阅读，腾出空间之前无法做任何修改。批注仍可导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="226"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="243"/>
        <source>The library could not be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="262"/>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="342"/>
        <source>Saving your annotations…</source>
        <translation>正在保存您的批注…</translation>
    </message>
</context>
<context>
    <name>MarginSigns</name>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/margin_signs.py" line="151"/>
        <source>Quoted in %n other document(s) of the library: click to see where</source>
        <translation>
            <numerusform>文库中另有 %n 篇文献引述此段：点击查看出处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeaningsBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/meanings.py" line="32"/>
        <source>%1 (printed as %2)</source>
        <translation>%1（打印为 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/meanings.py" line="34"/>
        <source>The heading of this colour&apos;s group, e.g. 要点 or 存疑</source>
        <translation>这种颜色一组的标题，如“要点”“存疑”</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="25"/>
        <source>The disk is full; nothing was changed.</source>
        <translation>磁盘已满，没有做任何修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="29"/>
        <source>Another Jingdu window or command is writing to this library; try again in a moment.</source>
        <translation>另一个精读窗口或命令正在写入此文库，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="36"/>
        <source>The library cannot be written (it is read-only).</source>
        <translation>文库无法写入（只读）。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="42"/>
        <source>%1: permission denied.</source>
        <translation>%1：没有权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="46"/>
        <source>%1: the file name is too long for this file system.</source>
        <translation>%1：文件名超出此文件系统的长度限制。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="50"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="51"/>
        <source>Nothing to redo.</source>
        <translation>没有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="54"/>
        <source>These highlights were changed in another window since; nothing was undone.</source>
        <translation>这些批注此后已在另一个窗口中修改，未撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="60"/>
        <source>The note is %1 characters long; at most %2.</source>
        <translation>笔记有 %1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="66"/>
        <source>The selection holds only white space.</source>
        <translation>选区中只有空白。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="70"/>
        <source>The selection is empty.</source>
        <translation>选区为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="74"/>
        <source>A tag needs a name.</source>
        <translation>标签需要名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="78"/>
        <source>The tag %1 has an empty level (a leading, trailing or doubled “/”).</source>
        <translation>标签 %1 有空的层级（开头、结尾或连续的“/”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="84"/>
        <source>The tag %1… is %2 characters long; at most %3.</source>
        <translation>标签 %1… 有 %2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="90"/>
        <source>The tag %1 contains control characters.</source>
        <translation>标签 %1 含有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="94"/>
        <source>%1 tags on one highlight; at most %2.</source>
        <translation>一条批注有 %1 个标签，最多 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="98"/>
        <source>The tag %1 exists already; merge the two instead.</source>
        <translation>标签 %1 已存在，请改用合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="104"/>
        <source>%1 cannot be renamed to a tag inside itself (%2).</source>
        <translation>%1 不能改名为它自己下面的标签（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="108"/>
        <source>There is no tag %1.</source>
        <translation>没有标签 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="111"/>
        <source>That highlight no longer exists.</source>
        <translation>这条批注已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="115"/>
        <source>There is no document %1.</source>
        <translation>没有文档 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="119"/>
        <source>No highlight matches this choice: there is nothing to export.</source>
        <translation>没有符合所选条件的批注，没有可导出的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="125"/>
        <source>%1: there is no such font file.</source>
        <translation>%1：没有这个字体文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="154"/>
        <source>new highlight</source>
        <translation>新建批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="155"/>
        <source>new highlights</source>
        <translation>批量高亮</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="156"/>
        <source>edit highlight</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="157"/>
        <source>edit highlights</source>
        <translation>批量编辑批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="158"/>
        <source>delete highlight</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="159"/>
        <source>delete highlights</source>
        <translation>批量删除批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="160"/>
        <source>rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="161"/>
        <source>merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="162"/>
        <source>delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="163"/>
        <source>delete tags</source>
        <translation>删除多个标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/messages.py" line="164"/>
        <source>restore backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="74"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>NoteLinks</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/footnotes.py" line="58"/>
        <source>The text of note %1 is not in this document.</source>
        <translation>本文档中没有注 %1 的正文。</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../desktop/jingdu/ui/app.py" line="134"/>
        <source>Jingdu</source>
        <translation>精读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/app.py" line="135"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Parallels</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/marked.py" line="50"/>
        <source>%1% alike</source>
        <translation>相似 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="139"/>
        <source>“%1” — %2</source>
        <translation>“%1”——%2</translation>
    </message>
</context>
<context>
    <name>ParallelsWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="44"/>
        <source>Where else is this said</source>
        <translation>在文库中查找出处</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="57"/>
        <source>Places that quote the passage</source>
        <translation>引述这段文字的地方</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="67"/>
        <source>This passage</source>
        <translation>本段</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="68"/>
        <source>Elsewhere</source>
        <translation>他处</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="71"/>
        <source>&amp;Open in the reader</source>
        <translation>在阅读区打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="115"/>
        <source>Looking through the library…</source>
        <translation>正在查找文库…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="128"/>
        <source>No other place in the library quotes this passage.</source>
        <translation>文库中没有别处引述这段文字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="132"/>
        <source>Quoted in %n place(s)</source>
        <translation>
            <numerusform>被引述 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="134"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文献</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="174"/>
        <source>This passage: %1</source>
        <translation>本段：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/parallels_window.py" line="177"/>
        <source>Elsewhere: %1</source>
        <translation>他处：%1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/printing.py" line="58"/>
        <location filename="../../desktop/jingdu/ui/reader/printing.py" line="19"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Passage</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Documents</source>
        <translation>篇数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>First</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_model.py" line="52"/>
        <source>Last</source>
        <translation>最晚</translation>
    </message>
</context>
<context>
    <name>QuotesWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="46"/>
        <source>Quotations index</source>
        <translation>引文索引</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="55"/>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="86"/>
        <source>Quoted in at least</source>
        <translation>至少被</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="59"/>
        <source>Words in the passage or a title</source>
        <translation>引文或标题中的词语</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="60"/>
        <source>Filter the passages</source>
        <translation>筛选引文</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="65"/>
        <source>Quoted passages</source>
        <translation>被引述的段落</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="80"/>
        <source>Where it is quoted</source>
        <translation>引用之处</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Document</source>
        <translation>文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="81"/>
        <source>Quoted as</source>
        <translation>引文原样</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="88"/>
        <source>documents</source>
        <translation>篇文献引用</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="109"/>
        <source>Collecting the library&apos;s quotations…</source>
        <translation>正在收集文库中的引文…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="126"/>
        <source>%n passage(s) quoted</source>
        <translation>
            <numerusform>被引段落 %n 段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/study/quotes_window.py" line="128"/>
        <source>%n quotation(s) of them</source>
        <translation>
            <numerusform>引用 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="137"/>
        <source>title taken from the running header</source>
        <translation>标题取自页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="138"/>
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>标题由精读据首句推定</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/render.py" line="160"/>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>ReaderMenu</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="58"/>
        <source>&amp;Highlight</source>
        <translation>标亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="58"/>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="64"/>
        <source>&amp;Note…</source>
        <translation>笔记(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="65"/>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="66"/>
        <source>Copy with &amp;citation</source>
        <translation>连同出处复制(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="71"/>
        <source>&amp;Search the library for this</source>
        <translation>在文库中检索此段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="75"/>
        <source>&amp;Index this term</source>
        <translation>索引此词(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="80"/>
        <source>&amp;Where else is this said</source>
        <translation>在文库中查找出处(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/context_menu.py" line="84"/>
        <source>&amp;Delete the highlight</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../desktop/jingdu/ui/reader/reading.py" line="183"/>
        <source>No documents yet</source>
        <translation>尚无文档</translation>
    </message>
</context>
<context>
    <name>ReadingPage</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="160"/>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="161"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="163"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="167"/>
        <source>Line spacing</source>
        <translation>行距</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="172"/>
        <source> characters</source>
        <translation> 字</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="173"/>
        <source>The widest the column gets; a narrower window shows fewer.</source>
        <translation>版心的最大宽度；窗口较窄时每行字数会少一些。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="174"/>
        <source>Column width</source>
        <translation>版心宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="178"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>RemovedDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="92"/>
        <source>What the cleanup removed</source>
        <translation>清理时移除的内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="104"/>
        <source>%n item(s) removed from “%1”: %2</source>
        <translation>
            <numerusform>《%1》中移除了 %n 处：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="109"/>
        <source>Nothing was removed from “%1”.</source>
        <translation>《%1》没有移除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="112"/>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="118"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="118"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="119"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="120"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="133"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="146"/>
        <source>Jingdu keeps the original file: these lines are left out of the text you read and search, never deleted.</source>
        <translation>精读保留原始文件：这些行只是不出现在阅读和搜索的正文中，并未删除。</translation>
    </message>
</context>
<context>
    <name>RemovedReasons</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="35"/>
        <source>page number (split over two lines)</source>
        <translation>页码（分成两行）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="37"/>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="38"/>
        <source>page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="41"/>
        <source>running head with page number</source>
        <translation>带页码的页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="43"/>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="44"/>
        <source>running head</source>
        <translation>页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="45"/>
        <source>running foot</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="46"/>
        <source>table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="49"/>
        <source>section label printed down the page</source>
        <translation>竖排栏目标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="53"/>
        <source>journal or column name</source>
        <translation>刊名或栏目名</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="55"/>
        <source>empty list item</source>
        <translation>空列表项</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="56"/>
        <source>formatting marks</source>
        <translation>排版标记</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="57"/>
        <source>masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="58"/>
        <source>list of links</source>
        <translation>链接列表</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="61"/>
        <source>page details (date, source, share buttons)</source>
        <translation>网页信息（日期、来源、分享按钮）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="67"/>
        <source>page without text (a scanned image)</source>
        <translation>无文字的页面（扫描图像）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="71"/>
        <source>chapter that could not be read</source>
        <translation>无法读取的章节</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/removed_dialog.py" line="82"/>
        <source>characters the PDF&apos;s font cannot name</source>
        <translation>PDF 字体无法识别的字符</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="44"/>
        <source>Rename document</source>
        <translation>重命名文档</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="46"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="48"/>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="49"/>
        <source>separated by 、 or commas</source>
        <translation>用顿号或逗号分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="51"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/document_actions.py" line="52"/>
        <source>&amp;Authors:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library/restore_offer.py" line="22"/>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library/restore_offer.py" line="29"/>
        <source>Restore the automatic backup made %1? The damaged file is kept beside it.</source>
        <translation>要恢复 %1 的自动备份吗？损坏的文件会保留在旁边。</translation>
    </message>
</context>
<context>
    <name>ScopeBox</name>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="47"/>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="48"/>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="51"/>
        <source>Tags (none checked: any)</source>
        <translation>标签（都不勾选则不限）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="54"/>
        <source>A checked tag takes its sub-tags with it</source>
        <translation>勾选一个标签，也就包括了它的子标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="62"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="63"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="71"/>
        <source>Only highlights with a &amp;note</source>
        <translation>只要写了批注的(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="73"/>
        <source>&amp;Documents</source>
        <translation>文献(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="81"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/export/scope.py" line="85"/>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="61"/>
        <source>The query has nothing to search for.</source>
        <translation>查询中没有要查找的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="64"/>
        <source>A query needs a word to find; “-word” only leaves passages out.</source>
        <translation>查询至少需要一个要查找的词；“-词”只用于排除段落。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="67"/>
        <source>The query is %1 characters long; at most %2 are searched.</source>
        <translation>查询长 %1 个字符，最多只检索 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="70"/>
        <source>The query has %1 terms; at most %2 are searched.</source>
        <translation>查询含 %1 个检索词，最多只检索 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="196"/>
        <source>Search the library (Ctrl+K)</source>
        <translation>搜索文库（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="198"/>
        <source>Search the library</source>
        <translation>检索文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="201"/>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="202"/>
        <source>How to write a query</source>
        <translation>检索式写法</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="206"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="207"/>
        <source>Every occurrence of the query, one line each</source>
        <translation>列出检索式在文库中的每一处出现，每处一行</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="208"/>
        <source>Concordance of the query</source>
        <translation>检索式的词语索引</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="215"/>
        <source>Search without the spaces</source>
        <translation>去掉空格再检索</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="225"/>
        <source>Search results</source>
        <translation>检索结果</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="252"/>
        <source>Words separated by spaces must all occur: 新质生产力 创新
&quot;quoted text&quot; is found exactly, spaces included
OR finds either word: 数字经济 OR 实体经济
-word leaves out passages with it: 创新 -传统
One character is a search term too.
Width, letter case and traditional/simplified forms do not matter.</source>
        <translation>空格分开的词须同时出现：新质生产力 创新
&quot;引号内的文字&quot; 按原样查找，含空格
OR 表示任一：数字经济 OR 实体经济
-词 排除含该词的段落：创新 -传统
单个字也可作检索词。
不区分全角半角、大小写与繁简体。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="297"/>
        <source>No passage contains this.</source>
        <translation>没有段落包含此内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="300"/>
        <source>%1 passages in %3 documents; the best %2 shown</source>
        <translation>%3 篇文献中共 %1 段；显示最相关的 %2 段</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="305"/>
        <source>%1 passages in %3 documents</source>
        <translation>%3 篇文献中共 %1 段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="307"/>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="329"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="320"/>
        <source>No passage contains %1; spaces inside a phrase are matched too.</source>
        <translation>没有段落包含%1；短语中的空格也逐字匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="325"/>
        <source>Without the spaces, %1 is not found either.</source>
        <translation>去掉空格后，%1 也找不到。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/search/panel.py" line="333"/>
        <source>Without the spaces: %1, %n passage(s)</source>
        <translation>
            <numerusform>去掉空格：%1，%n 段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/model.py" line="140"/>
        <source>Your annotations</source>
        <translation>我的批注</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/model.py" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Searching</name>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="69"/>
        <source>Search: preparing…</source>
        <translation>搜索：准备中…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="88"/>
        <source>Search: ready, building the index…</source>
        <translation>搜索：可用，正在建立索引…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="94"/>
        <source>Search: ready</source>
        <translation>搜索：就绪</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="103"/>
        <source>Search: unavailable</source>
        <translation>搜索：不可用</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="113"/>
        <source>Search: ready, building the index… %1%</source>
        <translation>搜索：可用，正在建立索引… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="115"/>
        <source>Building the search index… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/search/searching.py" line="143"/>
        <source>Search is starting…</source>
        <translation>搜索正在启动…</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="39"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="39"/>
        <source>Tags (T)</source>
        <translation>标签（T）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="40"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="40"/>
        <source>Note (N)</source>
        <translation>笔记（N）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="42"/>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="42"/>
        <source>Copy with citation (Ctrl+Shift+C)</source>
        <translation>带出处复制（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/selection_bar.py" line="45"/>
        <source>Delete the highlight (Del)</source>
        <translation>删除批注（Del）</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="117"/>
        <source>Something went wrong (%1). Nothing you saved is lost; the details are in jingdu.log in the data folder.

%2</source>
        <translation>出错了（%1）。已保存的内容都没有丢失；详细信息记在数据文件夹的 jingdu.log 中。

%2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="142"/>
        <source>The disk is full: the change was not saved.</source>
        <translation>磁盘已满：这次修改没有保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="166"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="166"/>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/session.py" line="205"/>
        <source>The library was changed by another program.</source>
        <translation>文库已被另一个程序修改。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="219"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="256"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="264"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/common/dialogs.py" line="264"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="18"/>
        <source>Side panel</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="23"/>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="30"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="31"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/side_panel.py" line="32"/>
        <source>This document</source>
        <translation>本文批注</translation>
    </message>
</context>
<context>
    <name>StatusParts</name>
    <message>
        <location filename="../../desktop/jingdu/ui/common/status.py" line="25"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="48"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="51"/>
        <source>政策/科技，重点 — commas between tags, / for levels</source>
        <translation>政策/科技，重点 — 标签间用逗号，/ 表示层级</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/annotation_dialogs.py" line="62"/>
        <source>Tags of this highlight (new ones are created):</source>
        <translation>此批注的标签（新标签会自动创建）：</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="41"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="45"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="45"/>
        <source>Annotations</source>
        <translation>批注数</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="49"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="50"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="51"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="52"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="60"/>
        <source>A tag with / has levels: renaming 政策 renames 政策/科技 too.</source>
        <translation>含 / 的标签有层级：重命名“政策”也会重命名“政策/科技”。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="100"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="100"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="115"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="116"/>
        <source>Merge the selected tags into:</source>
        <translation>将所选标签合并为：</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="135"/>
        <source>Delete tags</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/notes/tag_manager.py" line="137"/>
        <source>Remove %n tag(s) from every annotation? The highlights stay.</source>
        <translation>
            <numerusform>从所有批注中移除这 %n 个标签？批注本身保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereSaid</name>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="40"/>
        <source>Select a passage first: there is nothing to look up.</source>
        <translation>请先选择一段文字：没有可查找的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="43"/>
        <source>%1–%2 is not a passage of this document (it has %3 characters).</source>
        <translation>%1–%2 不是本文献中的一段文字（全文共 %3 字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="46"/>
        <source>The passage has %1 characters; at most %2 are looked up.</source>
        <translation>所选文字有 %1 字；最多可查找 %2 字。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="49"/>
        <source>The passage has %1 characters to match; at least %2 are needed.</source>
        <translation>所选文字只有 %1 个可比对的字；至少需要 %2 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="279"/>
        <source>&amp;Where else is this said</source>
        <translation>在文库中查找出处(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/study/where_said.py" line="282"/>
        <source>&amp;Quotations index…</source>
        <translation>引文索引(&amp;Q)…</translation>
    </message>
</context>
</TS>
