package com.kaoping.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Another transaction holding rows locked, as a stuck or slow one would: opened by a locking
 * query on its own connection, held until closed (then rolled back).
 */
public final class RowLock implements AutoCloseable {

    private final Connection connection;

    private RowLock(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code lockingQuery} (a {@code select … for update}) in a new transaction and keeps it open. */
    public static RowLock hold(DataSource dataSource, String lockingQuery, Object... params) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(lockingQuery)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeQuery().close();
            }
            return new RowLock(c);
        }
        catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        }
        finally {
            connection.close();
        }
    }
}
