#pragma once

#include "annotations/annotation.h"
#include "core/analysis.h"
#include "export/summary.h"
#include "watchlists/entitymatches.h"

#include <QPageSize>

#include <functional>
#include <optional>
#include <stop_token>

class QIODevice;
class QJsonArray;
class QJsonObject;

namespace dramatis {

class AnnotationStore;
class JsonStreamWriter;

enum class ExportFormat { Markdown, Html, Pdf, Json, Csv, BratAnn, Conll };

// One article to export: its analysis and what the analyst added to it.
struct ExportArticle
{
    AnalysisPtr analysis;
    QString fileLabel; // the JSON's "file": the path as the user gave it
    AnnotationList annotations;
    QStringList tags;
    // The hits of its entities on the active watchlists; none when there is no active list (the JSON then
    // has no "watchlist" member at all).
    std::optional<EntityMatches> watchlist;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Markdown;
    SummaryOptions summary;
    bool includeNotes = true; // notes and highlights (summaries, JSON)
    bool includeTags = true;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

// Turns analysed articles into any export format: the one path `dramatis-cli export`, the Export dialog,
// its preview and Copy Summary as Markdown all take, so they cannot disagree. Runs on any thread (the PDF
// needs a QGuiApplication for its fonts); nothing here touches the database except readNotes().
class SummaryExport final
{
public:
    enum class Status { Done, Cancelled, Failed };

    // "md" (or "markdown"), "html", "pdf", "json", "csv", "ann", "conll".
    static std::optional<ExportFormat> formatFromName(QStringView name);
    static QString formatName(ExportFormat format);
    // The file name extension for the format, without the dot.
    static QString suffix(ExportFormat format) { return formatName(format); }
    // brat and CoNLL describe one article's tokens; the other formats take a briefing of several.
    static bool takesOneArticle(ExportFormat format);

    // Fills in the article's notes and tags from `store` (nothing when the store is not ready or does not
    // know the article). Call it on the store's thread.
    static void readNotes(ExportArticle &article, AnnotationStore &store);

    // The export as text: every format but PDF, for which it is the HTML the PDF is laid out from.
    static QString text(const QList<ExportArticle> &articles, const ExportOptions &options);
    // Writes the export to `device`. `progress(done, total)` is called after each article; false when
    // `stop` was requested (what was written is then incomplete).
    static bool write(const QList<ExportArticle> &articles, const ExportOptions &options, QIODevice *device,
        std::stop_token stop = {}, const std::function<void(int, int)> &progress = {});
    // One article of the JSON export (the tag JSON, its notes and tags), with the members of `extra` among
    // its own: what write() writes for each article, and `dramatis-cli export --jsonl` for each line.
    static void writeJsonArticle(JsonStreamWriter &writer, const ExportArticle &article,
        const ExportOptions &options, const QJsonObject &extra);
    // The "watchlist" member of an article's JSON: every hit of every entity, dismissed ones too, with the
    // analyst's verdict (programs may want to know what was set aside).
    static QJsonArray watchlistJson(const Analysis &analysis, const EntityMatches &matches);
    // Writes the export to `path` atomically (QSaveFile): the whole export, or, when cancelled or failing,
    // the old file (or none) left as it was. Failed sets `error` to one line naming the file and the reason.
    static Status save(const QString &path, const QList<ExportArticle> &articles,
        const ExportOptions &options, QString *error, std::stop_token stop = {},
        const std::function<void(int, int)> &progress = {});

private:
    static QList<Summary> summaries(const QList<ExportArticle> &articles, const ExportOptions &options,
        std::stop_token stop, const std::function<void(int, int)> &progress);
};

} // namespace dramatis
