package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.render.CostWords;

/**
 * A budget as the API's JSON body gives it: {@code amount} (a number, at most 2 decimals), {@code currency} (USD),
 * {@code period} (monthly), {@code measure} (unblended), {@code thresholds} (["actual:100"]), {@code include} and
 * {@code exclude} (the scope, as in /costs), {@code leaveOut} (["credits", "tax"]); what a change does not give stays.
 */
final class BudgetBody {

    static final Set<String> FIELDS = Set.of("name", "amount", "currency", "period", "measure", "thresholds",
            "include", "exclude", "leaveOut");

    private BudgetBody() {
    }

    static Budget budget(String name, ObjectNode body, Budget was) {
        Body.only(body, FIELDS, "a budget");
        BigDecimal amount = Body.decimal(body, "amount");
        if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw Problem.badRequest("amount", "amount is more than 0, with at most 2 decimals, e.g. 1250.50; got "
                    + amount.toPlainString());
        }
        if (amount == null && was == null) {
            throw Problem.badRequest("amount", "A budget needs an amount, e.g. \"amount\": 1000");
        }
        String period = Body.text(body, "period");
        String measure = Body.text(body, "measure");
        String currency = Body.text(body, "currency");
        List<String> thresholds = Body.texts(body, "thresholds");
        List<String> include = Body.texts(body, "include");
        List<String> exclude = Body.texts(body, "exclude");
        List<String> leaveOut = Body.texts(body, "leaveOut");
        List<Filter> filters = include == null && exclude == null ? (was == null ? List.of() : was.filters())
                : filters(include, exclude);
        return new Budget(name,
                period != null ? Body.parsed("period", () -> BudgetPeriod.of(period))
                        : was != null ? was.period() : BudgetPeriod.MONTHLY,
                measure != null ? Body.parsed("measure", () -> CostWords.measure(measure))
                        : was != null ? was.measure() : CostMeasure.UNBLENDED,
                amount != null ? amount : was.amount(),
                currency != null ? currency : was != null ? was.currency() : "USD",
                thresholds != null ? Body.parsed("thresholds", () -> thresholds.stream().map(BudgetThreshold::parse)
                        .toList()) : was != null ? was.thresholds() : List.of(BudgetThreshold.parse("actual:100")),
                filters,
                leaveOut != null ? Body.parsed("leaveOut", () -> charges(leaveOut))
                        : was != null ? was.excluded() : Set.of());
    }

    static List<Filter> filters(List<String> include, List<String> exclude) {
        List<Filter> filters = new ArrayList<>();
        for (String text : include == null ? List.<String>of() : include) {
            filters.add(Body.parsed("include", () -> CostWords.filter(text, false)));
        }
        for (String text : exclude == null ? List.<String>of() : exclude) {
            filters.add(Body.parsed("exclude", () -> CostWords.filter(text, true)));
        }
        return filters;
    }

    private static Set<ExcludedCharge> charges(List<String> words) {
        Set<ExcludedCharge> charges = EnumSet.noneOf(ExcludedCharge.class);
        words.stream().map(ExcludedCharge::of).forEach(charges::add);
        return charges;
    }
}
