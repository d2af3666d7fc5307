package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.render.CostWords;

/** Adds an MSP customer. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-add", description = "Adds an MSP customer (then map cost to it with"
        + " cloudspend:customer-map)")
public class CustomerAddCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "cloudspend's id for the customer, e.g. acme")
    String id;

    @Option(name = "-n", aliases = "--name", required = true, description = "The name people see")
    String name;

    @Option(name = "--currency", description = "The currency its costs are shown in (default USD)")
    String currency = "USD";

    @Option(name = "--markup", description = "Percent added when rebilling (negative for a discount; default 0)")
    String markup = "0";

    @Reference
    CustomerService customers;

    @Override
    protected Object run() {
        Customer added = customers.add(new Customer(id, name, currency, CostWords.markup(markup)));
        System.out.println("Customer " + added.id() + " (" + added.name() + ") added; map cost to it with"
                + " cloudspend:customer-map --account <id> | --tag <key>=<value> | --cost-category <name>=<value> "
                + added.id());
        return null;
    }
}
