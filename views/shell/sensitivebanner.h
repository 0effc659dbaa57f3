#pragma once

#include <QFrame>
#include <QIcon>

namespace bilby {

/**
 * @brief The visible mark on a view of a node's data that may hold secrets or personal data (a
 * process's messages, dictionary and state; an ETS table's rows): a warning icon and a sentence.
 *
 * Views that hold such data set the dynamic property "sensitive" to true, so that whoever exports or
 * screenshots a page can find them.
 */
class SensitiveBanner : public QFrame
{
    Q_OBJECT
public:
    /// @p what: "This process's messages", "This table's rows"...
    explicit SensitiveBanner(const QString &what, QWidget *parent = nullptr);

    /// The icon of sensitive tabs and banners.
    static QIcon icon(const QWidget *widget);
};

} // namespace bilby
