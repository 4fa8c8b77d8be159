<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="101" />
        <source>Compilation: %1</source>
        <translation>汇编：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="105" />
        <source>%1 pieces</source>
        <translation>%1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="109" />
        <source>A compilation split into %1 pieces</source>
        <translation>汇编，已拆分为 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="123" />
        <source>%1 characters · %2</source>
        <translation>%1 字 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="136" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="44" />
        <source>Jingdu — close reading</source>
        <translation>精读 — 细读文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="71" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="85" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="89" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="91" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="110" />
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="126" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文献</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="128" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="153" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="157" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="149" />
        <source>The library could not be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="160" />
        <source>Restore the automatic backup made %1? The damaged file is kept beside it.</source>
        <translation>要恢复 %1 的自动备份吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="193" />
        <source>%1 — Jingdu</source>
        <translation>%1 — 精读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="195" />
        <source>%1 · %2 characters</source>
        <translation>%1 · %2 字</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="127" />
        <source>title taken from the running header</source>
        <translation>标题取自页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="128" />
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>标题由精读据首句推定</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="150" />
        <source>Notes</source>
        <translation>注释</translation>
    </message>
</context>
</TS>