#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

// Builds ZIP files in memory for the archive loaders' tests (DOCX, EPUB and their broken variants),
// through libarchive.
namespace ziptest {

struct Entry
{
    QString path;
    QByteArray data;
};

// `stored`: no compression at all (libarchive sets it per archive), as EPUB and ODF want their first
// entry, `mimetype`, so that readers can recognise them from the first bytes.
inline QByteArray makeZip(const QList<Entry> &entries, bool stored = false)
{
    QByteArray out(16 * 1024 * 1024, Qt::Uninitialized);
    size_t used = 0;
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1);
    archive_write_set_format_option(a.get(), "zip", "compression", stored ? "store" : "deflate");
    archive_write_open_memory(a.get(), out.data(), size_t(out.size()), &used);
    for (const Entry &e : entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(
            archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(entry.get(), e.path.toUtf8().constData());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), e.data.size());
        archive_write_header(a.get(), entry.get());
        archive_write_data(a.get(), e.data.constData(), size_t(e.data.size()));
    }
    archive_write_close(a.get());
    out.truncate(qsizetype(used));
    return out;
}

} // namespace ziptest
