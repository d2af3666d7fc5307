package org.cloudspend.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerRegistry;

/** Completes the ids of the MSP customers. */
@Service
public class CustomerIdCompleter implements Completer {

    @Reference
    CustomerRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(registry.customers().stream().map(Customer::id).toList())
                .complete(session, commandLine, candidates);
    }
}
