package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.MappingRule;

/** The customers, then the mapping rules in the order they apply. */
@Service
@Command(scope = "cloudspend", name = "customer-list", description = "Lists the MSP customers and the mapping rules in"
        + " the order they apply")
public class CustomerListCommand implements Action {

    @Reference
    CustomerRegistry registry;

    @Override
    public Object execute() {
        ShellTable customers = new ShellTable();
        customers.column("Customer");
        customers.column("Name");
        customers.column("Currency");
        customers.column("Markup %").alignRight();
        for (Customer customer : registry.customers()) {
            customers.addRow().addContent(customer.id(), customer.name(), customer.currency(),
                    customer.markupPercent().stripTrailingZeros().toPlainString());
        }
        customers.print(System.out);
        ShellTable rules = new ShellTable();
        rules.column("Rule");
        rules.column("Precedence").alignRight();
        rules.column("Matches");
        rules.column("Customer");
        for (MappingRule rule : registry.rules()) {
            rules.addRow().addContent(rule.id(), rule.precedence(), describe(rule), rule.customerId());
        }
        System.out.println();
        rules.print(System.out);
        return null;
    }

    static String describe(MappingRule rule) {
        return switch (rule.kind()) {
            case LINKED_ACCOUNT -> "account " + rule.value();
            case TAG -> "tag " + rule.key() + "=" + rule.value();
            case COST_CATEGORY -> "cost category " + rule.key() + "=" + rule.value();
        };
    }
}
