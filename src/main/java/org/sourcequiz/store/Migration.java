package org.sourcequiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** One step of the schema: applied once, inside the transaction that also records the new version. */
public record Migration(int version, String description, Step step) {

    /** The change itself; SQL statements for most steps, code for those that move data. */
    @FunctionalInterface
    public interface Step {
        void apply(Connection c) throws SQLException;
    }

    public static Migration sql(int version, String description, List<String> statements) {
        List<String> copy = List.copyOf(statements);
        return new Migration(version, description, c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : copy) {
                    s.execute(sql);
                }
            }
        });
    }
}
