#include "shell/sensitivebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace bilby {

SensitiveBanner::SensitiveBanner(const QString &what, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sensitiveBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    icon->setPixmap(SensitiveBanner::icon(this).pixmap(16, 16));
    auto *text = new QLabel(
        tr("<b>Sensitive:</b> %1 may hold secrets or personal data. Handle with care.").arg(what.toHtmlEscaped()),
        this);
    text->setObjectName(QStringLiteral("sensitiveText"));
    text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
}

QIcon SensitiveBanner::icon(const QWidget *widget)
{
    return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace bilby
