#include "notes/tagbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace dramatis {

TagBar::TagBar(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QHBoxLayout)
    , m_label(new QLabel(tr("Tags"), this))
    , m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("tagBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_label->setFont(small);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("tagEdit"));
    m_edit->setFont(small);
    m_edit->setPlaceholderText(tr("Add a tag…"));
    m_edit->setFrame(false);
    m_edit->setMaximumWidth(160);
    m_edit->setAcceptDrops(false);
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        const QString tag = m_edit->text().simplified();
        m_edit->clear();
        if (!tag.isEmpty() && !m_tags.contains(tag, Qt::CaseInsensitive))
            Q_EMIT addRequested(tag);
    });
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 6, 24, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label);
    layout->addLayout(m_chips);
    layout->addWidget(m_edit);
    layout->addStretch(1);
}

void TagBar::setTags(const QStringList &tags)
{
    m_tags = tags;
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (const QString &tag : tags) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(tag + QStringLiteral("  ×"));
        chip->setFont(small);
        chip->setToolTip(tr("Remove the tag “%1”").arg(tag));
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
            "background: palette(alternate-base); }"
            "QToolButton:hover { border-color: palette(highlight); }"));
        connect(chip, &QToolButton::clicked, this, [this, tag] { Q_EMIT removeRequested(tag); });
        m_chips->addWidget(chip);
    }
}

void TagBar::setIndent(int left)
{
    QMargins m = layout()->contentsMargins();
    m.setLeft(left);
    layout()->setContentsMargins(m);
}

void TagBar::setUnavailableReason(const QString &reason)
{
    m_edit->setEnabled(reason.isEmpty());
    m_edit->setToolTip(reason);
    for (int i = 0; i < m_chips->count(); ++i) {
        if (QWidget *w = m_chips->itemAt(i)->widget())
            w->setEnabled(reason.isEmpty());
    }
}

} // namespace dramatis
