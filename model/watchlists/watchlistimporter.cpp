#include "watchlists/watchlistimporter.h"

#include "watchlists/watchlistmatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace dramatis {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("dramatis::WatchlistImporter", s);
}

QString lineError(int line, const QString &message)
{
    return tr("line %1: %2").arg(line).arg(message);
}

// The file's lines, decoded as UTF-8 (a byte-order mark is dropped); false with the first line that is
// not UTF-8 in `badLine`.
bool splitLines(const QByteArray &data, QStringList *lines, int *badLine)
{
    QByteArrayView rest(data);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int number = 0;
    while (!rest.isEmpty()) {
        qsizetype end = rest.indexOf('\n');
        QByteArrayView line = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(line);
        if (utf8.hasError() || text.contains(QChar(0))) {
            *badLine = number;
            return false;
        }
        lines->append(std::move(text));
    }
    return true;
}

// One CSV record from `lines` starting at `*line` (a quoted field may span lines); advances `*line`.
// False when a quote is never closed.
bool readRecord(const QStringList &lines, qsizetype *line, QChar separator, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    QString text = lines.at(*line);
    for (qsizetype i = 0;; ++i) {
        if (i == text.size()) {
            if (!quoted)
                break;
            if (++*line >= lines.size())
                return false;
            field += u'\n';
            text = lines.at(*line);
            i = -1;
            continue;
        }
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            quoted = wasQuoted = true;
        } else if (c == separator) {
            fields->append(field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields->append(field.trimmed());
    ++*line;
    return true;
}

QStringList splitAliases(const QString &field)
{
    QStringList aliases;
    for (const QString &a : field.split(QRegularExpression(u"[;|]"_s), Qt::SkipEmptyParts)) {
        const QString alias = a.simplified();
        if (!alias.isEmpty() && !aliases.contains(alias))
            aliases.append(alias);
    }
    return aliases;
}

// Entries with the same ref (a name listed twice) become one, with the aliases of both.
void addEntry(WatchlistEntry entry, QList<WatchlistEntry> *entries, QHash<QString, qsizetype> *byRef)
{
    entry.aliases.removeAll(entry.name);
    if (entry.ref.isEmpty())
        entry.ref = WatchlistImporter::defaultRef(entry);
    const auto it = byRef->constFind(entry.ref);
    if (it == byRef->cend()) {
        byRef->insert(entry.ref, entries->size());
        entries->append(std::move(entry));
        return;
    }
    WatchlistEntry &kept = (*entries)[*it];
    for (const QString &alias : std::as_const(entry.aliases)) {
        if (alias != kept.name && !kept.aliases.contains(alias))
            kept.aliases.append(alias);
    }
    if (kept.note.isEmpty())
        kept.note = entry.note;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    if (value.isString())
        out.append(value.toString().simplified());
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            out.append(v.toString().simplified());
    }
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

WatchlistImporter::Result readJsonLines(const QStringList &lines)
{
    WatchlistImporter::Result result;
    result.format = WatchlistImporter::Format::JsonLines;
    QHash<QString, qsizetype> byRef;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int number = int(n + 1);
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            result.error = lineError(number,
                error.error != QJsonParseError::NoError ? tr("not JSON (%1)").arg(error.errorString())
                                                        : tr("not a JSON object"));
            return result;
        }
        const QJsonObject o = doc.object();
        const QString schema = o.value(u"schema"_s).toString();
        if (schema.isEmpty()) {
            result.error = lineError(number, tr("no \"schema\""));
            return result;
        }
        WatchlistEntry entry;
        if (schema == u"Person")
            entry.type = EntityType::Person;
        else if (schema == u"Company" || schema == u"Organization" || schema == u"LegalEntity"
            || schema == u"PublicBody")
            entry.type = EntityType::Organization;
        else {
            ++result.skipped; // sanctions, addresses, ownership: not names an article mentions
            continue;
        }
        const QJsonObject properties = o.value(u"properties"_s).toObject();
        QStringList names = strings(properties.value(u"name"_s));
        if (names.isEmpty())
            names = strings(o.value(u"caption"_s));
        if (names.isEmpty()) {
            result.error = lineError(number, tr("a %1 without a name").arg(schema));
            return result;
        }
        entry.name = names.takeFirst();
        entry.aliases = names;
        for (const char *key : {"alias", "weakAlias", "previousName"})
            entry.aliases += strings(properties.value(QLatin1String(key)));
        entry.aliases.removeDuplicates();
        entry.note = strings(properties.value(u"notes"_s)).join(u' ');
        entry.source = strings(o.value(u"datasets"_s)).join(u", "_s);
        entry.ref = o.value(u"id"_s).toString();
        addEntry(std::move(entry), &result.entries, &byRef);
    }
    return result;
}

