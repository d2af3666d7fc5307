package org.cloudspend.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cloudspend.api.cost.LoadClaim;

/**
 * What differs between the store's two backends: how to connect, how to write a load's facts fast into a staging
 * table, and the indexes the backend wants. Everything else is SQL both understand.
 */
interface Database {

    Connection connect() throws SQLException;

    /** Writes the facts into the (empty) staging table: DuckDB's appender, PostgreSQL's COPY. */
    void writeFacts(Connection connection, String stagingTable, LoadClaim claim, Map<FactKey, FactSums> facts,
            Function<String, Long> labelSetId) throws SQLException;

    /** Writes new tag sets and their entries (fingerprint to id) fast: DuckDB's appender, PostgreSQL's COPY. */
    void writeLabelSets(Connection connection, Map<String, Long> labelSets) throws SQLException;

    /**
     * Claims an export's billing period for a load, visibly to every node sharing the database; false when another
     * node holds it. A node that dies releases its claims with its connection.
     */
    boolean claim(Connection connection, String key) throws SQLException;

    void release(Connection connection, String key) throws SQLException;

    /** Serialises the creation of tag sets among the nodes sharing the database. */
    void lockLabelSets(Connection connection) throws SQLException;

    void unlockLabelSets(Connection connection) throws SQLException;

    /** How a temporary table is named in statements. */
    String temporary(String table);

    /** Index statements, each idempotent, run after the migrations at every start. */
    List<String> indexes();

    /** Where the database is, for messages: a file, or a URL without credentials. */
    String describe();
}
