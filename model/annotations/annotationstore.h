#pragma once

#include "annotations/annotation.h"
#include "core/article.h"
#include "lexicon/analystlexicon.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace dramatis {

// The analyst's database: notes, highlights, categories, article tags and lexicon rules, in one SQLite file
// (WAL, synchronous=FULL) that every edit reaches in its own committed transaction before the call returns,
// so a crash or kill -9 right after loses nothing that was reported done. The GUI and the CLI share it.
//
// A database that cannot be used (locked, read-only, damaged, from a newer version) leaves the store
// Disabled with a one-line errorString(); every read then returns nothing and every write fails, and the
// caller goes on showing articles. Each instance has its own connection, usable from the thread that
// opened it only (QSqlDatabase is per thread). Signals announce every change, whoever made it through
// this instance, so several views of one article stay in step.
class AnnotationStore final : public QObject
{
    Q_OBJECT
public:
    // The number of migration steps (annotationstore.cpp): articles, annotations and tags; highlight
    // categories, lexicon rules and anchor status; the library (see LibraryStore); watchlists (see
    // WatchlistStore). Counted from the list so a step added there is the only change a new table needs.
    static const int SchemaVersion;

    enum class State { Closed, Ready, Disabled };

    struct Options
    {
        int busyTimeoutMs = 5000; // how long to wait for another program's write to finish
        // For readers (`note list`, tagging with the lexicon): nothing is created, migrated, backed up or
        // written, so a read-only file or folder can be read. A missing file, or one at an older schema
        // (it would need a migration), is refused with a message saying so.
        bool readOnly = false;
    };

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    // The database to use: `option` when given, else $DRAMATIS_DB, else AppDataLocation/library.sqlite.
    static QString databasePath(const QString &option = {});
    // The key an article's text is known by (SHA-256 of its UTF-8, hex).
    static QString contentHash(const QString &text);

    // Opens (creating or migrating as needed, unless Options::readOnly) the database at `path`. False
    // leaves the store Disabled.
    bool open(const QString &path);
    bool open(const QString &path, const Options &options);
    void close();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString path() const { return m_path; }
    // The Qt Sql connection of this instance (for LibraryStore, which shares it and its thread).
    QString connectionName() const { return m_connection; }
    // Why the store is disabled or the last write failed: one line naming the file and the reason.
    QString errorString() const { return m_error; }
    // The copy taken before the last migration; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // The article's id: found by its content hash, else by its path (the file was edited: its hash is
    // updated and its annotations re-anchor when read), else added. 0 when the store is not ready.
    qint64 articleId(const Article &article);
    // The same inside a write transaction the caller began on this connection (LibraryStore's batches).
    qint64 articleIdInTransaction(const Article &article) { return isReady() ? findOrAddArticle(article) : 0; }
    // The same without adding or updating anything; 0 when the article is unknown.
    qint64 findArticle(const Article &article) const;

    // The article's annotations anchored in `text` (its current text), in text order, orphans last.
    // Anchors that moved are saved at their new place, so the database matches what is shown.
    AnnotationList annotations(qint64 articleId, const QString &text);
    std::optional<Annotation> annotation(qint64 id) const;
    // Stores a new annotation; sets its id and times. Returns the id, 0 on failure.
    qint64 addAnnotation(Annotation &annotation);
    // Puts back a removed annotation with its old id (undo of a delete).
    bool restoreAnnotation(const Annotation &annotation);
    // Saves the note text and category of a stored annotation.
    bool updateAnnotation(const Annotation &annotation);
    bool removeAnnotation(qint64 id);

    QList<HighlightCategory> categories() const;
    // Adds a category, or changes the colour of the one with that name.
    bool setCategory(const HighlightCategory &category);
    bool removeCategory(const QString &name);

    QStringList tags(qint64 articleId) const;
    bool addTag(qint64 articleId, const QString &tag);
    bool removeTag(qint64 articleId, const QString &tag);

    // Every rule (for the Lexicon dialog), and the rules that hold in one article (for the tagger).
    AnalystLexicon lexicon() const;
    AnalystLexicon lexiconFor(qint64 articleId) const;
    // The rules for `article` from the database at `path`, through a short-lived connection of the calling
    // thread: for the worker that tags an article off the GUI thread. Creates nothing when the file does
    // not exist (no lexicon yet); empty, with the reason in `error`, when it cannot be read.
    static AnalystLexicon readLexicon(const QString &path, const Article &article, QString *error = nullptr);
    // Stores a new rule; sets its id and creation time. Returns the id, 0 on failure.
    qint64 addRule(LexiconRule &rule);
    bool restoreRule(const LexiconRule &rule);
    bool removeRule(qint64 id);
    std::optional<LexiconRule> rule(qint64 id) const;

Q_SIGNALS:
    void annotationAdded(const dramatis::Annotation &annotation);
    void annotationChanged(const dramatis::Annotation &annotation);
    void annotationRemoved(qint64 articleId, qint64 id);
    void tagsChanged(qint64 articleId);
    void categoriesChanged();
    void lexiconChanged();
    // A write failed (the message is errorString()); the edit did not happen.
    void errorOccurred(const QString &message);

private:
    bool initialize(const Options &options);
    bool migrate(int from);
    bool backup(int version);
    bool fail(const QString &message);
    bool writeFailed(const QString &what, const QSqlError &error);
    QString describeError(const QSqlError &error) const;
    qint64 findOrAddArticle(const Article &article);
    // Runs one write statement, with `values` bound in order: the rows it changed, or -1 when it failed
    // (errorOccurred() then says so, naming `what`). Sets `insertedId` to the row an INSERT added.
    int write(
        const QString &sql, const QVariantList &values, const QString &what, qint64 *insertedId = nullptr);
    // Adds a row to `table`: `values` in the order of `columns` (the id first: null lets SQLite choose);
    // sets `id`. `what` names the row in the error message.
    bool insertRow(
        const char *table, const char *columns, const QVariantList &values, const QString &what, qint64 *id);
    bool insertAnnotation(const Annotation &annotation, bool withId, qint64 *id);
    bool insertRule(const LexiconRule &rule, bool withId, qint64 *id);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_backupPath;
    State m_state = State::Closed;
    bool m_readOnly = false;
    mutable bool m_locked = false; // the last error described was another program's lock
};

} // namespace dramatis
