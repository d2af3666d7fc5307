package org.cloudspend.shell.internal;

import java.util.OptionalInt;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.Parsing;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.api.msp.MappingRule;
import org.cloudspend.api.msp.MappingRule.Kind;
import org.cloudspend.render.CustomerRendering;

/** Maps cost to a customer by linked account, tag or cost category; applies to costs loaded before too. */
@Service
@Parsing(CloudspendParser.class)
@Command(scope = "cloudspend", name = "customer-map", description = "Maps cost to a customer by linked account, tag or"
        + " cost category (also the costs loaded before); where rules overlap the lowest precedence wins: by default"
        + " tag 100, cost category 200, account 300")
public class CustomerMapCommand extends CloudspendCommand {

    @Argument(index = 0, name = "customer", required = true, description = "The customer")
    @Completion(CustomerIdCompleter.class)
    String customer;

    @Option(name = "--account", description = "A linked (usage) account id, 12 digits")
    String account;

    @Option(name = "--tag", description = "key=value, the tag key as written in AWS or canonical")
    String tag;

    @Option(name = "--cost-category", description = "name=value")
    String costCategory;

    @Option(name = "--precedence", description = "Lower wins where rules overlap (default: tag 100, cost category"
            + " 200, account 300)")
    Integer precedence;

    @Reference
    CustomerService customers;

    @Override
    protected Object run() {
        if ((account != null ? 1 : 0) + (tag != null ? 1 : 0) + (costCategory != null ? 1 : 0) != 1) {
            throw new IllegalArgumentException("Give exactly one of --account, --tag or --cost-category");
        }
        OptionalInt order = precedence == null ? OptionalInt.empty() : OptionalInt.of(precedence);
        MappingRule rule = account != null ? customers.map(customer, Kind.LINKED_ACCOUNT, "", account, order)
                : tag != null ? customers.map(customer, Kind.TAG, key(tag), value(tag), order)
                : customers.map(customer, Kind.COST_CATEGORY, key(costCategory), value(costCategory), order);
        System.out.println("Rule " + rule.id() + ": " + CustomerRendering.describe(rule) + " -> " + customer
                + ", precedence " + rule.precedence());
        return null;
    }

    private static String key(String pair) {
        int equals = pair.indexOf('=');
        if (equals <= 0 || equals == pair.length() - 1) {
            throw new IllegalArgumentException("Expected key=value, got '" + pair + "'");
        }
        return pair.substring(0, equals);
    }

    private static String value(String pair) {
        return pair.substring(pair.indexOf('=') + 1);
    }
}
