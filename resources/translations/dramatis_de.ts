<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <location filename="../../ui/commands/addannotationcommand.cpp" line="16"/>
        <source>Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/addannotationcommand.cpp" line="18"/>
        <source>Add note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleTagCommand</name>
    <message>
        <location filename="../../ui/commands/articletagcommand.cpp" line="16"/>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands/articletagcommand.cpp" line="17"/>
        <source>Remove tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConllEval</name>
    <message>
        <location filename="../../model/conlleval.cpp" line="66"/>
        <source>line %1: %2 columns where the first line had %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/conlleval.cpp" line="77"/>
        <source>line %1: expected a gold and a predicted tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <location filename="../../ui/commands/editannotationcommand.cpp" line="17"/>
        <source>Edit note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LexiconRule</name>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="18"/>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="21"/>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="23"/>
        <source>a company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="25"/>
        <source>a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="27"/>
        <source>another named thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="52"/>
        <source>“%1” is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="54"/>
        <source>“%1” is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="56"/>
        <source>“%1” and “%2” are one entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="58"/>
        <source>“%1” is not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexicon.cpp" line="60"/>
        <source>“%1” is called “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../../ui/commands/removeannotationcommand.cpp" line="15"/>
        <source>Delete note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveLexiconRuleCommand</name>
    <message>
        <location filename="../../ui/commands/removelexiconrulecommand.cpp" line="12"/>
        <source>Forget: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/conllcommand.cpp" line="20"/>
        <location filename="../../app/cli/conllcommand.cpp" line="34"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis</name>
    <message>
        <location filename="../../model/entitytype.cpp" line="30"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="31"/>
        <source>Companies and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="32"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="33"/>
        <location filename="../../model/entitytype.cpp" line="44"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="41"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="42"/>
        <source>Company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitytype.cpp" line="43"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="28"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="29"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="31"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="39"/>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/articleopener.cpp" line="27"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/articleopener.cpp" line="28"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/articleopener.cpp" line="29"/>
        <source>Tagging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/articleopener.cpp" line="30"/>
        <source>Grouping the entities of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/articleopener.cpp" line="31"/>
        <source>Laying out %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::AnalystLexiconModel</name>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="56"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="56"/>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="60"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="74"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="76"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="78"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/analystlexiconmodel.cpp" line="80"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::AnnotationStore</name>
    <message>
        <location filename="../../model/annotationstore.cpp" line="173"/>
        <source>The notes database %1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="175"/>
        <source>Cannot create the folder of the notes database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="190"/>
        <source>The notes database %1 was written by a newer Dramatis (schema %2; this one reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="209"/>
        <source>The notes database %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="243"/>
        <source>Cannot update the notes database %1 from schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="270"/>
        <source>Cannot back up the notes database %1 before updating it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="285"/>
        <source>Cannot save %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="297"/>
        <source>The notes database %1 is locked by another program (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="299"/>
        <source>The notes database %1 is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="302"/>
        <source>The notes database %1 is damaged or not a database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="304"/>
        <source>Cannot open the notes database %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="306"/>
        <source>The notes database %1 cannot be used (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="349"/>
        <location filename="../../model/annotationstore.cpp" line="359"/>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="455"/>
        <location filename="../../model/annotationstore.cpp" line="494"/>
        <location filename="../../model/annotationstore.cpp" line="510"/>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="538"/>
        <location filename="../../model/annotationstore.cpp" line="551"/>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="580"/>
        <location filename="../../model/annotationstore.cpp" line="596"/>
        <source>the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/annotationstore.cpp" line="662"/>
        <location filename="../../model/annotationstore.cpp" line="697"/>
        <source>the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::ArticleDocument</name>
    <message>
        <location filename="../../ui/articledocument.cpp" line="31"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::ArticleLoader</name>
    <message>
        <location filename="../../model/articleloader.cpp" line="274"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="276"/>
        <source>%1: is a folder, not an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="278"/>
        <source>%1: is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="281"/>
        <source>%1: too large to open (%2 MB; the limit is %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="288"/>
        <location filename="../../model/articleloader.cpp" line="294"/>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="304"/>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="307"/>
        <source>%1: looks like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="310"/>
        <source>%1: the text cannot be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="312"/>
        <source>%1: looks like binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="315"/>
        <source>%1: looks like an HTML page; HTML is not supported yet (save the page as text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="319"/>
        <source>%1: the file holds only blank space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/articleloader.cpp" line="348"/>
        <source>%1: the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::ArticleView</name>
    <message>
        <location filename="../../ui/articleview.cpp" line="213"/>
        <source>Drop article files here, or press %1 to open one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::ConllCorpus</name>
    <message>
        <location filename="../../model/conllcorpus.cpp" line="54"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/conllcorpus.cpp" line="103"/>
        <source>%1:%2: expected a word and a tag, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/conllcorpus.cpp" line="112"/>
        <source>%1:%2: &apos;%3&apos; is not a tag (O, B-TYPE or I-TYPE with TYPE PER, ORG, LOC or MISC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::EntityModel</name>
    <message>
        <location filename="../../model/entitymodel.cpp" line="54"/>
        <source>part of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="119"/>
        <source>1 entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="120"/>
        <source>%1 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="140"/>
        <source>Ambiguous: this name fits several people, so it joined none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="144"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="148"/>
        <source>1 mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/entitymodel.cpp" line="149"/>
        <source>%1 mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::FindBar</name>
    <message>
        <location filename="../../ui/findbar.cpp" line="21"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="28"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="32"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="34"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="89"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/findbar.cpp" line="94"/>
        <source>Wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="63"/>
        <location filename="../../ui/mainwindow.cpp" line="680"/>
        <source>Dramatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="91"/>
        <source>Opening cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="146"/>
        <source>Filter people and companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="218"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="219"/>
        <source>Stop opening (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="236"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="240"/>
        <source>Open article files (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="241"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Close Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="246"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="250"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="261"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="264"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="266"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="275"/>
        <source>Show or hide %1 in the text and the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="284"/>
        <source>Open &amp;Articles List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="289"/>
        <source>E&amp;ntities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="290"/>
        <source>&amp;Next Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="292"/>
        <source>&amp;Previous Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="295"/>
        <source>&amp;Filter Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="300"/>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="309"/>
        <source>Cancel Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="318"/>
        <source>&amp;About Dramatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="320"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="322"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="330"/>
        <source>Highlight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="413"/>
        <source>No recent articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="417"/>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="427"/>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="427"/>
        <source>Articles (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="440"/>
        <source>%1: not an article Dramatis can open (it reads .txt and .md files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="486"/>
        <source>%1: only files on this computer can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="489"/>
        <source>Drop article files (.txt or .md) here to open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="515"/>
        <source>Tagged in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="516"/>
        <source>Opened in %1 ms (loading, tagging and layout), tagger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="648"/>
        <source>Drop article files here or press Ctrl+O to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="657"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="657"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="658"/>
        <source>1 company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="658"/>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="659"/>
        <source>1 place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="659"/>
        <source>%1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="661"/>
        <source>1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="661"/>
        <source>%1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="667"/>
        <source>· Click a name to find its mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="671"/>
        <source>· %1: mention %2 of %3 (F3 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="683"/>
        <source>%1 — Dramatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="688"/>
        <source>About Dramatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="689"/>
        <source>&lt;h3&gt;Dramatis %1&lt;/h3&gt;&lt;p&gt;Who&apos;s who in every article: a reader that highlights the people, companies and places an article names, and lists them beside it.&lt;/p&gt;&lt;p&gt;Tagger: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::MessageBanner</name>
    <message>
        <location filename="../../ui/messagebanner.cpp" line="29"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::OpenArticlesModel</name>
    <message>
        <location filename="../../model/openarticlesmodel.cpp" line="96"/>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/openarticlesmodel.cpp" line="108"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/openarticlesmodel.cpp" line="109"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::Summary</name>
    <message>
        <location filename="../../model/summary.cpp" line="120"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dramatis::SummaryWriter</name>
    <message numerus="yes">
        <location filename="../../model/summarywriter.cpp" line="81"/>
        <location filename="../../model/summarywriter.cpp" line="151"/>
        <source>Briefing: %n articles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="101"/>
        <location filename="../../model/summarywriter.cpp" line="104"/>
        <location filename="../../model/summarywriter.cpp" line="106"/>
        <location filename="../../model/summarywriter.cpp" line="202"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="101"/>
        <location filename="../../model/summarywriter.cpp" line="204"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="101"/>
        <location filename="../../model/summarywriter.cpp" line="206"/>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="101"/>
        <location filename="../../model/summarywriter.cpp" line="104"/>
        <location filename="../../model/summarywriter.cpp" line="106"/>
        <location filename="../../model/summarywriter.cpp" line="207"/>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="104"/>
        <location filename="../../model/summarywriter.cpp" line="206"/>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="121"/>
        <location filename="../../model/summarywriter.cpp" line="215"/>
        <source>Key sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="123"/>
        <location filename="../../model/summarywriter.cpp" line="133"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="129"/>
        <location filename="../../model/summarywriter.cpp" line="220"/>
        <source>Notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../model/summarywriter.cpp" line="142"/>
        <location filename="../../model/summarywriter.cpp" line="230"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="83"/>
        <source>Read articles with their people and companies highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="86"/>
        <source>Use a dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="89"/>
        <source>Tag with the names in FILE (TYPE&lt;tab&gt;name lines) instead of the built-in model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="93"/>
        <source>Article files to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="103"/>
        <source>%1: cannot read the lexicon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
