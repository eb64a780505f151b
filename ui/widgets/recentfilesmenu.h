#pragma once

#include <QMenu>

namespace dramatis {

// File → Open Recent: the last articles opened from files, newest first, kept in the settings at once (a
// crash loses none). The list is rebuilt each time the menu opens, so it never shows a stale order.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;

    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    // Where the open dialogs start: the folder of the newest file, else the home folder.
    QString lastFolder() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();
    void save() const;

    QStringList m_files;
};

} // namespace dramatis
