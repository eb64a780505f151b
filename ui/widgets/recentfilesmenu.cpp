#include "widgets/recentfilesmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace dramatis {

namespace {

constexpr auto SettingsKey = "recentFiles";

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
    , m_files(QSettings().value(QLatin1StringView(SettingsKey)).toStringList())
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
}

void RecentFilesMenu::add(const QString &path)
{
    m_files.removeAll(path);
    m_files.prepend(path);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    save();
}

QString RecentFilesMenu::lastFolder() const
{
    return m_files.isEmpty() ? QDir::homePath() : QFileInfo(m_files.front()).absolutePath();
}

void RecentFilesMenu::save() const
{
    QSettings().setValue(QLatin1StringView(SettingsKey), m_files);
}

void RecentFilesMenu::rebuild()
{
    clear();
    for (const QString &path : std::as_const(m_files)) {
        QAction *a
            = addAction(QFileInfo(path).fileName(), this, [this, path] { Q_EMIT openRequested(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (m_files.isEmpty()) {
        addAction(tr("No recent articles"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear Menu"), this, [this] {
        m_files.clear();
        save();
    });
}

} // namespace dramatis
