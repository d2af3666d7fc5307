package org.cloudspend.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The store's components wired by hand over one database, as Declarative Services wires them in Karaf: for tests,
 * tools and benchmarks outside OSGi.
 */
public final class StandaloneStore implements AutoCloseable {

    private final StoreDatabase database;
    private final StoredCosts costs;
    private final CostQueries queries;
    private final StoredAccounts accounts;
    private final StoredErrors errors;
    private final StoredSecrets secrets;
    private final StoredCustomers customers;
    private final StoredBudgets budgets;
    private final StoredAlerts alerts;
    private final StoredAnomalyMonitors anomalyMonitors;

    public StandaloneStore(StoreDatabase database) {
        this.database = database;
        this.costs = new StoredCosts(database);
        this.queries = new CostQueries(database);
        this.accounts = new StoredAccounts(database);
        this.errors = new StoredErrors(database);
        this.secrets = new StoredSecrets(database);
        this.customers = new StoredCustomers(database);
        this.budgets = new StoredBudgets(database);
        this.alerts = new StoredAlerts(database);
        this.anomalyMonitors = new StoredAnomalyMonitors(database);
    }

    /** The store in that DuckDB file, with the default limits. */
    public static StandaloneStore duckDb(Path databaseFile) throws SQLException, IOException {
        return new StandaloneStore(StoreDatabase.duckDb(databaseFile));
    }

    /** The store in a PostgreSQL database. */
    public static StandaloneStore postgres(String url, String user, String password) throws SQLException {
        return new StandaloneStore(StoreDatabase.postgres(url, user, password));
    }

    public StoreDatabase database() {
        return database;
    }

    public StoredCosts costs() {
        return costs;
    }

    public CostQueries queries() {
        return queries;
    }

    /** The accounts and the pending integrations. */
    public StoredAccounts accounts() {
        return accounts;
    }

    public StoredErrors errors() {
        return errors;
    }

    public StoredSecrets secrets() {
        return secrets;
    }

    public StoredCustomers customers() {
        return customers;
    }

    public StoredBudgets budgets() {
        return budgets;
    }

    public StoredAlerts alerts() {
        return alerts;
    }

    public StoredAnomalyMonitors anomalyMonitors() {
        return anomalyMonitors;
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
