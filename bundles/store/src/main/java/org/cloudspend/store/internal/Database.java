package org.cloudspend.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the store's two backends: how to connect, how to copy rows in bulk, and the indexes the backend wants. Everything else is SQL both understand.
 */
interface Database {

    Connection connect() throws SQLException;

    /**
     * Another connection to the same database, for questions beside the writing one: it sees what is committed, and
     * all of one transaction's statements see the same state of the database.
     */
    Connection connectForQuestions(Connection writer) throws SQLException;

    /** What a {@link #copy} writes. */
    interface RowWriter {
        void write(CsvRows rows) throws IOException;
    }

    /**
     * Adds rows to a table with COPY, inside the caller's transaction if one is open: the fastest bulk path of both
     * backends (DuckDB's appender writes outside transactions, and is about three times slower on text columns).
     */
    void copy(Connection connection, String table, RowWriter rows) throws SQLException;

    /** Adds the rows of a {@link CsvRows} file to a table with COPY, inside the caller's transaction if one is open. */
    void copy(Connection connection, String table, Path csv) throws SQLException;

    /** Where loads spool their line items and bulk rows are written: {@link #LOAD_FILE_PREFIX}{@code *.csv} files. */
    Path spoolFolder();

    /** The name of every file a load writes; a file of a process that died is deleted when a store opens there. */
    String LOAD_FILE_PREFIX = "cloudspend-load-";

    /**
     * Claims an export's billing period for a load, visibly to every node sharing the database; false when another
     * node holds it. A node that dies releases its claims with its connection.
     */
    boolean claim(Connection connection, String key) throws SQLException;

    void release(Connection connection, String key) throws SQLException;

    /** Serialises schema migrations among the nodes that open the database at once; released by {@link #unlockSchema}. */
    default void lockSchema(Connection connection) throws SQLException {
    }

    default void unlockSchema(Connection connection) throws SQLException {
    }

    /** Serialises the creation of tag sets among the nodes sharing the database. */
    void lockLabelSets(Connection connection) throws SQLException;

    void unlockLabelSets(Connection connection) throws SQLException;

    /**
     * What ends an INSERT whose rows another node may have inserted already, for a table with a unique key: nothing
     * where one process has the database.
     */
    default String ignoringDuplicates() {
        return "";
    }

    /** Statements the store runs on its connection right after opening it. */
    List<String> sessionSettings();

    /** Index statements, each idempotent, run after the migrations at every start. */
    List<String> indexes();

    /** Where the database is, for messages: a file, or a URL without credentials. */
    String describe();

    /** A failure's message as an operator should read it: with the setting to change, where the database names one. */
    default String explain(Exception failure) {
        return failure.getMessage();
    }
}
