#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace dramatis {

namespace {

constexpr char Ack = '\x06';
constexpr quint32 MaxMessage = 1 << 20; // a command line is far shorter

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // The runtime folder is the user's own (XDG_RUNTIME_DIR, mode 0700); the display keeps two sessions of
    // one user (a desktop and an Xvfb) apart. Hashed: a socket path must stay short.
    const QString display = qEnvironmentVariable("WAYLAND_DISPLAY") + u'|' + qEnvironmentVariable("DISPLAY");
    const QByteArray key
        = QCryptographicHash::hash(display.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString file = QStringLiteral("dramatis-") + QString::fromLatin1(key);
    return folder.isEmpty() ? file : QDir(folder).filePath(file);
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    // A length, then each argument in UTF-8 followed by a NUL (no argument can hold one: argv is C strings).
    QByteArray payload;
    for (const QString &argument : arguments) {
        payload += argument.toUtf8();
        payload += '\0';
    }
    QByteArray message;
    QDataStream(&message, QIODevice::WriteOnly) << quint32(payload.size());
    message += payload;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an acknowledgement means the running window has the arguments; else this instance opens them.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char ack = 0;
    return socket.getChar(&ack) && ack == Ack;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    // Someone answering on the name is a live instance: it receives, not this one. (Asked first because
    // with access options QLocalServer::listen() would silently take the name over.)
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(200))
        return false;
    // Nobody answers: at most a crashed instance's socket file is left, which is replaced.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // The message may arrive in pieces: wait until all of it is there. Its length is checked before
        // anything is kept, so no peer can make this process allocate without bound.
        auto read = [this, socket] {
            if (socket->bytesAvailable() < qint64(sizeof(quint32)))
                return;
            quint32 size = 0;
            QDataStream(socket->peek(sizeof(quint32))) >> size;
            if (size > MaxMessage) {
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < qint64(sizeof(quint32)) + size)
                return;
            socket->skip(sizeof(quint32));
            const QByteArray payload = socket->read(size);
            QStringList arguments;
            for (const QByteArray &argument : payload.split('\0').mid(0, payload.count('\0')))
                arguments.append(QString::fromUtf8(argument));
            socket->putChar(Ack);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT argumentsReceived(arguments);
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        if (socket->bytesAvailable() > 0)
            read();
    }
}

} // namespace dramatis
