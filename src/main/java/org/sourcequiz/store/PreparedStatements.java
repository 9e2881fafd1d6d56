package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Statements of the hot paths (an answer is written in four), prepared once per connection. */
final class PreparedStatements {
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    PreparedStatement get(Connection c, String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = c.prepareStatement(sql);
            prepared.put(sql, s);
        }
        return s;
    }

    /** Closes them all; the next {@link #get} prepares anew, for the next connection. */
    void close() throws SQLException {
        try {
            for (PreparedStatement s : prepared.values()) {
                s.close();
            }
        } finally {
            prepared.clear();
        }
    }
}
