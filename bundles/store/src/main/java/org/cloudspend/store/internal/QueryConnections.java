package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Connections for questions, beside the store's one writing connection: a question never waits for a load's commit,
 * and sees the database as it was when it started (one read transaction per question). At most {@code size} are open;
 * each is checked before use and replaced when the database dropped it.
 */
final class QueryConnections implements AutoCloseable {

    /** Opens one more connection to the database. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** How long the check that an idle connection still answers may take. */
    private static final int VALIDATION_SECONDS = 5;

    private final Opener opener;
    private final Semaphore permits;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    QueryConnections(int size, Opener opener) {
        if (size < 1) {
            throw new IllegalArgumentException("Questions need at least one connection, not " + size);
        }
        this.opener = opener;
        this.permits = new Semaphore(size, true);
    }

    /** Runs the question in a read transaction of its own, waiting while {@code size} others run. */
    <T> T run(StoreDatabase.Work<T> question) throws SQLException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection", e);
        }
        try {
            Connection connection = take();
            boolean reusable = false;
            try {
                T answer = question.run(connection);
                connection.commit();
                reusable = true;
                return answer;
            } finally {
                if (!reusable) {
                    reusable = rolledBack(connection);
                }
                giveBack(connection, reusable);
            }
        } finally {
            permits.release();
        }
    }

    private Connection take() throws SQLException {
        while (true) {
            Connection connection;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("the store is closed");
                }
                connection = idle.poll();
            }
            if (connection == null) {
                Connection opened = opener.open();
                opened.setAutoCommit(false);
                return opened;
            }
            if (connection.isValid(VALIDATION_SECONDS)) {
                return connection;
            }
            closeQuietly(connection);
        }
    }

    /** Whether the connection is still good after a failed question. */
    private static boolean rolledBack(Connection connection) {
        try {
            connection.rollback();
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private void giveBack(Connection connection, boolean reusable) {
        synchronized (this) {
            if (reusable && !closed) {
                idle.push(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    /** Closes the idle connections; one in use is closed when its question ends. */
    @Override
    public void close() {
        Deque<Connection> closing;
        synchronized (this) {
            closed = true;
            closing = new ArrayDeque<>(idle);
            idle.clear();
        }
        closing.forEach(QueryConnections::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // it is gone already
        }
    }
}
