#pragma once

#include <QByteArray>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>

namespace dramatis {

// Walks one XML part of a zipped document (DOCX, ODT, the EPUB container and package) element by element,
// so that each loader says only what its elements mean. The reader is guarded against entity bombs
// (ZipArchive::guard, and a DTD that declares entities is refused), and an element whose local name is on
// the skip list is passed over with everything inside it (deleted text, notes, a text box's fallback copy):
// the handlers never see its start, its text or its end.
class XmlPartWalker final
{
public:
    explicit XmlPartWalker(const QByteArray &xml, QStringList skipped = {});

    struct Handlers
    {
        // An element starts; the reader is on its start tag (it may read on, e.g. readElementText()).
        std::function<void(QXmlStreamReader &)> start;
        // An element ends (its local name).
        std::function<void(QStringView)> end;
        // Character data outside skipped elements.
        std::function<void(QStringView)> text;
    };
    // Reads to the end, or until a handler calls stop(). False when the XML is malformed or refused.
    bool walk(const Handlers &handlers);
    void stop() { m_stopped = true; }

    QString errorString() const { return m_xml.errorString(); }
    qint64 lineNumber() const { return m_xml.lineNumber(); }

private:
    QXmlStreamReader m_xml;
    QStringList m_skipped;
    bool m_stopped = false;
};

} // namespace dramatis
