package org.cloudspend.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
                Route.get("/budgets/status", Access.VIEWER, request -> status(request, null)),
                Route.get("/budgets/{name}/status", Access.VIEWER, request -> status(request, request.path("name"))));
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
