package io.newslens.ingest;

import io.newslens.devstack.infra.Postgres;
import io.newslens.devstack.testing.PostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the ingest schema, for what the API does not show (the raw text, row counts). */
public final class Database {
    private Database() {
    }

    public static String string(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(PostgresResource.postgres().jdbcUrl(), Postgres.USER, "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement that returns no rows; answers the rows it changed. */
    public static int update(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(PostgresResource.postgres().jdbcUrl(), Postgres.USER, "");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return Long.parseLong(string(sql, params));
    }
}
