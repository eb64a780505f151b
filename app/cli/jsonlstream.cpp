#include "jsonlstream.h"

#include "annotations/annotationstore.h"
#include "commands.h"
#include "export/jsonstreamwriter.h"
#include "formats/articleloader.h"
#include "lexicon/analystlexicon.h"
#include "ner/taggerfactory.h"
#include "pipeline/analyzefile.h"
#include "pipeline/pipeline.h"

#include <QFile>
#include <QJsonDocument>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace dramatis::cli {

namespace {

// A request line holds at most an article the loader would take, escaped: JSON escaping can double it.
constexpr qsizetype MaxRequestBytes = 2 * ArticleLoader::MaxFileSize + 4096;

// The next line of `in` without its line break, into `line`; false at the end of the input. A line longer
// than MaxRequestBytes is read to its end but not kept (`tooLong`), so one huge line cannot fill memory.
bool readRequestLine(FILE *in, QByteArray *line, bool *tooLong)
{
    line->clear();
    *tooLong = false;
    char chunk[64 * 1024];
    bool any = false;
    while (std::fgets(chunk, sizeof chunk, in)) {
        any = true;
        const qsizetype n = qsizetype(std::strlen(chunk));
        const bool end = n > 0 && chunk[n - 1] == '\n';
        if (!*tooLong) {
            line->append(chunk, end ? n - 1 : n);
            if (line->size() > MaxRequestBytes) {
                *tooLong = true;
                line->clear();
                line->squeeze();
            }
        }
        if (end)
            break;
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return any;
}

// A string member of the request, or null when absent; false (with `error`) for any other kind of value.
bool optionalString(const QJsonObject &request, const QString &name, QString *value, QString *error)
{
    const QJsonValue v = request.value(name);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        *error = u"\"%1\" must be a string"_s.arg(name);
        return false;
    }
    *value = v.toString();
    return true;
}

// The article a text request describes. With a title, the text is the body as given; without one its
// first lines are read for a headline, outlet, byline and date, as for text dropped on the window.
bool articleFromRequest(const QJsonObject &request, qint64 lineNumber, Article *article, QString *error)
{
    const QJsonValue text = request.value(u"text"_s);
    if (!text.isString()) {
        *error = u"a request is a file path or an object with \"text\" (a string)"_s;
        return false;
    }
    QString title, date, source, author;
    if (!optionalString(request, u"title"_s, &title, error) || !optionalString(request, u"date"_s, &date, error)
        || !optionalString(request, u"source"_s, &source, error)
        || !optionalString(request, u"author"_s, &author, error))
        return false;
    QDate parsedDate;
    if (!date.isEmpty()) {
        // "2024-03-14" or a full ISO 8601 time stamp: the day is what an article keeps.
        parsedDate = QDate::fromString(date.left(10), Qt::ISODate);
        if (!parsedDate.isValid()) {
            *error = u"\"date\" is not an ISO 8601 date: %1"_s.arg(date);
            return false;
        }
    }
    if (!title.isEmpty()) {
        article->text = text.toString();
        article->title = title;
        article->format = u"text"_s;
        if (article->text.trimmed().isEmpty()) {
            *error = u"\"text\" is empty"_s;
            return false;
        }
    } else {
        LoadResult loaded = ArticleLoader::loadBytes(text.toString().toUtf8(), u"line %1"_s.arg(lineNumber));
        if (!loaded.ok()) {
            *error = loaded.error->message;
            return false;
        }
        *article = std::move(loaded.article);
    }
    if (parsedDate.isValid())
        article->date = parsedDate;
    if (!source.isEmpty())
        article->source = source;
    if (!author.isEmpty())
        article->author = author;
    return true;
}

StreamItem analyzeRequest(qint64 lineNumber, const QByteArray &line, bool tooLong, const Tagger &tagger,
    const QString &dbPath)
{
    StreamItem item;
    item.line = lineNumber;
    if (tooLong) {
        item.error = u"the request is longer than %1 MB"_s.arg(MaxRequestBytes / (1024 * 1024));
        return item;
    }
    const QByteArray trimmed = line.trimmed();
    // The analyst's lexicon, read through a connection of this worker thread.
    const auto lexicon = [&](const Article &article) {
        QString error;
        AnalystLexicon rules = AnnotationStore::readLexicon(dbPath, article, &error);
        if (!error.isEmpty())
            item.warning = error + u"; tagging without the analyst's lexicon"_s;
        return rules;
    };
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (!doc.isObject()) {
            item.error = u"not a JSON object (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
            return item;
        }
        const QJsonObject request = doc.object();
        item.id = request.value(u"id"_s).isUndefined() ? QJsonValue() : request.value(u"id"_s);
        Article article;
        if (!articleFromRequest(request, lineNumber, &article, &item.error))
            return item;
        const AnalystLexicon rules = lexicon(article);
        item.analysis = analyzeArticle(std::move(article), tagger, rules);
        return item;
    }
    const QString path = QString::fromUtf8(trimmed);
    item.id = path;
    item.fileLabel = path;
    FileAnalysis analyzed = analyzeFile(path, tagger, lexicon);
    if (!analyzed.ok())
        item.error = analyzed.error->message;
    else
        item.analysis = std::move(analyzed.analysis);
    return item;
}

