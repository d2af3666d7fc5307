package org.cloudspend.rest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloudspend.api.cost.CostQuery;
import org.cloudspend.api.cost.CostQueryService;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.cost.GroupBy;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.api.msp.CustomerCostService;
import org.cloudspend.api.msp.CustomerRegistry;
import org.cloudspend.render.CostRendering;
import org.cloudspend.render.CostWords;
import org.cloudspend.render.MonthToDateRendering;
import org.cloudspend.render.Precision;
import org.cloudspend.render.Rendering;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code /costs} and {@code /month-to-date}: the cost questions of {@code cloudspend:cost} and
 * {@code cloudspend:month-to-date}, with the same words. A customer user's question is always asked of the
 * customer cost service for its own customer, whatever the query string says.
 */
@Component(service = ApiResource.class)
public class CostResource implements ApiResource {

    @Reference
    CostQueryService costs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CustomerCostService customerCosts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile CustomerRegistry customers;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/costs", Access.ANY_ROLE, this::costs),
                Route.get("/month-to-date", Access.VIEWER, this::monthToDate));
    }

    Reply costs(ApiRequest request) {
        CostQuery query = query(request);
        boolean compare = request.flag("compare");
        String customer = customer(request);
        Rendering rendering;
        if (customer != null) {
            if (compare) {
                throw Problem.badRequest("compare", "compare works on all costs, not on one customer's");
            }
            rendering = CostRendering.forCustomer(customerCosts().query(customer, query), Precision.FULL);
        } else if (compare) {
            rendering = CostRendering.compared(costs.compare(query), Precision.FULL);
        } else {
            rendering = CostRendering.of(costs.query(query), Precision.FULL);
        }
        return Answers.of(rendering, request, "cloudspend-costs-" + query.from() + "-to-" + query.to().minusDays(1));
    }

    Reply monthToDate(ApiRequest request) {
        LocalDate day = request.day("day").orElse(request.today());
        CostMeasure measure = request.param("measure", CostWords::measure).orElse(CostMeasure.UNBLENDED);
        Rendering rendering = MonthToDateRendering.of(costs.monthToDate(day, measure, filters(request)));
        return Answers.of(rendering, request, "cloudspend-month-to-date-" + day);
    }

    /** The customer the question is asked for: a customer user's own, else the {@code customer} parameter's. */
    private String customer(ApiRequest request) {
        String asked = request.param("customer").orElse(null);
        Caller caller = request.caller();
        if (caller.customerUser()) {
            String own = caller.customerId();
            if (asked != null && !asked.equals(own)) {
                throw Problem.forbidden("User " + caller.name() + " sees the costs of customer " + own
                        + " only, not of " + asked);
            }
            return own;
        }
        if (asked != null && (customers == null || customers.customer(asked).isEmpty())) {
            throw customers == null ? Problem.conflict("MSP customers are not installed here:"
                    + " feature:install cloudspend-msp") : Problem.notFound("There is no customer '" + asked + "'");
        }
        return asked;
    }

    private CustomerCostService customerCosts() {
        CustomerCostService service = customerCosts;
        if (service == null) {
            throw Problem.conflict("MSP customers are not installed here: feature:install cloudspend-msp");
        }
        return service;
    }

    /**
     * The question: {@code from} and {@code toExclusive} (half-open; by default this month so far), {@code
     * granularity}, up to three {@code groupBy}, {@code include} and {@code exclude} filters, {@code measure} and
     * {@code top}.
     */
    static CostQuery query(ApiRequest request) {
        LocalDate from = request.day("from").orElse(request.today().withDayOfMonth(1));
        LocalDate toExclusive = request.day("toExclusive").orElse(request.today().plusDays(1));
        if (!from.isBefore(toExclusive)) {
            throw Problem.badRequest("toExclusive", "The range is empty: from " + from
                    + " is not before toExclusive " + toExclusive);
        }
        List<GroupBy> groups = request.params("groupBy", CostWords::groupBy);
        if (groups.size() > 3) {
            throw Problem.badRequest("groupBy", "Group by at most three dimensions, not " + groups.size());
        }
        int top = request.intParam("top", 0);
        if (top < 0) {
            throw Problem.badRequest("top", "top is a number of groups, 1 or more (0: all); got " + top);
        }
        return new CostQuery(from, toExclusive,
                request.param("granularity", CostWords::granularity).orElse(org.cloudspend.api.cost.Granularity.MONTH),
                groups.isEmpty() ? List.of(CostWords.groupBy("service")) : groups, filters(request),
                request.param("measure", CostWords::measure).orElse(CostMeasure.UNBLENDED), top);
    }

    /** {@code include=service=AmazonEC2,AmazonS3} and {@code exclude=line-item-type=Tax}, each may repeat. */
    static List<Filter> filters(ApiRequest request) {
        List<Filter> filters = new ArrayList<>(request.params("include", text -> CostWords.filter(text, false)));
        filters.addAll(request.params("exclude", text -> CostWords.filter(text, true)));
        return filters;
    }
}
