#include "shell/addnodedialog.h"

#include "connection/cookievault.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace bilby {

namespace {

// QLineEdit shows actions as icons only. Use the theme's eye when there is one, else draw it, so
// the toggle is visible on every platform.
QIcon eyeIcon(bool crossed, const QColor &color)
{
    QIcon themed = QIcon::fromTheme(crossed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible"));
    if (!themed.isNull())
        return themed;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color, size / 12.0));
        const qreal s = size;
        QPainterPath outline;
        outline.moveTo(s * 0.08, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.05, s * 0.92, s * 0.5);
        outline.quadTo(s * 0.5, s * 0.95, s * 0.08, s * 0.5);
        painter.drawPath(outline);
        painter.setBrush(color);
        painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
        if (crossed)
            painter.drawLine(QPointF(s * 0.15, s * 0.85), QPointF(s * 0.85, s * 0.15));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

AddNodeDialog::AddNodeDialog(CookieVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_name(new QLineEdit(this))
    , m_cookie(new QLineEdit(this))
    , m_showCookie(new QAction(tr("Show"), this))
    , m_production(new QCheckBox(tr("&Production node"), this))
    , m_error(new QLabel(this))
    , m_vaultNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Node"));
    m_name->setObjectName(QStringLiteral("nodeNameEdit"));
    m_name->setPlaceholderText(tr("app@host"));
    m_cookie->setObjectName(QStringLiteral("cookieEdit"));
    m_cookie->setEchoMode(QLineEdit::Password);
    m_cookie->setPlaceholderText(tr("the node's Erlang cookie"));

    const QColor iconColor = palette().color(QPalette::Text);
    m_showCookie->setObjectName(QStringLiteral("showCookieAction"));
    m_showCookie->setCheckable(true);
    m_showCookie->setIcon(eyeIcon(false, iconColor));
    m_showCookie->setToolTip(tr("Show the cookie"));
    m_cookie->addAction(m_showCookie, QLineEdit::TrailingPosition);
    connect(m_showCookie, &QAction::toggled, this, [this, iconColor](bool shown) {
        m_cookie->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showCookie->setIcon(eyeIcon(shown, iconColor));
        m_showCookie->setText(shown ? tr("Hide") : tr("Show"));
        m_showCookie->setToolTip(shown ? tr("Hide the cookie") : tr("Show the cookie"));
    });

    m_production->setObjectName(QStringLiteral("productionCheck"));
    m_production->setToolTip(tr("Production nodes are read-only from the first connection while the "
                                "preference for them is on (Edit > Preferences)."));

    m_error->setObjectName(QStringLiteral("validationLabel"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(errorPalette);
    m_vaultNote->setObjectName(QStringLiteral("vaultNote"));
    m_vaultNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Node name:"), m_name);
    form->addRow(tr("&Cookie:"), m_cookie);
    form->addRow(QString(), m_production);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_vaultNote);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddNodeDialog::validate);
    connect(m_cookie, &QLineEdit::textChanged, this, &AddNodeDialog::validate);
    if (m_vault)
        connect(m_vault, &CookieVault::ready, this, &AddNodeDialog::updateVaultNote);
    updateVaultNote();
    validate();
}

void AddNodeDialog::setExistingNodes(const QStringList &names)
{
    m_existing = names;
    validate();
}

void AddNodeDialog::setNodeName(const QString &text)
{
    m_name->setText(text);
}

void AddNodeDialog::setCookie(const QString &text)
{
    m_cookie->setText(text);
}

void AddNodeDialog::setProduction(bool production)
{
    m_production->setChecked(production);
}

bool AddNodeDialog::isProduction() const
{
    return m_production->isChecked();
}

NodeName AddNodeDialog::nodeName() const
{
    return NodeName::parse(m_name->text()).value_or(NodeName());
}

QByteArray AddNodeDialog::cookie() const
{
    return m_cookie->text().toUtf8();
}

QString AddNodeDialog::validationError() const
{
    // An untouched form is not an error yet: say what to do instead.
    if (m_name->text().isEmpty() && m_cookie->text().isEmpty())
        return tr("Enter the node's name and cookie.");
    QString error;
    const auto name = NodeName::parse(m_name->text(), &error);
    if (!name)
        return error;
    if (m_existing.contains(name->toString()))
        return tr("%1 is already in the list.").arg(name->toString());
    if (m_cookie->text().isEmpty())
        return tr("Enter the cookie the node was started with (-setcookie, or ~/.erlang.cookie on its host).");
    return {};
}

void AddNodeDialog::validate()
{
    const QString error = validationError();
    m_error->setText(error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void AddNodeDialog::updateVaultNote()
{
    m_vaultNote->setText(m_vault ? m_vault->backendDescription() : tr("The cookie is kept for this session only."));
}

} // namespace bilby
