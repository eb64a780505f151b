#include "formats/xmlpartwalker.h"

#include "formats/ziparchive.h"

namespace dramatis {

XmlPartWalker::XmlPartWalker(const QByteArray &xml, QStringList skipped)
    : m_xml(xml)
    , m_skipped(std::move(skipped))
{
    ZipArchive::guard(m_xml);
}

bool XmlPartWalker::walk(const Handlers &handlers)
{
    int skipDepth = 0; // inside a skipped element
    while (!m_stopped && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD:
            ZipArchive::refuseEntities(m_xml);
            break;
        case QXmlStreamReader::StartElement:
            if (skipDepth > 0)
                ++skipDepth;
            else if (m_skipped.contains(m_xml.name()))
                skipDepth = 1;
            else if (handlers.start)
                handlers.start(m_xml);
            break;
        case QXmlStreamReader::EndElement:
            if (skipDepth > 0)
                --skipDepth;
            else if (handlers.end)
                handlers.end(m_xml.name());
            break;
        case QXmlStreamReader::Characters:
            if (skipDepth == 0 && handlers.text)
                handlers.text(m_xml.text());
            break;
        default:
            break;
        }
    }
    return !m_xml.hasError();
}

} // namespace dramatis
