#pragma once

#include "connection/nodename.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class QAction;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bilby {

class CookieVault;

/**
 * @brief Asks for a node name and its cookie, validating as the user types.
 *
 * OK is enabled only for a well-formed name that is not already managed and a non-empty cookie; the
 * reason it is not is shown under the fields. A note says where the cookie will be stored. A box marks
 * the node as production before its first connection.
 */
class AddNodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddNodeDialog(CookieVault *vault, QWidget *parent = nullptr);

    /// Names already managed, refused with a message.
    void setExistingNodes(const QStringList &names);
    void setNodeName(const QString &text);
    void setCookie(const QString &text);
    void setProduction(bool production);

    /// Valid once the dialog is accepted.
    NodeName nodeName() const;
    QByteArray cookie() const;
    /// The "Production node" box: the node is added with its production mark.
    bool isProduction() const;
    /// Why OK is disabled, or empty.
    QString validationError() const;

private:
    void validate();
    void updateVaultNote();

    QPointer<CookieVault> m_vault;
    QStringList m_existing;
    QLineEdit *m_name;
    QLineEdit *m_cookie;
    QAction *m_showCookie;
    QCheckBox *m_production;
    QLabel *m_error;
    QLabel *m_vaultNote;
    QDialogButtonBox *m_buttons;
};

} // namespace bilby
