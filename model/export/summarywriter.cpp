#include "export/summarywriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dramatis::SummaryWriter", s, disambiguation, n);
}

// A watchlist hit's standing: what the analyst made of it, or how sure the match is.
QString watchlistStatus(const Summary::WatchlistRow &w)
{
    if (w.confirmed)
        return tr("confirmed");
    return w.possible ? tr("possible") : tr("match");
}

QString metadataLine(const Summary &s, bool markdown)
{
    const Article &a = s.article;
    QStringList parts;
    auto add = [&](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        parts.append(markdown ? u"**"_s + label + u":** "_s + SummaryWriter::escapeMarkdown(value)
                              : u"<b>"_s + label.toHtmlEscaped() + u":</b> "_s + value.toHtmlEscaped());
    };
    add(tr("Source"), a.source);
    add(tr("Author"), a.author);
    add(tr("Date"), a.date.isValid() ? a.date.toString(Qt::ISODate) : QString());
    add(tr("File"), a.filePath);
    return parts.join(markdown ? u" · "_s : u" &middot; "_s);
}

QString titleOf(const Summary &s)
{
    if (!s.article.title.isEmpty())
        return s.article.title;
    return s.article.filePath.isEmpty() ? tr("Untitled article") : s.article.filePath.section(u'/', -1);
}

QString typeClass(EntityType t)
{
    return entityTypeCode(t).toLower();
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u'"', u"\"\""_s);
    return u'"' + q + u'"';
}

} // namespace

QString SummaryWriter::escapeMarkdown(const QString &text, MarkdownPlace place)
{
    // Characters that could start markup inline or in a table cell; line breaks become spaces so a value
    // cannot open a block of its own. A "+" is markup only as a list marker, so the "+" of a phone number
    // in E.164 stays as it is unless the text opens a line.
    static const QString special = QStringLiteral("\\`*_{}[]<>()#!|~&");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = place == MarkdownPlace::LineStart;
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (special.contains(c) || (lineStart && c == u'+'))
            out += u'\\';
        out += c;
        lineStart = lineStart && c.isSpace();
    }
    return out;
}

