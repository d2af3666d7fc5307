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

    /** How a temporary table is named in statements. */
    String temporary(String table);

    /** Index statements, each idempotent, run after the migrations at every start. */
    List<String> indexes();

    /** Where the database is, for messages: a file, or a URL without credentials. */
    String describe();
}
