package org.cloudspend.store.internal;

import java.util.List;
import java.util.Optional;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.MappingRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * MSP customers and their mapping rules; every change reassigns the stored costs, so rules apply to what was loaded
 * before too.
 */
@Component(service = CustomerRegistry.class)
public final class StoredCustomers implements CustomerRegistry {

    private final StoreDatabase database;

    @Activate
    public StoredCustomers(@Reference StoreDatabase database) {
        this.database = database;
    }

    @Override
    public List<Customer> customers() {
        return database.question("list the customers", c -> CustomerTables.customers(c, null));
    }

    @Override
    public Optional<Customer> customer(String id) {
        return database.with("read customer " + id, c -> CustomerTables.customer(c, id));
    }

    @Override
    public void save(Customer customer) {
        database.transaction("save customer " + customer.id(), session -> {
            CustomerTables.save(session.connection(), customer);
            CustomerAssignments.recompute(session.connection(), session.backend());
            return null;
        });
    }

    @Override
    public boolean deleteCustomer(String id) {
        return database.transaction("delete customer " + id, session -> {
            boolean deleted = CustomerTables.delete(session.connection(), id);
            CustomerAssignments.recompute(session.connection(), session.backend());
            return deleted;
        });
    }

    @Override
    public List<MappingRule> rules() {
        return database.question("list the mapping rules", CustomerTables::rules);
    }

    @Override
    public void save(MappingRule rule) {
        database.transaction("save mapping rule " + rule.id(), session -> {
            CustomerTables.save(session.connection(), rule);
            CustomerAssignments.recompute(session.connection(), session.backend());
            return null;
        });
    }

    @Override
    public boolean deleteRule(String id) {
        return database.transaction("delete mapping rule " + id, session -> {
            boolean deleted = CustomerTables.deleteRule(session.connection(), id);
            CustomerAssignments.recompute(session.connection(), session.backend());
            return deleted;
        });
    }
}
