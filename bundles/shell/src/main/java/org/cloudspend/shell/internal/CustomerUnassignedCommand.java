package org.cloudspend.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** The cost no mapping rule assigns to a customer, by account unless told otherwise: what still needs a rule. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-unassigned", description = "Shows the cost that no mapping rule assigns"
        + " to a customer (by account by default); takes the options of cloudspend:cost")
public class CustomerUnassignedCommand extends CostCommand {

    {
        unassignedOnly = true;
    }
}
