package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.api.msp.CustomerService;
import org.cloudspend.api.msp.MappingRule;
import org.cloudspend.render.CostRendering;
import org.cloudspend.render.CostWords;
import org.cloudspend.render.CustomerRendering;
import org.cloudspend.render.JsonOutput;
import org.cloudspend.render.Precision;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /customers}, {@code /rules} and {@code /unassigned}: an MSP's customers, the mapping rules in precedence
 * order, and the cost no rule assigns. A customer's own costs are {@code /costs?customer=<id>}.
 */
@Component(service = ApiResource.class)
public class CustomerResource implements ApiResource {

    @Reference
    CustomerRegistry registry;

    @Reference
    CustomerCostService customerCosts;

    @Reference
    CustomerService customers;

    static final Set<String> CUSTOMER_FIELDS = Set.of("id", "name", "currency", "markupPercent");

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/customers", Access.VIEWER, request -> Answers.of(
                        CustomerRendering.customers(registry.customers()), request, "cloudspend-customers")),
                Route.post("/customers", Access.ADMIN, this::add),
                Route.get("/customers/{id}", Access.VIEWER, this::customer),
                Route.put("/customers/{id}", Access.ADMIN, this::edit),
                Route.delete("/customers/{id}", Access.ADMIN, this::delete),
                Route.get("/rules", Access.VIEWER, request -> Answers.of(
                        CustomerRendering.rules(registry.rules()), request, "cloudspend-rules")),
                Route.post("/rules", Access.ADMIN, this::map),
                Route.delete("/rules/{id}", Access.ADMIN, this::unmap),
                Route.get("/unassigned", Access.VIEWER, this::unassigned));
    }

    /** A customer: {@code id}, {@code name}, {@code currency} (USD), {@code markupPercent} (0; negative: discount). */
    Reply add(ApiRequest request) {
        ObjectNode body = request.body();
        Body.only(body, CUSTOMER_FIELDS, "a customer");
        BigDecimal markup = Body.decimal(body, "markupPercent");
        String currency = Body.text(body, "currency");
        String id = Body.required(body, "id", "acme");
        if (registry.customer(id).isPresent()) {
            throw Problem.conflict("A customer with id '" + id + "' exists already: change it with PUT /customers/"
                    + id);
        }
        Customer added = customers.add(new Customer(id,
                Body.required(body, "name", "Acme Corp"), currency == null ? "USD" : currency,
                markup == null ? BigDecimal.ZERO : markup));
        return Reply.created(json(added));
    }

    /** Changes what the body names; the rest stays. */
    Reply edit(ApiRequest request) {
        Customer was = existing(request.path("id"));
        ObjectNode body = request.body();
        Body.only(body, Set.of("name", "currency", "markupPercent"), "a change of customer");
        String name = Body.text(body, "name");
        String currency = Body.text(body, "currency");
        BigDecimal markup = Body.decimal(body, "markupPercent");
        return Reply.json(json(customers.update(new Customer(was.id(), name != null ? name : was.name(),
                currency != null ? currency : was.currency(), markup != null ? markup : was.markupPercent()))));
    }

    Reply delete(ApiRequest request) {
        String id = request.path("id");
        if (!customers.delete(id)) {
            throw Problem.notFound("There is no customer '" + id + "'");
        }
        return Reply.noContent();
    }

    /**
     * Maps cost to a customer: {@code customer} and exactly one of {@code account} (a linked account's id), {@code
     * tag} ({@code key=value}) or {@code costCategory} ({@code name=value}); {@code precedence} is optional.
     */
    Reply map(ApiRequest request) {
        ObjectNode body = request.body();
        Body.only(body, Set.of("customer", "account", "tag", "costCategory", "precedence"), "a rule");
        String customer = Body.required(body, "customer", "acme");
        String account = Body.text(body, "account");
        String tag = Body.text(body, "tag");
        String costCategory = Body.text(body, "costCategory");
        if ((account != null ? 1 : 0) + (tag != null ? 1 : 0) + (costCategory != null ? 1 : 0) != 1) {
            throw Problem.badRequest(null, "Give exactly one of account, tag or costCategory");
        }
        Integer precedence = Body.integer(body, "precedence");
        OptionalInt order = precedence == null ? OptionalInt.empty() : OptionalInt.of(precedence);
        MappingRule rule = account != null ? customers.map(customer, MappingRule.Kind.LINKED_ACCOUNT, "", account,
                order) : tag != null ? customers.map(customer, MappingRule.Kind.TAG, pair(tag, "tag")[0],
                        pair(tag, "tag")[1], order)
                : customers.map(customer, MappingRule.Kind.COST_CATEGORY, pair(costCategory, "costCategory")[0],
                        pair(costCategory, "costCategory")[1], order);
        return Reply.created(Answers.row(CustomerRendering.rules(List.of(rule))));
    }

    Reply unmap(ApiRequest request) {
        String id = request.path("id");
        if (!customers.unmap(id)) {
            throw Problem.notFound("There is no rule '" + id + "'");
        }
        return Reply.noContent();
    }

    private static String[] pair(String text, String field) {
        int equals = text.indexOf('=');
        if (equals <= 0 || equals == text.length() - 1) {
            throw Problem.badRequest(field, field + " is key=value, e.g. team=payments; got '" + text + "'");
        }
        return new String[] {text.substring(0, equals).trim(), text.substring(equals + 1).trim()};
    }

    private Customer existing(String id) {
        return registry.customer(id).orElseThrow(() -> Problem.notFound("There is no customer '" + id + "'"));
    }

    private static ObjectNode json(Customer customer) {
        return Json.object().put("id", customer.id()).put("name", customer.name())
                .put("currency", customer.currency()).put("markupPercent", customer.markupPercent());
    }

    Reply customer(ApiRequest request) {
        String id = request.path("id");
        Customer customer = existing(id);
        ObjectNode json = json(customer);
        json.set("rules", JsonOutput.tree(CustomerRendering.rules(registry.rules().stream()
                .filter(rule -> rule.customerId().equals(id)).toList())).get("rows"));
        return Reply.json(json);
    }

    Reply unassigned(ApiRequest request) {
        CostQuery asked = CostResource.query(request);
        CostQuery query = request.params("groupBy").isEmpty() ? new CostQuery(asked.from(), asked.to(),
                asked.granularity(), List.of(CostWords.groupBy("account")), asked.filters(),
                asked.measure(), asked.topN()) : asked;
        return Answers.of(CostRendering.of(customerCosts.unassigned(query), Precision.FULL), request,
                "cloudspend-unassigned-" + query.from() + "-to-" + query.to().minusDays(1));
    }
}