WatchlistImporter::Result readCsv(const QStringList &lines, qsizetype headerLine, QChar separator)
{
    WatchlistImporter::Result result;
    result.format = WatchlistImporter::Format::Csv;
    QStringList header;
    qsizetype line = headerLine;
    readRecord(lines, &line, separator, &header);
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.size(); ++i)
        column.insert(header.at(i).toLower(), i);
    const qsizetype nameColumn = column.value(u"name"_s);
    QHash<QString, qsizetype> byRef;
    QStringList fields;
    while (line < lines.size()) {
        const int number = int(line + 1);
        if (lines.at(line).trimmed().isEmpty() || lines.at(line).startsWith(u'#')) {
            ++line;
            continue;
        }
        if (!readRecord(lines, &line, separator, &fields)) {
            result.error = lineError(number, tr("a quoted field is never closed"));
            return result;
        }
        auto field = [&](const QString &name) {
            const auto it = column.constFind(name);
            return it == column.cend() ? QString() : fields.value(*it);
        };
        WatchlistEntry entry;
        entry.name = fields.value(nameColumn).simplified();
        if (entry.name.isEmpty()) {
            result.error = lineError(number, tr("no name"));
            return result;
        }
        const QString type = field(u"type"_s);
        if (!WatchlistImporter::parseType(type, &entry.type)) {
            result.error
                = lineError(number, tr("unknown type \"%1\" (person, company, place or other)").arg(type));
            return result;
        }
        entry.aliases = splitAliases(field(u"aliases"_s));
        entry.note = field(u"note"_s).simplified();
        entry.source = field(u"list"_s).simplified();
        addEntry(std::move(entry), &result.entries, &byRef);
    }
    return result;
}

WatchlistImporter::Result readText(const QStringList &lines)
{
    WatchlistImporter::Result result;
    QHash<QString, qsizetype> byRef;
    for (const QString &line : lines) {
        WatchlistEntry entry;
        entry.name = line.simplified();
        if (entry.name.isEmpty() || entry.name.startsWith(u'#'))
            continue;
        addEntry(std::move(entry), &result.entries, &byRef);
    }
    return result;
}

} // namespace

WatchlistImporter::Result WatchlistImporter::read(const QByteArray &data)
{
    QStringList lines;
    int badLine = 0;
    if (!splitLines(data, &lines, &badLine)) {
        Result result;
        result.error = lineError(badLine, tr("not UTF-8 text"));
        return result;
    }
    qsizetype first = 0;
    while (first < lines.size() && (lines.at(first).trimmed().isEmpty() || lines.at(first).startsWith(u'#')))
        ++first;
    if (first == lines.size()) {
        Result result;
        result.error = tr("no names in the file");
        return result;
    }
    const QString head = lines.at(first).trimmed();
    Result result;
    if (head.startsWith(u'{')) {
        result = readJsonLines(lines);
    } else {
        // A header names the columns, "name" among them; a file without one is a list of names.
        const QChar separator = head.contains(u'\t') ? u'\t' : head.contains(u',') ? u',' : u';';
        QStringList header;
        qsizetype line = first;
        readRecord(lines, &line, separator, &header);
        const bool csv = std::any_of(header.cbegin(), header.cend(),
            [](const QString &h) { return h.compare(u"name"_s, Qt::CaseInsensitive) == 0; });
        result = csv ? readCsv(lines, first, separator) : readText(lines);
    }
    if (result.ok() && result.entries.isEmpty())
        result.error = tr("no names in the file");
    if (!result.ok())
        result.entries.clear();
    return result;
}

bool WatchlistImporter::parseType(const QString &word, std::optional<EntityType> *type)
{
    static const QHash<QString, EntityType> words {{u"person"_s, EntityType::Person},
        {u"people"_s, EntityType::Person}, {u"per"_s, EntityType::Person},
        {u"individual"_s, EntityType::Person}, {u"company"_s, EntityType::Organization},
        {u"organization"_s, EntityType::Organization}, {u"organisation"_s, EntityType::Organization},
        {u"org"_s, EntityType::Organization}, {u"legalentity"_s, EntityType::Organization},
        {u"entity"_s, EntityType::Organization}, {u"place"_s, EntityType::Location},
        {u"location"_s, EntityType::Location}, {u"loc"_s, EntityType::Location},
        {u"other"_s, EntityType::Misc}, {u"misc"_s, EntityType::Misc}};
    const QString key = word.trimmed().toLower();
    if (key.isEmpty()) {
        type->reset();
        return true;
    }
    const auto it = words.constFind(key);
    if (it == words.cend())
        return false;
    *type = *it;
    return true;
}

QString WatchlistImporter::defaultRef(const WatchlistEntry &entry)
{
    const QString code = entry.type ? entityTypeCode(*entry.type) : u"ANY"_s;
    return code + u':' + WatchlistIndex::fold(entry.name, entry.type).join(u' ');
}

} // namespace dramatis
