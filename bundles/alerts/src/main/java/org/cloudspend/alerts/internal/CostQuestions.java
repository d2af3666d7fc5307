package org.cloudspend.alerts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cloudspend.api.cost.Filter;
import org.cloudspend.api.export.CostMeasure;

/** The shell question that explains an alert: the days, the grouping, the measure and the scope it was raised on. */
final class CostQuestions {

    private CostQuestions() {
    }

    /** {@code cloudspend:cost -f <from> -t <last day> -g day -b <groupBy> -m <measure> [-i|-x filter]...}. */
    static String daily(LocalDate from, LocalDate lastDay, String groupBy, CostMeasure measure, List<Filter> filters) {
        StringBuilder question = new StringBuilder("cloudspend:cost -f ").append(from).append(" -t ").append(lastDay)
                .append(" -g day -b ").append(groupBy).append(" -m ")
                .append(measure.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        for (Filter filter : filters) {
            question.append(filter.exclude() ? " -x " : " -i ").append(quoted(filter.text()));
        }
        return question.toString();
    }

    /** A shell word as typed: quoted when it holds anything but letters, digits and {@code :=,._/-}. */
    private static String quoted(String text) {
        return text.matches("[A-Za-z0-9:=,._/-]+") ? text : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}
