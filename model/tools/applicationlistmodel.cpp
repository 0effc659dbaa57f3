#include "tools/applicationlistmodel.h"

namespace bilby {

ApplicationListModel::ApplicationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisionTree::Application &app = m_applications.at(index.row());
    if (role == NameRole)
        return app.name;
    if (role == LibraryRole)
        return isLibrary(app);
    if (role == Qt::ToolTipRole) {
        if (isLibrary(app))
            return tr("%1 is a library application: it has no supervisor and no processes").arg(app.name);
        return tr("Select to read its supervision tree");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return app.name;
    case VersionColumn:
        return app.version;
    case SupervisorColumn:
        return isLibrary(app) ? tr("library: no processes") : app.topText;
    case DescriptionColumn:
        return app.description;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Application");
    case VersionColumn:
        return tr("Version");
    case SupervisorColumn:
        return tr("Top supervisor");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

void ApplicationListModel::setApplications(const QVector<SupervisionTree::Application> &applications)
{
    // A handful of rows that change rarely: a reset, and the page reselects by name.
    beginResetModel();
    m_applications = applications;
    endResetModel();
}

int ApplicationListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_applications.size(); ++i) {
        if (m_applications.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace bilby
