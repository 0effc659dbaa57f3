#pragma once

#include "store/sqlstatement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <type_traits>
#include <variant>
#include <vector>

namespace bilby {

/// @brief SQL text and its arguments, built together so every value is bound, never pasted into the text.
struct BoundSql
{
    QByteArray text;
    std::vector<std::variant<qint64, QString>> args;

    BoundSql &operator<<(const char *s)
    {
        text += s;
        return *this;
    }
    BoundSql &arg(qint64 v)
    {
        text += '?';
        args.emplace_back(v);
        return *this;
    }
    BoundSql &arg(const QString &v)
    {
        text += '?';
        args.emplace_back(v);
        return *this;
    }
    template <typename T>
    BoundSql &list(const QList<T> &values)
    {
        text += '(';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += ", ";
            if constexpr (std::is_enum_v<T>)
                arg(qint64(values[i]));
            else
                arg(values[i]);
        }
        text += ')';
        return *this;
    }
    void bindTo(SqlStatement &st) const
    {
        for (size_t i = 0; i < args.size(); ++i)
            std::visit([&st, i](const auto &v) { st.bind(int(i) + 1, v); }, args[i]);
    }
};

} // namespace bilby
