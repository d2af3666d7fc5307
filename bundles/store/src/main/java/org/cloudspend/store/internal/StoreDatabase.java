package org.cloudspend.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The store's one database, shared by the bundle's components (costs, queries, accounts, errors, secrets, customers):
 * the connections, the schema's migrations and the backend's dialect, DuckDB or PostgreSQL. Everything that writes
 * uses one connection, one thread at a time: {@link #with} runs work under the database's lock. Questions run beside
 * it, each on a connection of its own ({@link #question}), so that none waits for a load's commit.
 *
 * <p>A change of the configuration is taken in place, so the components and the services other bundles hold stay
 * up: new limits apply to the open connection; a new location (file, URL, user) opens that database instead.
 */
@Component(service = StoreDatabase.class, configurationPid = "org.cloudspend.store")
@Designate(ocd = StoreConfig.class)
public final class StoreDatabase implements AutoCloseable {

    /** What runs on the database's connection, under its lock. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What runs on the open database as a whole (the backend's dialect and the label sets known), under its lock. */
    interface SessionWork<T> {
        T run(Session session) throws SQLException;
    }

    /**
     * An open database: its backend, its writing connection, the ids of the label sets it used last, and the
     * connections questions run on.
     */
    record Session(Database backend, Connection connection, LabelSetIds labelSets, QueryConnections questions) {
    }

    /** What sizes the store's memory and connections, taken in place when changed. */
    record Tuning(int labelSetCacheSize, int queryConnections, int loadFactsInMemory) {
        Tuning {
            if (loadFactsInMemory < 0) {
                throw new IllegalArgumentException("load.facts.in.memory must be 0 (spool every line item) or more, not "
                        + loadFactsInMemory);
            }
        }

        static final Tuning DEFAULTS = new Tuning(LabelSetIds.DEFAULT_CAPACITY, DEFAULT_QUERY_CONNECTIONS,
                DailyFactTable.DEFAULT_CAPACITY);
    }

    /** Questions that may run at once beside a load, when no number is configured. */
    static final int DEFAULT_QUERY_CONNECTIONS = 4;

    private String location;
    private volatile Tuning tuning;
    /** Replaced under the lock; read without it by questions and messages, which must not wait for a load. */
    private volatile Session session;

    @Activate
    public StoreDatabase(StoreConfig config) throws SQLException, IOException {
        this.location = location(config);
        this.tuning = tuning(config);
        this.session = open(backend(config), tuning);
    }

    /** Opens the database of that backend, outside OSGi. */
    StoreDatabase(Database backend) throws SQLException {
        this.location = backend.describe();
        this.tuning = Tuning.DEFAULTS;
        this.session = open(backend, tuning);
    }

    /**
     * A DuckDB file of the default limits, outside OSGi: for tools, tests and benchmarks.
     */
    public static StoreDatabase duckDb(Path databaseFile) throws SQLException, IOException {
        return new StoreDatabase(new DuckDbDatabase(databaseFile, DuckDbDatabase.DEFAULTS));
    }

    /** A PostgreSQL database, outside OSGi; loads spool in the JVM's temporary folder. */
    public static StoreDatabase postgres(String url, String user, String password) throws SQLException {
        return new StoreDatabase(new PostgresDatabase(url, user, password, temporaryFolder()));
    }

    private static Database backend(StoreConfig config) throws IOException {
        if (!config.jdbc_url().isBlank()) {
            return new PostgresDatabase(config.jdbc_url().trim(), config.user(), config.password(), temporaryFolder());
        }
        if (osgiIsThere()) {
            DuckDbDriverBundle.ensureStarted();
        }
        return new DuckDbDatabase(databaseFile(config), limits(config));
    }

    /** Whether OSGi's classes are there at all: outside OSGi (tests, benchmarks) the driver is a plain jar. */
    private static boolean osgiIsThere() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, StoreDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Path databaseFile(StoreConfig config) {
        return Path.of(System.getProperty("karaf.data", ".")).resolve(config.database_file()).toAbsolutePath();
    }

    private static Tuning tuning(StoreConfig config) {
        return new Tuning(config.label_set_cache_size(), config.query_connections(), config.load_facts_in_memory());
    }

    private static DuckDbDatabase.Limits limits(StoreConfig config) {
        return new DuckDbDatabase.Limits(config.database_memory_limit(), config.database_threads());
    }

    /** Where the configured database is: a change of it opens another database, any other change is a setting. */
    private static String location(StoreConfig config) {
        return config.jdbc_url().isBlank() ? "duckdb:" + databaseFile(config)
                : config.jdbc_url().trim() + '\u0000' + config.user() + '\u0000' + config.password();
    }

    /** Where a PostgreSQL store spools its loads: the JVM's temporary folder (Karaf's data/tmp). */
    private static Path temporaryFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Session open(Database backend, Tuning tuning) throws SQLException {
        Connection connection = backend.connect();
        try {
            execute(connection, backend.sessionSettings());
            // nodes starting together take turns: the first migrates, the others find the schema current
            backend.lockSchema(connection);
            try {
                Schema.migrate(connection);
                execute(connection, backend.indexes());
            } finally {
                backend.unlockSchema(connection);
            }
            return new Session(backend, connection, new LabelSetIds(tuning.labelSetCacheSize()),
                    questions(backend, connection, tuning));
        } catch (SQLException e) {
            connection.close();
            throw new SQLException("The cost store at " + backend.describe() + " cannot be opened: " + e.getMessage(),
                    e);
        }
    }

    private static QueryConnections questions(Database backend, Connection writer, Tuning tuning) {
        return new QueryConnections(tuning.queryConnections(), () -> backend.connectForQuestions(writer));
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Takes a new configuration without a restart of anything that uses the store: the same database with other
     * limits keeps its connection; another database is opened, and replaces this one only once it is open.
     */
    @Modified
    synchronized void modified(StoreConfig config) throws SQLException, IOException {
        String newLocation = location(config);
        Tuning newTuning = tuning(config);
        if (newLocation.equals(location)) {
            if (session.backend() instanceof DuckDbDatabase duckDb) {
                duckDb.limit(session.connection(), limits(config));
            }
            if (!newTuning.equals(tuning)) {
                Session old = session;
                session = new Session(old.backend(), old.connection(), new LabelSetIds(newTuning.labelSetCacheSize()),
                        questions(old.backend(), old.connection(), newTuning));
                tuning = newTuning;
                old.questions().close();
            }
            return;
        }
        Session opened = open(backend(config), newTuning);
        Session old = session;
        session = opened;
        location = newLocation;
        tuning = newTuning;
        close(old);
    }

    @Deactivate
    @Override
    public synchronized void close() throws SQLException {
        close(session);
    }

    private static void close(Session session) throws SQLException {
        session.questions().close();
        session.connection().close();
    }

    /** Runs the work on the connection, under the database's lock; a failure names the database and the work. */
    synchronized <T> T with(String what, Work<T> work) {
        return withSession(what, session -> work.run(session.connection()));
    }

    /**
     * Answers a question on a connection of its own, in one read transaction: beside loads and other questions, never
     * waiting for the database's lock. A failure names the database and the question.
     */
    <T> T question(String what, Work<T> question) {
        try {
            return session.questions().run(question);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs the work on the open database, under its lock; a failure names the database and the work. */
    synchronized <T> T withSession(String what, SessionWork<T> work) {
        try {
            reconnectIfLost();
            return work.run(session);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Opens the database again when its connection was lost (a PostgreSQL server restarted, a network cut): the node
     * goes on without a restart of its bundle. What the lost connection held (a load's claim on a period) ended with
     * it; a load under way still replaces its period whole, in the new connection's transaction.
     */
    private void reconnectIfLost() throws SQLException {
        if (session.connection().isValid(VALIDATION_SECONDS)) {
            return;
        }
        Session lost = session;
        session = open(lost.backend(), tuning);
        try {
            close(lost);
        } catch (SQLException e) {
            // it is gone already
        }
    }

    /** How long the check that a connection still answers may take. */
    private static final int VALIDATION_SECONDS = 5;

    /** Runs the work in one transaction on the open database, under its lock: all of it, or none. */
    synchronized <T> T transaction(String what, SessionWork<T> work) {
        return withSession(what, session -> {
            Connection connection = session.connection();
            connection.setAutoCommit(false);
            try {
                T result = work.run(session);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** How many daily facts a load may sum in memory before spooling them. */
    int loadFactsInMemory() {
        return tuning.loadFactsInMemory();
    }

    /** Where loads write their spool files now. */
    Path spoolFolder() {
        return session.backend().spoolFolder();
    }

    /** A failure of the store as an operator reads it: which database, what it could not do, and why. */
    IllegalStateException failure(String what, Exception cause) {
        return new IllegalStateException("The cost store (" + session.backend().describe() + ") could not " + what
                + ": " + session.backend().explain(cause), cause);
    }

    /** The failure's own words, with the setting to change where the database names one. */
    String explain(Exception failure) {
        return session.backend().explain(failure);
    }
}