QString SummaryWriter::markdown(const QList<Summary> &summaries)
{
    QString md;
    if (summaries.size() > 1)
        md += u"# "_s + tr("Briefing: %n articles", nullptr, int(summaries.size())) + u"\n\n"_s;
    const QString heading = summaries.size() > 1 ? u"## "_s : u"# "_s;
    const QString sub = summaries.size() > 1 ? u"### "_s : u"## "_s;
    for (const Summary &s : summaries) {
        md += heading + escapeMarkdown(titleOf(s)) + u"\n\n"_s;
        if (const QString meta = metadataLine(s, true); !meta.isEmpty())
            md += meta + u"\n\n"_s;
        // First: a name on a watchlist is what the reader must not miss.
        if (!s.watchlist.isEmpty()) {
            md += sub + tr("Watchlist hits") + u"\n\n| "_s + tr("Name") + u" | "_s + tr("List") + u" | "_s
                + tr("Entry") + u" | "_s + tr("Why") + u" | "_s + tr("Status")
                + u" |\n|---|---|---|---|---|\n"_s;
            for (const auto &w : s.watchlist) {
                QString entry = escapeMarkdown(w.entry);
                if (!w.note.isEmpty())
                    entry += u" — "_s + escapeMarkdown(w.note);
                md += u"| "_s + escapeMarkdown(w.name) + u" | "_s + escapeMarkdown(w.list) + u" | "_s + entry
                    + u" | "_s + escapeMarkdown(w.reason) + u" | "_s + watchlistStatus(w) + u" |\n"_s;
            }
            md += u'\n';
        }
        for (EntityType type : AllEntityTypes) {
            QList<const Summary::EntityRow *> rows;
            for (const auto &e : s.entities) {
                if (e.type == type)
                    rows.append(&e);
            }
            if (rows.isEmpty())
                continue;
            md += sub + entityTypeGroupName(type) + u"\n\n"_s;
            // People get a role column; companies a "part of" column only when the text names a parent.
            const bool people = type == EntityType::Person;
            const bool parents = std::any_of(rows.cbegin(), rows.cend(), [](const auto *e) { return !e->affiliation.isEmpty(); });
            if (people)
                md += u"| "_s + tr("Name") + u" | "_s + tr("Role") + u" | "_s + tr("Affiliation") + u" | "_s + tr("Mentions")
                    + u" |\n|---|---|---|--:|\n"_s;
            else if (parents)
                md += u"| "_s + tr("Name") + u" | "_s + tr("Part of") + u" | "_s + tr("Mentions") + u" |\n|---|---|--:|\n"_s;
            else
                md += u"| "_s + tr("Name") + u" | "_s + tr("Mentions") + u" |\n|---|--:|\n"_s;
            for (const auto *e : std::as_const(rows)) {
                QString name = escapeMarkdown(e->name);
                if (!e->aliases.isEmpty())
                    name += u" ("_s + escapeMarkdown(e->aliases.join(u", "_s)) + u')';
                md += u"| "_s + name + u" | "_s;
                if (people)
                    md += escapeMarkdown(e->role) + u" | "_s;
                if (people || parents)
                    md += escapeMarkdown(e->affiliation) + u" | "_s;
                md += QString::number(e->mentions) + u" |\n"_s;
            }
            md += u'\n';
        }
        if (!s.identifiers.isEmpty()) {
            md += sub + tr("Contacts and identifiers") + u"\n\n| "_s + tr("Kind") + u" | "_s + tr("As written")
                + u" | "_s + tr("Normalised") + u" | "_s + tr("Mentions") + u" |\n|---|---|---|--:|\n"_s;
            for (const auto &id : s.identifiers) {
                QString written = escapeMarkdown(id.text);
                if (id.start >= 0)
                    written = u'[' + written + u"]("_s + s.link(id.start, id.end) + u')';
                md += u"| "_s + identifierKindName(id.kind) + u" | "_s + written + u" | "_s
                    + escapeMarkdown(id.normalized) + u" | "_s + QString::number(id.mentions) + u" |\n"_s;
            }
            md += u'\n';
        }
        if (!s.keySentences.isEmpty()) {
            md += sub + tr("Key sentences") + u"\n\n"_s;
            for (const auto &p : s.keySentences) {
                md += u"> "_s + escapeMarkdown(p.text, MarkdownPlace::LineStart) + u"\n>\n> — ["_s + tr("open")
                    + u"]("_s + s.link(p.start, p.end) + u") `"_s + QString(s.article.filePath).replace(u'`', u'\'') + u':' + QString::number(p.start) + u'-'
                    + QString::number(p.end) + u"`\n\n"_s;
            }
        }
        if (!s.annotations.isEmpty()) {
            md += sub + tr("Notes and highlights") + u"\n\n"_s;
            for (const auto &p : s.annotations) {
                md += u"- "_s + (p.category.isEmpty() ? QString() : u"**"_s + escapeMarkdown(p.category) + u"** "_s)
                    + u"“"_s + escapeMarkdown(p.text) + u"”"_s
                    + (p.note.isEmpty() ? QString() : u" — "_s + escapeMarkdown(p.note)) + u" ([" + tr("open")
                    + u"](" + s.link(p.start, p.end) + u"))\n"_s;
            }
            md += u'\n';
        }
        if (!s.tags.isEmpty()) {
            QStringList tags;
            for (const QString &t : s.tags)
                tags.append(u'#' + escapeMarkdown(QString(t).replace(u' ', u'-')));
            md += tr("Tags:") + u' ' + tags.join(u' ') + u"\n\n"_s;
        }
    }
    return md.trimmed() + u'\n';
}

