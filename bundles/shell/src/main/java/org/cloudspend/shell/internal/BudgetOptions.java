package org.cloudspend.shell.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cloudspend.api.budget.Budget;
import org.cloudspend.api.budget.BudgetPeriod;
import org.cloudspend.api.budget.BudgetThreshold;
import org.cloudspend.api.budget.ExcludedCharge;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.render.BudgetRendering;
import org.cloudspend.render.Cents;
import org.cloudspend.render.CostWords;

/** What budget-add and budget-edit take: a budget's fields, each optional where an edit keeps what was there. */
abstract class BudgetOptions extends CloudspendCommand {

    @Argument(index = 0, name = "name", required = true, description = "The budget's name: letters, digits, . _ -")
    @Completion(BudgetNameCompleter.class)
    String name;

    @Option(name = "--amount", description = "The amount for one period, e.g. 1000 or 1250.50")
    String amount;

    @Option(name = "--currency", description = "The amount's currency, the costs' own (default: USD)")
    String currency;

    @Option(name = "--period", description = "monthly (default), quarterly or yearly")
    @Completion(value = StringsCompleter.class, values = {"monthly", "quarterly", "yearly"})
    String period;

    @Option(name = "-m", aliases = "--measure",
            description = "unblended (default), net-unblended, amortized or net-amortized")
    @Completion(value = StringsCompleter.class, values = {"unblended", "net-unblended", "amortized", "net-amortized"})
    String measure;

    @Option(name = "--threshold", multiValued = true, description = "Alert when the spend (actual:<percent>) or the"
            + " forecast (forecast:<percent>) reaches this share of the amount; repeat for more (default: actual:100)")
    List<String> thresholds;

    @Option(name = "-i", aliases = "--include", multiValued = true, description = "The scope, as in cost: keep only"
            + " these, dimension=value[,value...]")
    List<String> include;

    @Option(name = "-x", aliases = "--exclude", multiValued = true, description = "The scope, as in cost: leave these"
            + " out, dimension=value[,value...]")
    List<String> exclude;

    @Option(name = "--leave-out", description = "Charges left out of the spend, as AWS Budgets can: credits,"
            + " refunds, tax, upfront (comma-separated), or none")
    String leaveOut;

    /** The budget these options describe, taking what they do not give from {@code was} (or the defaults). */
    Budget budget(Budget was) {
        List<Filter> filters = include == null && exclude == null ? (was == null ? List.of() : was.filters())
                : CostWords.filters(include, exclude);
        return new Budget(name,
                period != null ? BudgetPeriod.of(period) : was != null ? was.period() : BudgetPeriod.MONTHLY,
                measure != null ? CostWords.measure(measure) : was != null ? was.measure() : CostMeasure.UNBLENDED,
                amount != null ? amount(amount) : was != null ? was.amount() : null,
                currency != null ? currency : was != null ? was.currency() : "USD",
                thresholds != null ? thresholds.stream().map(BudgetThreshold::parse).toList()
                        : was != null ? was.thresholds() : List.of(BudgetThreshold.parse("actual:100")),
                filters,
                leaveOut != null ? leftOut(leaveOut) : was != null ? was.excluded() : Set.of());
    }

    private static BigDecimal amount(String text) {
        if (!text.matches("\\d{1,15}(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException("--amount is a plain amount with at most 2 decimals, e.g. 1000 or"
                    + " 1250.50; got '" + text + "'");
        }
        return new BigDecimal(text);
    }

    private static Set<ExcludedCharge> leftOut(String text) {
        if (text.trim().equalsIgnoreCase("none")) {
            return Set.of();
        }
        Set<ExcludedCharge> charges = EnumSet.noneOf(ExcludedCharge.class);
        Arrays.stream(text.split(",")).map(ExcludedCharge::of).forEach(charges::add);
        return charges;
    }

    /** The budget as budget-add and budget-edit confirm it: amount in cents, period, thresholds and scope. */
    static String described(Budget budget) {
        return "Budget " + budget.name() + ": " + Cents.format(budget.amount()) + " " + budget.currency() + " "
                + budget.period().word() + ", alerting at " + BudgetRendering.thresholds(budget) + "; scope "
                + BudgetRendering.scope(budget) + ".";
    }
}
