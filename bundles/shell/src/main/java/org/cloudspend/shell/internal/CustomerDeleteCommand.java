package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.msp.CustomerService;

/** Removes a customer and its rules; its costs become unassigned. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-delete", description = "Removes a customer and its mapping rules (its"
        + " costs become unassigned)")
public class CustomerDeleteCommand extends CloudspendCommand {

    @Argument(index = 0, name = "id", required = true, description = "The customer")
    @Completion(CustomerIdCompleter.class)
    String id;

    @Reference
    CustomerService customers;

    @Override
    protected Object run() {
        if (!customers.delete(id)) {
            throw new IllegalArgumentException("There is no customer '" + id + "': see cloudspend:customer-list");
        }
        System.out.println("Customer " + id + " deleted with its rules; its costs are unassigned now.");
        return null;
    }
}
