#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace dramatis {

// One Dramatis per user and display: a second `dramatis FILE` or `dramatis dramatis://open?…` (what the
// desktop's scheme handler runs) hands its arguments to the window already open instead of starting
// another. The socket is the user's own (QLocalServer::UserAccessOption, in the user's runtime folder)
// and named after the display, so sessions on other displays, and other users, never receive anything.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    // `name`: the local socket's name; tests pass their own.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName();
    QString name() const { return m_name; }

    // Hands `arguments` to a running instance. True when it took them (it acknowledges), false when none
    // runs or it did not answer within `timeoutMs`.
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 2000);
    // Starts receiving from later instances. A socket left behind by a crashed instance is replaced; a
    // live one is not (false: another instance receives).
    bool listen();

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace dramatis