QString SummaryWriter::html(const QList<Summary> &summaries)
{
    const QString docTitle = summaries.size() == 1 ? titleOf(summaries.front())
                                                   : tr("Briefing: %n articles", nullptr, int(summaries.size()));
    const bool hasIdentifiers = std::any_of(
        summaries.cbegin(), summaries.cend(), [](const Summary &s) { return !s.identifiers.isEmpty(); });
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s
         // Nothing in the file may run or fetch anything: no script, no remote image, style, font or frame.
         u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"_s
         u"<title>"_s
        + docTitle.toHtmlEscaped()
        + u"</title>\n<style>\n"_s
          u"body{font-family:Georgia,'DejaVu Serif',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1d1d1f;line-height:1.5}\n"_s
          u"h1,h2,h3{font-family:'Helvetica Neue',Arial,sans-serif;line-height:1.2}\n"_s
          u".meta{color:#555;font-size:.92em}\n"_s
          u"table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}\n"_s
          u"th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #ddd;vertical-align:top}\n"_s
          u"td.n{text-align:right}\n"_s
          u".per{background:#e6e1fb}.org{background:#d7f3f0}.loc{background:#fdeccb}.misc{background:#e9e9e9}\n"_s
          u".name{border-radius:3px;padding:0 .25em}\n"_s
        + (hasIdentifiers ? u".identifier{border-bottom:1px dotted #777}\n"_s : QString())
        + u"blockquote{margin:.8em 0;padding:.2em 1em;border-left:3px solid #6a5acd;background:#faf9f6}\n"_s
          u".ref{font-family:monospace;font-size:.85em;color:#666}\n"_s
          u".category{font-weight:bold;color:#8a6d00}\n"_s
          u"@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}.ref a::after{content:''}"_s
          u"h1,h2,h3{page-break-after:avoid}tr,blockquote{page-break-inside:avoid}}\n"_s
          u"@media (prefers-color-scheme:dark){body{background:#1e1e20;color:#e8e8e8}.meta,.ref{color:#aaa}"_s
          u".per{background:#4b3f8a}.org{background:#1f5f5a}.loc{background:#6b5020}.misc{background:#4a4a4a}"_s
          u"blockquote{background:#2a2a2e}}\n"_s
          u"</style>\n</head>\n<body>\n"_s;
    if (summaries.size() > 1)
        h += u"<h1>"_s + docTitle.toHtmlEscaped() + u"</h1>\n"_s;
    const QString hTitle = summaries.size() > 1 ? u"h2"_s : u"h1"_s;
    const QString hSub = summaries.size() > 1 ? u"h3"_s : u"h2"_s;
    for (const Summary &s : summaries) {
        h += u"<article>\n<"_s + hTitle + u'>' + titleOf(s).toHtmlEscaped() + u"</"_s + hTitle + u">\n"_s;
        if (const QString meta = metadataLine(s, false); !meta.isEmpty())
            h += u"<p class=\"meta\">"_s + meta + u"</p>\n"_s;
        if (!s.watchlist.isEmpty()) {
            h += u'<' + hSub + u'>' + tr("Watchlist hits").toHtmlEscaped() + u"</"_s + hSub + u">\n"_s;
            h += u"<table>\n<tr><th>"_s + tr("Name") + u"</th><th>"_s + tr("List") + u"</th><th>"_s
                + tr("Entry") + u"</th><th>"_s + tr("Why") + u"</th><th>"_s + tr("Status")
                + u"</th></tr>\n"_s;
            for (const auto &w : s.watchlist) {
                h += u"<tr><td><span class=\"name "_s + typeClass(w.type) + u"\">"_s + w.name.toHtmlEscaped()
                    + u"</span></td><td>"_s + w.list.toHtmlEscaped() + u"</td><td>"_s
                    + w.entry.toHtmlEscaped()
                    + (w.note.isEmpty() ? QString()
                                        : u" <small>— "_s + w.note.toHtmlEscaped() + u"</small>"_s)
                    + u"</td><td>"_s + w.reason.toHtmlEscaped() + u"</td><td>"_s
                    + watchlistStatus(w).toHtmlEscaped() + u"</td></tr>\n"_s;
            }
            h += u"</table>\n"_s;
        }
        for (EntityType type : AllEntityTypes) {
            const bool people = type == EntityType::Person;
            bool parents = false;
            for (const auto &e : s.entities)
                parents = parents || (e.type == type && !e.affiliation.isEmpty());
            QString rows;
            for (const auto &e : s.entities) {
                if (e.type != type)
                    continue;
                rows += u"<tr><td><span class=\"name "_s + typeClass(type) + u"\">"_s + e.name.toHtmlEscaped() + u"</span>"_s;
                if (!e.aliases.isEmpty())
                    rows += u" <small>("_s + e.aliases.join(u", "_s).toHtmlEscaped() + u")</small>"_s;
                rows += u"</td>"_s;
                if (people)
                    rows += u"<td>"_s + e.role.toHtmlEscaped() + u"</td>"_s;
                if (people || parents)
                    rows += u"<td>"_s + e.affiliation.toHtmlEscaped() + u"</td>"_s;
                rows += u"<td class=\"n\">"_s + QString::number(e.mentions) + u"</td></tr>\n"_s;
            }
            if (rows.isEmpty())
                continue;
            h += u'<' + hSub + u'>' + entityTypeGroupName(type).toHtmlEscaped() + u"</"_s + hSub + u">\n"_s;
            h += u"<table>\n<tr><th>"_s + tr("Name") + u"</th>"_s;
            if (people)
                h += u"<th>"_s + tr("Role") + u"</th>"_s;
            if (people || parents)
                h += u"<th>"_s + (people ? tr("Affiliation") : tr("Part of")) + u"</th>"_s;
            h += u"<th>"_s + tr("Mentions") + u"</th></tr>\n"_s + rows + u"</table>\n"_s;
        }
        auto passage = [&](const Summary::Passage &p) -> QString {
            return u"<span class=\"ref\"><a href=\""_s + s.link(p.start, p.end).toHtmlEscaped() + u"\">"_s
                + QString(s.article.filePath + u':' + QString::number(p.start) + u'-' + QString::number(p.end)).toHtmlEscaped()
                + u"</a></span>"_s;
        };
        if (!s.identifiers.isEmpty()) {
            h += u'<' + hSub + u'>' + tr("Contacts and identifiers").toHtmlEscaped() + u"</"_s + hSub + u">\n"_s;
            h += u"<table>\n<tr><th>"_s + tr("Kind") + u"</th><th>"_s + tr("As written") + u"</th><th>"_s
                + tr("Normalised") + u"</th><th>"_s + tr("Mentions") + u"</th></tr>\n"_s;
            for (const auto &id : s.identifiers) {
                QString written = u"<span class=\"identifier\">"_s + id.text.toHtmlEscaped() + u"</span>"_s;
                if (id.start >= 0)
                    written = u"<a href=\""_s + s.link(id.start, id.end).toHtmlEscaped() + u"\">"_s + written + u"</a>"_s;
                h += u"<tr><td>"_s + identifierKindName(id.kind).toHtmlEscaped() + u"</td><td>"_s + written
                    + u"</td><td>"_s + id.normalized.toHtmlEscaped() + u"</td><td class=\"n\">"_s
                    + QString::number(id.mentions) + u"</td></tr>\n"_s;
            }
            h += u"</table>\n"_s;
        }
        if (!s.keySentences.isEmpty()) {
            h += u'<' + hSub + u'>' + tr("Key sentences").toHtmlEscaped() + u"</"_s + hSub + u">\n"_s;
            for (const auto &p : s.keySentences)
                h += u"<blockquote><p>"_s + p.text.toHtmlEscaped() + u"</p>"_s + passage(p) + u"</blockquote>\n"_s;
        }
        if (!s.annotations.isEmpty()) {
            h += u'<' + hSub + u'>' + tr("Notes and highlights").toHtmlEscaped() + u"</"_s + hSub + u">\n<ul>\n"_s;
            for (const auto &p : s.annotations) {
                h += u"<li>"_s
                    + (p.category.isEmpty() ? QString() : u"<span class=\"category\">"_s + p.category.toHtmlEscaped() + u"</span> "_s)
                    + u"“"_s + p.text.toHtmlEscaped() + u"”"_s
                    + (p.note.isEmpty() ? QString() : u" — "_s + p.note.toHtmlEscaped()) + u' ' + passage(p) + u"</li>\n"_s;
            }
            h += u"</ul>\n"_s;
        }
        if (!s.tags.isEmpty())
            h += u"<p class=\"meta\">"_s + tr("Tags:").toHtmlEscaped() + u' ' + s.tags.join(u", "_s).toHtmlEscaped() + u"</p>\n"_s;
        h += u"</article>\n"_s;
    }
    h += u"</body>\n</html>\n"_s;
    return h;
}

