package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.render.CostWords;

/** Changes a customer's name, currency or markup. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-edit", description = "Changes a customer's name, currency or markup")
public class CustomerEditCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The customer")
    @Completion(CustomerIdCompleter.class)
    String id;

    @Option(name = "-n", aliases = "--name", description = "The name people see")
    String name;

    @Option(name = "--currency", description = "The currency its costs are shown in")
    String currency;

    @Option(name = "--markup", description = "Percent added when rebilling (negative for a discount)")
    String markup;

    @Reference
    CustomerRegistry registry;

    @Reference
    CustomerService customers;

    @Override
    protected Object run() {
        Customer was = registry.customer(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no customer '" + id + "': see cloudspend:customer-list"));
        Customer now = customers.update(new Customer(id, name != null ? name : was.name(),
                currency != null ? currency : was.currency(),
                markup != null ? CostWords.markup(markup) : was.markupPercent()));
        System.out.println("Customer " + now.id() + ": " + now.name() + ", " + now.currency() + ", markup "
                + now.markupPercent().stripTrailingZeros().toPlainString() + "%");
        return null;
    }
}
