package org.cloudspend.msp.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.Identifier;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.CostResult;
import org.cloudspend.api.cost.CostRow;
import org.cloudspend.api.cost.Dimension;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerCosts;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.api.msp.MappingRule;
import org.cloudspend.api.msp.MappingRule.Kind;
import org.cloudspend.api.tags.TagNormalizer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An MSP's customers: rules checked and tag keys normalised before they are stored, cost questions scoped to one
 * customer by the service itself (a customer filter added to whatever the question asks), and rebilled amounts.
 */
@Component(service = {CustomerService.class, CustomerCostService.class})
public class MspCustomers implements CustomerService, CustomerCostService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final CustomerRegistry registry;
    private final CostQueryService costs;
    private final TagNormalizer tags;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public MspCustomers(@Reference CustomerRegistry registry, @Reference CostQueryService costs,
            @Reference TagNormalizer tags) {
        this.registry = registry;
        this.costs = costs;
        this.tags = tags;
    }

    @Override
    public synchronized Customer add(Customer customer) {
        Identifier.check("customer", customer.id());
        if (registry.customer(customer.id()).isPresent()) {
            throw new IllegalArgumentException("A customer with id '" + customer.id() + "' exists already");
        }
        registry.save(customer);
        return customer;
    }

    @Override
    public synchronized Customer update(Customer customer) {
        known(customer.id());
        registry.save(customer);
        return customer;
    }

    @Override
    public boolean delete(String customerId) {
        return registry.deleteCustomer(customerId);
    }

    @Override
    public synchronized MappingRule map(String customerId, Kind kind, String key, String value,
            OptionalInt precedence) {
        known(customerId);
        String ruleKey = switch (kind) {
            case LINKED_ACCOUNT -> "";
            case TAG -> tags.fromOriginalKey(required(key, "tag key")).canonical();
            case COST_CATEGORY -> required(key, "cost category name");
        };
        String ruleValue = kind == Kind.LINKED_ACCOUNT ? new AwsAccountId(value.trim()).value() : value;
        int order = precedence.orElse(defaultPrecedence(kind));
        for (MappingRule rule : registry.rules()) {
            boolean sameMatch = rule.kind() == kind && rule.key().equals(ruleKey) && rule.value().equals(ruleValue);
            if (sameMatch && rule.customerId().equals(customerId)) {
                throw new IllegalArgumentException("Customer " + customerId + " has this rule already: " + rule.id());
            }
            if (sameMatch && rule.precedence() == order) {
                // neither would win: the cost would go to whichever rule id sorts first
                throw new IllegalArgumentException("Rule " + rule.id() + " maps the same cost to customer "
                        + rule.customerId() + " at the same precedence " + order + ": give this one another"
                        + " precedence (--precedence), or remove that rule (cloudspend:customer-unmap " + rule.id()
                        + ")");
            }
        }
        MappingRule rule = new MappingRule(ruleId(), customerId, kind, ruleKey, ruleValue, order);
        registry.save(rule);
        return rule;
    }

    @Override
    public boolean unmap(String ruleId) {
        return registry.deleteRule(ruleId);
    }

    @Override
    public CustomerCosts query(String customerId, CostQuery query) {
        Customer customer = known(customerId);
        CostResult result = costs.query(scoped(query, customerId));
        BigDecimal factor = HUNDRED.add(customer.markupPercent()).divide(HUNDRED);
        List<CostRow> rebilled = new ArrayList<>();
        for (CostRow row : result.rows()) {
            rebilled.add(new CostRow(row.bucket(), row.group(), row.amount().multiply(factor)));
        }
        return new CustomerCosts(customer, result,
                new CostResult(result.query(), rebilled, result.total().multiply(factor), result.currency()));
    }

    @Override
    public CostResult unassigned(CostQuery query) {
        return costs.query(scoped(query, Customer.UNASSIGNED));
    }

    /** The question with a customer filter added: every filter applies, so nothing outside the customer remains. */
    private static CostQuery scoped(CostQuery query, String customerId) {
        List<Filter> filters = new ArrayList<>(query.filters());
        filters.add(new Filter(GroupBy.of(Dimension.CUSTOMER), Set.of(customerId), false));
        return new CostQuery(query.from(), query.to(), query.granularity(), query.groupBy(), filters, query.measure(),
                query.topN());
    }

    static int defaultPrecedence(Kind kind) {
        return switch (kind) {
            case TAG -> TAG_PRECEDENCE;
            case COST_CATEGORY -> COST_CATEGORY_PRECEDENCE;
            case LINKED_ACCOUNT -> ACCOUNT_PRECEDENCE;
        };
    }

    private Customer known(String customerId) {
        return registry.customer(customerId).orElseThrow(() -> new IllegalArgumentException(
                "There is no customer '" + customerId + "': see cloudspend:customer-list"));
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A rule of this kind needs a " + what);
        }
        return text.trim();
    }

    private String ruleId() {
        StringBuilder id = new StringBuilder("rule-");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }
}
