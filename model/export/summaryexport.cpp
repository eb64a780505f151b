#include "export/summaryexport.h"

#include "annotations/annotationstore.h"
#include "annotations/webannotation.h"
#include "export/jsonexport.h"
#include "export/jsonstreamwriter.h"
#include "export/standoffwriter.h"
#include "export/summarypdf.h"
#include "export/summarywriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

#include <array>
#include <cmath>

namespace dramatis {

namespace {

struct FormatName
{
    ExportFormat format;
    const char16_t *name;
};

constexpr std::array<FormatName, 7> FormatNames {{
    {ExportFormat::Markdown, u"md"},
    {ExportFormat::Html, u"html"},
    {ExportFormat::Pdf, u"pdf"},
    {ExportFormat::Json, u"json"},
    {ExportFormat::Csv, u"csv"},
    {ExportFormat::BratAnn, u"ann"},
    {ExportFormat::Conll, u"conll"},
}};

// The tag JSON plus the notes as W3C Web Annotations, which `dramatis-cli import` reads back. Written as it
// goes: a briefing of long articles is never held as a JSON tree. False when stopped or a write failed.
bool writeJsonExport(const QList<ExportArticle> &articles, const ExportOptions &options, QIODevice *device,
    std::stop_token stop, const std::function<void(int, int)> &progress)
{
    JsonStreamWriter w(device);
    const bool one = articles.size() == 1;
    if (!one) {
        w.beginObject();
        w.key(u"articles");
        w.beginArray();
    }
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (stop.stop_requested() || !w.ok())
            return false;
        SummaryExport::writeJsonArticle(w, articles[i], options, {});
        if (progress)
            progress(int(i + 1), int(articles.size()) + 1);
    }
    if (!one) {
        w.endArray();
        w.endObject();
    }
    return w.flush();
}

} // namespace

std::optional<ExportFormat> SummaryExport::formatFromName(QStringView name)
{
    if (name == u"markdown")
        return ExportFormat::Markdown;
    for (const FormatName &f : FormatNames) {
        if (name == QStringView(f.name))
            return f.format;
    }
    return std::nullopt;
}

QString SummaryExport::formatName(ExportFormat format)
{
    for (const FormatName &f : FormatNames) {
        if (f.format == format)
            return QString::fromUtf16(f.name);
    }
    return {};
}

bool SummaryExport::takesOneArticle(ExportFormat format)
{
    return format == ExportFormat::BratAnn || format == ExportFormat::Conll;
}

void SummaryExport::readNotes(ExportArticle &article, AnnotationStore &store)
{
    if (!store.isReady() || !article.analysis)
        return;
    const qint64 id = store.findArticle(article.analysis->article);
    if (id <= 0)
        return;
    article.annotations = store.annotations(id, article.analysis->article.text);
    article.tags = store.tags(id);
}

QList<Summary> SummaryExport::summaries(const QList<ExportArticle> &articles, const ExportOptions &options,
    std::stop_token stop, const std::function<void(int, int)> &progress)
{
    QList<Summary> out;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (stop.stop_requested())
            return {};
        const ExportArticle &a = articles[i];
        out.append(buildSummary(*a.analysis, options.summary));
        addAnnotations(out.last(), options.includeNotes ? a.annotations : AnnotationList(),
            options.includeTags ? a.tags : QStringList());
        if (a.watchlist)
            addWatchlistHits(out.last(), *a.analysis, *a.watchlist);
        if (progress)
            progress(int(i + 1), int(articles.size()) + 1);
    }
    return out;
}

QJsonArray SummaryExport::watchlistJson(const Analysis &analysis, const EntityMatches &matches)
{
    QJsonArray out;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    for (int entity : matches.entities()) {
        if (entity >= analysis.entities.size())
            continue;
        const Entity &e = analysis.entities[entity];
        for (const WatchlistMatch &m : matches.all(entity)) {
            const WatchlistHit &hit = m.hit;
            out.append(QJsonObject {{QStringLiteral("entity"), entity}, {QStringLiteral("name"), e.name},
                {QStringLiteral("type"), entityTypeCode(e.type)}, {QStringLiteral("list"), hit.listName},
                {QStringLiteral("entry"), hit.entry.name},
                {QStringLiteral("entryType"),
                    hit.entry.type ? QJsonValue(entityTypeCode(*hit.entry.type)) : QJsonValue()},
                {QStringLiteral("matched"), hit.matched}, {QStringLiteral("reason"), hit.reason},
                {QStringLiteral("score"), std::round(hit.score * 1000.0) / 1000.0},
                {QStringLiteral("possible"), hit.possible}, {QStringLiteral("note"), orNull(hit.entry.note)},
                {QStringLiteral("decision"),
                    m.confirmed()       ? QJsonValue(QStringLiteral("confirmed"))
                        : m.dismissed() ? QJsonValue(QStringLiteral("dismissed"))
                                        : QJsonValue()}});
        }
    }
    return out;
}

