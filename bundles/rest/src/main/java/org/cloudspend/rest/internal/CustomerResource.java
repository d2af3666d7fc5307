package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.msp.Customer;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerRegistry;
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

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/customers", Access.VIEWER, request -> Answers.of(
                        CustomerRendering.customers(registry.customers()), request, "cloudspend-customers")),
                Route.get("/customers/{id}", Access.VIEWER, this::customer),
                Route.get("/rules", Access.VIEWER, request -> Answers.of(
                        CustomerRendering.rules(registry.rules()), request, "cloudspend-rules")),
                Route.get("/unassigned", Access.VIEWER, this::unassigned));
    }

    Reply customer(ApiRequest request) {
        String id = request.path("id");
        Customer customer = registry.customer(id)
                .orElseThrow(() -> Problem.notFound("There is no customer '" + id + "'"));
        ObjectNode json = Json.object().put("id", customer.id()).put("name", customer.name())
                .put("currency", customer.currency()).put("markupPercent", customer.markupPercent());
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
