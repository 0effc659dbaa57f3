#pragma once

#include "tools/supervisiontree.h"

#include <QAbstractTableModel>
#include <QVector>

namespace bilby {

/**
 * @brief The applications running on a node (the agent's `applications` reply), one row each.
 *
 * A library application (no top supervisor, so no processes) says so in the supervisor column.
 */
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, SupervisorColumn, DescriptionColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString: the application's name, whatever the column
        LibraryRole,                 ///< bool: a library application, without processes
    };

    explicit ApplicationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setApplications(const QVector<SupervisionTree::Application> &applications);
    const SupervisionTree::Application &applicationAt(int row) const { return m_applications.at(row); }
    /// The row of application @p name, -1 when it is not running.
    int rowOfName(const QString &name) const;
    static bool isLibrary(const SupervisionTree::Application &application) { return application.topText.isEmpty(); }

private:
    QVector<SupervisionTree::Application> m_applications;
};

} // namespace bilby
