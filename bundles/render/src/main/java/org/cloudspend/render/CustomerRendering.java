package org.cloudspend.render;

import java.util.List;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.MappingRule;

/** MSP customers, and the mapping rules in the order they apply. */
public final class CustomerRendering {

    private CustomerRendering() {
    }

    public static Rendering customers(List<Customer> customers) {
        Rendering rendering = new Rendering(List.of(
                Column.of("id", "Customer", Column.Kind.TEXT),
                Column.of("name", "Name", Column.Kind.TEXT),
                Column.of("currency", "Currency", Column.Kind.TEXT),
                Column.of("markupPercent", "Markup %", Column.Kind.DECIMAL)))
                .whenEmpty("No customers yet: cloudspend:customer-add adds one.");
        for (Customer customer : customers) {
            rendering.row(customer.id(), customer.name(), customer.currency(),
                    customer.markupPercent().stripTrailingZeros());
        }
        return rendering;
    }

    public static Rendering rules(List<MappingRule> rules) {
        Rendering rendering = new Rendering(List.of(
                Column.of("id", "Rule", Column.Kind.TEXT),
                Column.of("precedence", "Precedence", Column.Kind.COUNT),
                Column.of("matches", "Matches", Column.Kind.TEXT),
                Column.of("kind", "Kind", Column.Kind.TEXT).notInTable(),
                Column.of("key", "Key", Column.Kind.TEXT).notInTable(),
                Column.of("value", "Value", Column.Kind.TEXT).notInTable(),
                Column.of("customer", "Customer", Column.Kind.TEXT)))
                .whenEmpty("No mapping rules yet: cloudspend:customer-map adds one.");
        for (MappingRule rule : rules) {
            rendering.row(rule.id(), rule.precedence(), describe(rule), rule.kind().name(), rule.key(), rule.value(),
                    rule.customerId());
        }
        return rendering;
    }

    /** {@code account 111111111111}, {@code tag team=blue}, {@code cost category unit=retail}. */
    public static String describe(MappingRule rule) {
        return switch (rule.kind()) {
            case LINKED_ACCOUNT -> "account " + rule.value();
            case TAG -> "tag " + rule.key() + "=" + rule.value();
            case COST_CATEGORY -> "cost category " + rule.key() + "=" + rule.value();
        };
    }
}
