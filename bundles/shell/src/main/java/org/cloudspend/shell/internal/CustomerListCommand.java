package org.cloudspend.shell.internal;

import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.render.CustomerRendering;
import org.cloudspend.render.JsonOutput;
import org.cloudspend.render.Precision;

/** The customers, then the mapping rules in the order they apply. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-list", description = "Lists the MSP customers and the mapping rules in"
        + " the order they apply")
public class CustomerListCommand extends CloudspendCommand {

    @Option(name = "--rules", description = "Only the mapping rules (CSV holds one list: the customers, or the rules"
            + " with --rules)")
    boolean rulesOnly;

    @Option(name = "--format", description = Output.FORMATS)
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json"})
    String format = "table";

    @Reference
    CustomerRegistry registry;

    @Override
    protected Object run() {
        var customers = CustomerRendering.customers(registry.customers());
        var rules = CustomerRendering.rules(registry.rules());
        switch (Output.format(format)) {
            case "json" -> System.out.println(rulesOnly ? JsonOutput.write(rules)
                    : JsonOutput.write(Map.of("customers", customers, "rules", rules)));
            case "csv" -> Output.print(rulesOnly ? rules : customers, "csv", Precision.CENTS, System.out);
            default -> {
                if (!rulesOnly) {
                    Output.table(customers, Precision.CENTS, System.out);
                    System.out.println();
                }
                Output.table(rules, Precision.CENTS, System.out);
            }
        }
        return null;
    }
}
