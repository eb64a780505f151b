#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

class QIODevice;

namespace dramatis {

// Writes JSON to a device as it goes, byte for byte what QJsonDocument::toJson(Indented) would write for
// the same document, without building the document: the CLI's JSON for a 5 MB article (400,000 mentions)
// would otherwise be held three times (analysis, JSON tree, bytes). The caller gives object members in
// the order QJsonObject keeps them (sorted by key); small values can go in as QJsonValue. Compact writes
// what QJsonDocument::Compact would, plus a newline after the document: one JSON Lines record.
class JsonStreamWriter final
{
public:
    enum class Style { Indented, Compact };

    explicit JsonStreamWriter(QIODevice *device, Style style = Style::Indented);
    ~JsonStreamWriter();
    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name, inside an object.
    void key(QStringView name);
    void value(const QJsonValue &value); // any value, objects and arrays too (serialised by Qt)
    void string(QStringView text);
    void number(qint64 n);
    void number(double d);
    void null();

    // Writes what is buffered; false once any write failed.
    bool flush();
    bool ok() const { return m_ok; }

    // `text` escaped as QJsonDocument escapes strings (without the quotes), appended to `out`.
    static void appendEscaped(QStringView text, QByteArray &out);

private:
    struct Level
    {
        bool object = false;
        int count = 0;
    };
    void beginValue();
    // Before a member or an element: the comma after the one before, and a new indented line.
    void separate(Level &level);
    void indent(std::size_t depth);
    void closeLevel(char bracket);
    void maybeFlush();

    QIODevice *m_device;
    QByteArray m_buffer;
    std::vector<Level> m_levels;
    bool m_ok = true;
    bool m_compact = false;
};

} // namespace dramatis