void writeError(JsonStreamWriter &w, const StreamItem &item)
{
    w.beginObject();
    w.key(u"error");
    w.string(item.error);
    w.key(u"id");
    w.value(item.id);
    w.key(u"line");
    w.number(item.line);
    w.endObject();
}

} // namespace

QJsonObject streamExtra(const StreamItem &item)
{
    QJsonObject extra {{u"id"_s, item.id}};
    if (item.fileLabel.isEmpty())
        extra.insert(u"file"_s, QJsonValue());
    return extra;
}

int runJsonlStream(const StreamOptions &options, const std::function<StreamWriteFunction()> &makeWriter)
{
    const std::shared_ptr<const Tagger> tagger = defaultTagger();
    if (!tagger) {
        err() << "dramatis-cli " << options.command << ": the built-in tagger cannot be loaded\n";
        return BadInput;
    }
    const QString dbPath = AnnotationStore::databasePath(options.db);
    out().flush();
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        err() << "dramatis-cli " << options.command << ": cannot write the output\n";
        return BadInput;
    }

    QThreadPool pool;
    pool.setMaxThreadCount(options.threads);
    // The window: requests read but not yet written. It bounds memory whatever the stream's length, and
    // is wide enough that a slow request does not leave the other threads idle.
    QSemaphore window(4 * options.threads);
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<std::future<StreamItem>> pending;
    bool inputDone = false;
    std::atomic<bool> outputFailed {false};

    // One writer thread, in input order: it waits for the oldest request, whichever finished first.
    std::thread writer([&] {
        const StreamWriteFunction write = makeWriter();
        JsonStreamWriter w(&output, JsonStreamWriter::Style::Compact);
        for (;;) {
            std::future<StreamItem> next;
            {
                std::unique_lock lock(mutex);
                ready.wait(lock, [&] { return !pending.empty() || inputDone; });
                if (pending.empty())
                    break;
                next = std::move(pending.front());
                pending.pop_front();
            }
            const StreamItem item = next.get();
            if (!item.warning.isEmpty())
                err() << "dramatis-cli " << options.command << ": " << item.warning << Qt::endl;
            if (!outputFailed) {
                if (item.analysis)
                    write(item, w);
                else
                    writeError(w, item);
                if (!w.flush() || !output.flush())
                    outputFailed = true;
            }
            window.release();
        }
    });

    QByteArray line;
    bool tooLong = false;
    qint64 lineNumber = 0;
    while (!outputFailed && readRequestLine(stdin, &line, &tooLong)) {
        ++lineNumber;
        if (!tooLong && line.trimmed().isEmpty())
            continue; // blank lines separate nothing and ask nothing
        window.acquire();
        auto task = std::make_shared<std::packaged_task<StreamItem()>>(
            [lineNumber, request = line, tooLong, &tagger, &dbPath] {
                return analyzeRequest(lineNumber, request, tooLong, *tagger, dbPath);
            });
        {
            std::lock_guard lock(mutex);
            pending.push_back(task->get_future());
        }
        ready.notify_one();
        pool.start([task] { (*task)(); });
    }
    {
        std::lock_guard lock(mutex);
        inputDone = true;
    }
    ready.notify_one();
    writer.join();
    pool.waitForDone();
    if (outputFailed) {
        err() << "dramatis-cli " << options.command << ": cannot write the output\n";
        return BadInput;
    }
    return Ok;
}

} // namespace dramatis::cli
