package io.newslens.ingest;

import io.newslens.devstack.infra.Postgres;
import io.newslens.devstack.testing.PostgresResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the ingest schema, for what the API does not show (the raw text, row counts). */
public final class Database {
    private Database() {
    }

    public static String string(String sql, Object... params) {
        return prepared(sql, params, s -> {
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Runs a statement that returns no rows; answers the rows it changed. */
    public static int update(String sql, Object... params) {
        return prepared(sql, params, PreparedStatement::executeUpdate);
    }

    private interface Use<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private static <T> T prepared(String sql, Object[] params, Use<T> use) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return use.apply(s);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(PostgresResource.postgres().jdbcUrl(), Postgres.USER, "");
    }

    /**
     * The generic plan PostgreSQL makes for {@code statement} (a prepared statement with {@code parameterTypes}) when
     * the {@code ingest} tables it reads are empty, as a connection of a service started on a new database keeps it:
     * the statement runs against empty copies of {@code tables} in a schema of their own. One line per plan line.
     */
    public static List<String> planOnEmptyTables(List<String> tables, String statement, String parameterTypes,
            String arguments) {
        return planOnEmptyTables(tables, statement, parameterTypes, arguments, "SET plan_cache_mode = force_generic_plan",
                null);
    }

    /**
     * As {@link #planOnEmptyTables(List, String, String, String)}, with {@code planMode} (a {@code SET} of
     * {@code plan_cache_mode}) instead of a generic plan, and {@code growth} (a statement, or null) run after the
     * statement was prepared and executed once on the empty tables, before the plan is shown. The tables live in
     * schema {@code plan_check}.
     */
    public static List<String> planOnEmptyTables(List<String> tables, String statement, String parameterTypes,
            String arguments, String planMode, String growth) {
        String schema = "plan_check";
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            for (String table : tables) {
                s.execute("CREATE TABLE " + schema + "." + table + " (LIKE ingest." + table + " INCLUDING ALL)");
            }
            s.execute(planMode.replace("SET LOCAL", "SET"));
            s.execute("PREPARE checked(" + parameterTypes + ") AS " + statement.replace("ingest.", schema + "."));
            if (growth != null) {
                s.execute("EXECUTE checked(" + arguments + ")");
                s.execute(growth);
            }
            List<String> plan = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE checked(" + arguments + ")")) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            s.execute("DROP SCHEMA " + schema + " CASCADE");
            return plan;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return Long.parseLong(string(sql, params));
    }
}
