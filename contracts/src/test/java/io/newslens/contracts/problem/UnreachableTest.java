package io.newslens.contracts.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503, wait) rather than a bug or bad data. */
class UnreachableTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsUnreachable() {
        assertTrue(Unreachable.isCause(new CompletionException(new IllegalStateException("session failed",
                new ConnectException("Connection refused: localhost/127.0.0.1:15432")))));
    }

    @Test
    void connectionAndShutdownStatesAreUnreachable() {
        assertTrue(Unreachable.isCause(new SQLException("connection failure", "08006")));
        assertTrue(Unreachable.isCause(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(Unreachable.isCause(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void constraintViolationsBadDataAndBugsAreNot() {
        assertFalse(Unreachable.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(Unreachable.isCause(new SQLException("invalid byte sequence", "22021")));
        assertFalse(Unreachable.isCause(new IllegalStateException("bug")));
        assertFalse(Unreachable.isCause(null));
    }
}
