#include "export/summarypdf.h"

#include <QPdfWriter>
#include <QTextDocument>

namespace dramatis {

bool writeSummaryPdf(const QString &html, QIODevice *device, QPageSize::PageSizeId pageSize)
{
    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(pageSize));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Dramatis"));
    QTextDocument document;
    // QTextDocument knows no CSS media queries or max-width; it lays out at the page width with its own margins.
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Serif"), 10));
    document.setHtml(html);
    // An unpaginated document is printed with a 2 cm margin and the page number at the foot of each page.
    document.print(&writer);
    return true;
}

} // namespace dramatis
