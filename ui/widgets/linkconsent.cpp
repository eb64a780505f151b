#include "widgets/linkconsent.h"

#include "itemmodels/openarticlesmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace dramatis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dramatis::LinkConsent", text);
}

} // namespace

bool isKnownFile(const QString &path, const OpenArticlesModel &open, const QStringList &recentFiles)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int row = 0; row < open.rowCount(); ++row) {
        if (QFileInfo(open.analysisAt(row)->article.filePath).canonicalFilePath() == canonical)
            return true;
    }
    return std::any_of(recentFiles.cbegin(), recentFiles.cend(),
        [&](const QString &recent) { return QFileInfo(recent).canonicalFilePath() == canonical; });
}

bool confirmOpenLinkedFile(QWidget *parent, const QString &file)
{
    QMessageBox box(QMessageBox::Question, tr("Open Linked File?"),
        tr("A link asks Dramatis to open “%1”, which you have not opened here before.")
            .arg(QFileInfo(file).fileName()),
        QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("openLinkQuestion"));
    box.setInformativeText(tr("It is in %1. Open it only if you trust where the link came from.")
                               .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath())));
    QPushButton *open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == open;
}

} // namespace dramatis