void SummaryExport::writeJsonArticle(
    JsonStreamWriter &writer, const ExportArticle &article, const ExportOptions &options, const QJsonObject &extra)
{
    const QString source = QUrl::fromLocalFile(article.analysis->article.filePath).toString();
    QJsonObject members = extra;
    members.insert(QStringLiteral("annotations"),
        webAnnotationsToJson(options.includeNotes ? article.annotations : AnnotationList(), source));
    members.insert(
        QStringLiteral("tags"), QJsonArray::fromStringList(options.includeTags ? article.tags : QStringList()));
    if (article.watchlist)
        members.insert(QStringLiteral("watchlist"), watchlistJson(*article.analysis, *article.watchlist));
    writeAnalysisJson(writer, *article.analysis, article.fileLabel, members);
}

QString SummaryExport::text(const QList<ExportArticle> &articles, const ExportOptions &options)
{
    if (articles.isEmpty())
        return {};
    switch (options.format) {
    case ExportFormat::BratAnn:
        return StandoffWriter::bratAnn(*articles.front().analysis);
    case ExportFormat::Conll:
        return StandoffWriter::conll(*articles.front().analysis);
    case ExportFormat::Json: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeJsonExport(articles, options, &buffer, {}, {});
        return QString::fromUtf8(buffer.data());
    }
    case ExportFormat::Markdown:
        return SummaryWriter::markdown(summaries(articles, options, {}, {}));
    case ExportFormat::Csv:
        return SummaryWriter::csv(summaries(articles, options, {}, {}));
    case ExportFormat::Html:
    case ExportFormat::Pdf:
        return SummaryWriter::html(summaries(articles, options, {}, {}));
    }
    return {};
}

bool SummaryExport::write(const QList<ExportArticle> &articles, const ExportOptions &options,
    QIODevice *device, std::stop_token stop, const std::function<void(int, int)> &progress)
{
    const int total = int(articles.size()) + 1;
    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::BratAnn:
    case ExportFormat::Conll:
        if (articles.isEmpty())
            return true;
        bytes = (options.format == ExportFormat::BratAnn ? StandoffWriter::bratAnn(*articles.front().analysis)
                                                         : StandoffWriter::conll(*articles.front().analysis))
                    .toUtf8();
        break;
    case ExportFormat::Json:
        if (!writeJsonExport(articles, options, device, stop, progress) || stop.stop_requested())
            return false;
        if (progress)
            progress(total, total);
        return true;
    case ExportFormat::Markdown:
    case ExportFormat::Csv:
    case ExportFormat::Html:
    case ExportFormat::Pdf: {
        const QList<Summary> list = summaries(articles, options, stop, progress);
        if (stop.stop_requested())
            return false;
        if (options.format == ExportFormat::Pdf) {
            const bool ok = writeSummaryPdf(SummaryWriter::html(list), device, options.pageSize);
            if (ok && progress)
                progress(total, total);
            return ok && !stop.stop_requested();
        }
        bytes = (options.format == ExportFormat::Markdown ? SummaryWriter::markdown(list)
                : options.format == ExportFormat::Csv     ? SummaryWriter::csv(list)
                                                          : SummaryWriter::html(list))
                    .toUtf8();
        break;
    }
    }
    if (stop.stop_requested())
        return false;
    if (device->write(bytes) != bytes.size())
        return false;
    if (progress)
        progress(total, total);
    return true;
}

SummaryExport::Status SummaryExport::save(const QString &path, const QList<ExportArticle> &articles,
    const ExportOptions &options, QString *error, std::stop_token stop,
    const std::function<void(int, int)> &progress)
{
    QSaveFile file(path);
    auto failed = [&]() {
        if (error) {
            *error = QCoreApplication::translate("dramatis::SummaryExport", "%1: cannot be written (%2)")
                         .arg(path, file.errorString());
        }
        file.cancelWriting();
        return Status::Failed;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    const bool written = write(articles, options, &file, stop, progress);
    if (stop.stop_requested()) {
        // Nothing reaches `path`: QSaveFile discards its temporary file.
        file.cancelWriting();
        return Status::Cancelled;
    }
    if (!written || !file.commit())
        return failed();
    return Status::Done;
}

} // namespace dramatis
