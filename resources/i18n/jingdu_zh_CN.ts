<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="102" />
        <source>Compilation: %1</source>
        <translation>汇编：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="104" />
        <source>%1 pieces</source>
        <translation>%1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="106" />
        <source>A compilation split into %1 pieces</source>
        <translation>汇编，已拆分为 %1 篇</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="117" />
        <source>%1 characters · %2</source>
        <translation>%1 字 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/library_model.py" line="125" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="42" />
        <source>Jingdu — close reading</source>
        <translation>精读 — 细读文献</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="69" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="83" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="87" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="89" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="106" />
        <source>Opening the library…</source>
        <translation>正在打开文库…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/jingdu/ui/main_window.py" line="122" />
        <source>%n document(s)</source>
        <translation>
            <numerusform>共 %n 篇文献</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="124" />
        <location filename="../../desktop/jingdu/ui/main_window.py" line="146" />
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="145" />
        <source>The library could not be opened.</source>
        <translation>无法打开文库。</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="169" />
        <source>%1 — Jingdu</source>
        <translation>%1 — 精读</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/main_window.py" line="171" />
        <source>%1 · %2 characters</source>
        <translation>%1 · %2 字</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="107" />
        <source>title taken from the running header</source>
        <translation>标题取自页眉</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="108" />
        <source>title inferred by Jingdu from the opening sentence</source>
        <translation>标题由精读据首句推定</translation>
    </message>
    <message>
        <location filename="../../desktop/jingdu/ui/render.py" line="121" />
        <source>Notes</source>
        <translation>注释</translation>
    </message>
</context>
</TS>