QString SummaryWriter::csv(const QList<Summary> &summaries)
{
    // A last column for the watchlists only when something is on one, so that files without hits keep the
    // columns they always had. An entity's hits: "List: entry (reason, status)", separated by "; ".
    const bool watchlist = std::any_of(
        summaries.cbegin(), summaries.cend(), [](const Summary &s) { return !s.watchlist.isEmpty(); });
    QString out = u"file,name,type,aliases,role,affiliation,mentions,salience"_s
        + (watchlist ? u",watchlist\r\n"_s : u"\r\n"_s);
    for (const Summary &s : summaries) {
        for (const auto &e : s.entities) {
            out += csvField(s.article.filePath) + u',' + csvField(e.name) + u',' + entityTypeCode(e.type)
                + u',' + csvField(e.aliases.join(u"; "_s)) + u',' + csvField(e.role) + u','
                + csvField(e.affiliation) + u',' + QString::number(e.mentions) + u','
                + QString::number(e.salience, 'f', 3);
            if (watchlist) {
                QStringList hits;
                for (const auto &w : s.watchlist) {
                    if (w.name == e.name && w.type == e.type)
                        hits.append(w.list + u": "_s + w.entry + u" ("_s + w.reason + u", "_s
                            + watchlistStatus(w) + u')');
                }
                out += u',' + csvField(hits.join(u"; "_s));
            }
            out += u"\r\n"_s;
        }
        // Identifiers share the columns: their kind in lower case as the type, the normalised form as the
        // name and the form as written as its alias; they have no role, affiliation or salience.
        for (const auto &id : s.identifiers) {
            out += csvField(s.article.filePath) + u',' + csvField(id.normalized) + u','
                + identifierKindCode(id.kind) + u','
                + csvField(id.text == id.normalized ? QString() : id.text) + u",,,"_s
                + QString::number(id.mentions) + (watchlist ? u",,\r\n"_s : u",\r\n"_s);
        }
    }
    return out;
}

} // namespace dramatis
