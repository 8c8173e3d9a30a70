package io.newslens.contracts.problem;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;

/**
 * Tells a failure to reach the database (refused or cut connection, server shutting down or starting up) from
 * every other failure: the first passes once the database is back, so requests answer 503 and consumers wait
 * rather than give up on an event.
 *
 * <p>Recognises the Vert.x SQL client's exceptions by name and reads their SQLSTATE reflectively, because
 * contracts is shared with services that have no database client (the gateway) and must not depend on one.
 */
public final class Unreachable {

    private Unreachable() {
    }

    /** Whether {@code failure}, or any of its causes, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof ClosedChannelException
                    || t.getClass().getName().equals("io.vertx.sqlclient.ClosedConnectionException")
                    || isUnreachableState(sqlState(t))
                    || isPoolWithoutServer(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01..57P03 (admin shutdown, crash shutdown, cannot connect now)
     * and 53300 (too many connections, e.g. while the server restarts).
     */
    static boolean isUnreachableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03") || sqlState.equals("53300"));
    }

    private static String sqlState(Throwable t) {
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        if (!t.getClass().getName().startsWith("io.vertx.")) {
            return null;
        }
        try {
            Method getter = t.getClass().getMethod("getSqlState");
            return getter.invoke(t) instanceof String state ? state : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /**
     * The Vert.x SQL client's own wording (4.5) when a connection is lost under a query or before it was sent; these
     * exceptions carry no SQLSTATE.
     */
    private static boolean isPoolWithoutServer(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName().startsWith("io.vertx.") && message != null
                && (message.contains("connection may have been lost") || message.contains("connection has been closed"));
    }
}
