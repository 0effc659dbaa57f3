#include "tools/terminatedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bilby {

namespace {

const QRegularExpression &reasonPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-zA-Z0-9_@]{0,254}$"));
    return pattern;
}

} // namespace

TerminateDialog::TerminateDialog(const QString &title, const QString &registeredName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Terminate Process"));
    auto *question = new QLabel(tr("<b>Terminate %1?</b>").arg(title.toHtmlEscaped()), this);
    QString text = tr("The process gets an exit signal with this reason. <i>kill</i> cannot be trapped; other "
                      "reasons end a process only if it does not trap exits. Processes linked to it get the "
                      "signal too, and its supervisor may restart it or give up and stop its application.");
    if (isVital(registeredName))
        text = tr("<p><b>Warning: %1 is a process the node itself needs. Terminating it may stop the whole "
                  "node.</b></p>")
                   .arg(registeredName.toHtmlEscaped()) +
               text;
    auto *details = new QLabel(text, this);
    details->setObjectName(QStringLiteral("terminateDetails"));
    details->setWordWrap(true);

    m_reason = new QLineEdit(QStringLiteral("kill"), this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setValidator(new QRegularExpressionValidator(reasonPattern(), m_reason));
    auto *form = new QFormLayout;
    form->addRow(tr("Exit reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_terminate = buttons->addButton(tr("Terminate"), QDialogButtonBox::DestructiveRole);
    m_terminate->setObjectName(QStringLiteral("terminateButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_terminate->setAutoDefault(false);
    cancel->setDefault(true);
    connect(m_terminate, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_terminate->setEnabled(isValidReason(m_reason->text())); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(details);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString TerminateDialog::reason() const
{
    return m_reason->text();
}

void TerminateDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool TerminateDialog::isVital(const QString &registeredName)
{
    static const QStringList vital{QStringLiteral("init"),
                                   QStringLiteral("erts_code_purger"),
                                   QStringLiteral("erl_prim_loader"),
                                   QStringLiteral("kernel_sup"),
                                   QStringLiteral("application_controller"),
                                   QStringLiteral("code_server"),
                                   QStringLiteral("net_kernel"),
                                   QStringLiteral("net_sup"),
                                   QStringLiteral("erl_epmd"),
                                   QStringLiteral("auth"),
                                   QStringLiteral("rex"),
                                   QStringLiteral("global_name_server"),
                                   QStringLiteral("file_server_2"),
                                   QStringLiteral("user"),
                                   QStringLiteral("user_drv"),
                                   QStringLiteral("standard_error"),
                                   QStringLiteral("logger"),
                                   QStringLiteral("kernel_safe_sup"),
                                   QStringLiteral("inet_db"),
                                   QStringLiteral("erl_signal_server"),
                                   QStringLiteral("global_group")};
    return vital.contains(registeredName);
}

bool TerminateDialog::isValidReason(const QString &reason)
{
    return reasonPattern().match(reason).hasMatch();
}

} // namespace bilby
