#include "shell/storewarningbar.h"

#include "store/metricstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace bilby {

StoreWarningBar::StoreWarningBar(MetricStore *store, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("storeWarningBar"));
    setFrameShape(QFrame::StyledPanel);
    // A warning colour that reads in light and dark palettes alike.
    setStyleSheet(QStringLiteral("#storeWarningBar { background: #fff3cd; color: #533f03; border: 1px solid #e0c36c; }"
                                 "#storeWarningBar QLabel { color: #533f03; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this message (it comes back if writing fails again)"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
    if (!store)
        return;
    connect(store, &MetricStore::failed, this, &StoreWarningBar::showError);
    connect(store, &MetricStore::recovered, this, &QWidget::hide);
    connect(store, &MetricStore::fileSetAside, this, &StoreWarningBar::showSetAside);
    if (store->isFailed())
        showError(store->lastError());
    else if (store->lastSetAside().isValid())
        showSetAside(store->lastSetAside());
}

QString StoreWarningBar::text() const
{
    return m_label->text();
}

void StoreWarningBar::showError(const StoreError &error)
{
    m_label->setText(tr("<b>History is not being saved.</b> %1 Bilby keeps sampling; the last hour stays in "
                        "memory.")
                         .arg(error.message.toHtmlEscaped()));
    show();
}

void StoreWarningBar::showSetAside(const SetAsideFile &file)
{
    m_label->setText(tr("<b>The history file was set aside.</b> %1 History is saved in the new file; what was "
                        "recorded before stays in the file set aside.")
                         .arg(file.message().toHtmlEscaped()));
    show();
}

} // namespace bilby
