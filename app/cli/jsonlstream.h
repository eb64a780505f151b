#pragma once

#include "core/analysis.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace dramatis {
class JsonStreamWriter;
}

// Stream mode (`tag --jsonl`, `export --jsonl`): the map step a batch engine (Spark's RDD.pipe, Dask, GNU
// parallel) runs on every machine. Requests come one a line on stdin, a file path or
// {"id", "text", "title", "date", "source", "author"}; results go one a line to stdout, in input order.
namespace dramatis::cli {

// One request, analysed, or why it could not be.
struct StreamItem
{
    qint64 line = 0; // 1-based, in the input
    QJsonValue id; // the request's "id", the path of a path request; null when it had none
    QString fileLabel; // the path as given; empty for a text request
    AnalysisPtr analysis; // null when `error` says why
    QString error;
    QString warning; // for stderr (the lexicon could not be read); the result is still written
};

// Writes one analysed item as a JSON Lines record. Made on the writer thread, which it may keep a database
// connection on (connections belong to their thread).
using StreamWriteFunction = std::function<void(const StreamItem &, JsonStreamWriter &)>;

struct StreamOptions
{
    QString command; // names the command in messages ("tag")
    int threads = 1; // requests analysed at once
    QString db; // the analyst's database option, for the lexicon
};

// Reads requests until stdin ends, analyses up to `threads` at once and writes each result, in input
// order, as soon as it and every one before it are done (a program waiting for one answer gets it). At
// most a few requests per thread are held at any time, however long the stream. A bad request gives
// {"error", "id", "line"} and the stream goes on. Returns the exit code: Ok, or BadInput when stdout
// could not be written.
int runJsonlStream(const StreamOptions &options, const std::function<StreamWriteFunction()> &makeWriter);

// The members a result line adds to the analysis JSON: "id", and "file" null for a text request.
QJsonObject streamExtra(const StreamItem &item);

} // namespace dramatis::cli
