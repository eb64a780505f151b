#pragma once

#include "core/analysis.h"

#include <QObject>
#include <QString>

class QThread;

namespace dramatis {

// Records opened articles into the library off the GUI thread: one worker thread with its own
// LibraryStore connection (SQLite connections belong to the thread that opened them), fed in order, so
// the window never waits on the database. recorded() arrives on the recorder's thread once the row is
// committed; failed() with a one-line message when the database refused it.
class LibraryRecorder final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryRecorder(QObject *parent = nullptr);
    ~LibraryRecorder() override;

    // The database to record into (the analyst's notes database); empty stops recording.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_path; }
    void record(const AnalysisPtr &analysis);
    // Blocks until everything queued so far is recorded: for tests and for closing the window.
    void waitForIdle();

Q_SIGNALS:
    void recorded(qint64 articleId, const QString &path);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread
    QString m_path;
};

} // namespace dramatis
