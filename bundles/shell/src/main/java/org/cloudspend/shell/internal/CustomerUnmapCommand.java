package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.msp.CustomerService;

/** Removes a mapping rule. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-unmap", description = "Removes a mapping rule (cloudspend:customer-list"
        + " shows their ids)")
public class CustomerUnmapCommand extends CloudspendCommand {

    @Argument(index = 0, name = "rule", required = true, description = "The rule's id")
    String rule;

    @Reference
    CustomerService customers;

    @Override
    protected Object run() {
        if (!customers.unmap(rule)) {
            throw new IllegalArgumentException("There is no rule '" + rule + "': see cloudspend:customer-list");
        }
        System.out.println("Rule " + rule + " removed.");
        return null;
    }
}
