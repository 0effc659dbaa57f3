#pragma once

#include <QMetaType>
#include <QString>

namespace bilby {

/**
 * @brief Why the metric store cannot read or write, in words the user can act on.
 */
struct StoreError
{
    enum class Kind {
        None,
        CannotOpen, ///< the file or its folder cannot be created or opened
        Locked,     ///< another program holds a lock on the database
        ReadOnly,   ///< the file or its folder is not writable
        Corrupt,    ///< the file is not a database, or it is damaged
        Full,       ///< the disk (or a size limit) is full
        TooNew,     ///< written by a newer Bilby, with a schema this one does not know
        Other,
    };
    Kind kind = Kind::None;
    QString message; ///< what happened and what to do, one or two sentences
    QString path;

    bool isError() const { return kind != Kind::None; }
    /// A stable identifier for scripts and JSON: "locked", "read_only", "corrupt"...
    static QString kindName(Kind kind);
};

} // namespace bilby

Q_DECLARE_METATYPE(bilby::StoreError)
