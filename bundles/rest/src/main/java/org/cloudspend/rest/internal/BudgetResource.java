package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetRegistry;
import org.cloudspend.api.budget.BudgetService;
import org.cloudspend.api.budget.BudgetStatus;
import org.cloudspend.render.BudgetRendering;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /budgets}: the budgets, and where each stands (spend, forecast, thresholds crossed) in this period and the
 * last, as {@code cloudspend:budget-status} shows them.
 */
@Component(service = ApiResource.class)
public class BudgetResource implements ApiResource {

    @Reference
    BudgetRegistry registry;

    @Reference
    BudgetService budgets;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/budgets", Access.VIEWER, request -> Answers.of(
                        BudgetRendering.budgets(registry.budgets()), request, "cloudspend-budgets")),
                Route.post("/budgets", Access.ADMIN, this::add),
                Route.put("/budgets/{name}", Access.ADMIN, this::edit),
                Route.delete("/budgets/{name}", Access.ADMIN, this::delete),
                Route.get("/budgets/status", Access.VIEWER, request -> status(request, null)),
                Route.get("/budgets/{name}/status", Access.VIEWER, request -> status(request, request.path("name"))));
    }

    /** A budget: {@code name} and the fields {@link BudgetBody} names; measured at once. */
    Reply add(ApiRequest request) {
        ObjectNode body = request.body();
        String name = Body.required(body, "name", "monthly-total");
        if (registry.budget(name).isPresent()) {
            throw Problem.conflict("A budget named '" + name + "' exists already: change it with PUT /budgets/" + name);
        }
        return Reply.created(json(budgets.add(BudgetBody.budget(name, body, null))));
    }

    /** Changes what the body gives; the rest stays. */
    Reply edit(ApiRequest request) {
        String name = request.path("name");
        Budget was = registry.budget(name).orElseThrow(() -> Problem.notFound("There is no budget '" + name + "'"));
        ObjectNode body = request.body();
        if (body.has("name") && !name.equals(Body.text(body, "name"))) {
            throw Problem.badRequest("name", "A budget keeps its name; add one under the new name instead");
        }
        return Reply.json(json(budgets.update(BudgetBody.budget(name, body, was))));
    }

    /** Deletes a budget; its alerts are resolved. */
    Reply delete(ApiRequest request) {
        String name = request.path("name");
        if (!budgets.delete(name)) {
            throw Problem.notFound("There is no budget '" + name + "'");
        }
        return Reply.noContent();
    }

    private static JsonNode json(Budget budget) {
        return Answers.row(BudgetRendering.budgets(List.of(budget)));
    }

    Reply status(ApiRequest request, String name) {
        LocalDate day = request.day("day").orElse(request.today());
        if (name != null && registry.budget(name).isEmpty()) {
            throw Problem.notFound("There is no budget '" + name + "'");
        }
        List<BudgetStatus> statuses = new ArrayList<>();
        for (BudgetStatus current : name == null ? budgets.statuses(day) : List.of(budgets.status(name, day))) {
            statuses.add(current);
            statuses.add(budgets.status(current.budget().name(), current.periodStart().minusDays(1)));
        }
        return Answers.of(BudgetRendering.statuses(statuses), request, "cloudspend-budget-status-" + day);
    }
}
