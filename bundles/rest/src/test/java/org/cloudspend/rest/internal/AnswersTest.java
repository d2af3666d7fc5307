package org.cloudspend.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.render.Column;
import org.cloudspend.render.Rendering;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private static ApiRequest request(Map<String, String[]> parameters) {
        return new ApiRequest(new Caller("ann", Set.of("cloudspend-admin")), Map.of(), parameters, null,
                LocalDate.of(2026, 12, 4));
    }

    private static Rendering rows(int count) {
        Rendering rendering = new Rendering(List.of(Column.of("n", "N", Column.Kind.COUNT),
                Column.of("cost", "Cost", Column.Kind.AMOUNT)));
        for (int i = 0; i < count; i++) {
            rendering.row(i, new BigDecimal("0.0000000001").add(BigDecimal.valueOf(i)));
        }
        return rendering;
    }

    @Test
    void aPageKeepsItsRowsAndSaysHowManyThereAre() {
        Reply reply = Answers.of(rows(7), request(Map.of("offset", new String[] {"5"}, "limit", new String[] {"5"})),
                "x");
        ObjectNode json = (ObjectNode) reply.json();
        assertEquals(2, json.get("rows").size());
        assertEquals(5, json.get("rows").get(0).get("n").asInt());
        assertEquals(new BigDecimal("5.0000000001"), json.get("rows").get(0).get("cost").decimalValue());
        assertEquals(7, json.get("page").get("total").asInt());
    }

    @Test
    void csvIsTheWholeAnswerWithEveryDecimal() {
        Reply reply = Answers.of(rows(3), request(Map.of("format", new String[] {"csv"}, "limit",
                new String[] {"1"})), "cloudspend-costs");
        assertEquals("text/csv", reply.mediaType());
        assertEquals("cloudspend-costs.csv", reply.fileName());
        assertEquals("n,cost\n0,0.0000000001\n1,1.0000000001\n2,2.0000000001\n", reply.text().replace("\r", ""));
    }

    @Test
    void aBadPageNamesItsParameter() {
        Problem problem = assertThrows(Problem.class, () -> Answers.of(rows(1),
                request(Map.of("limit", new String[] {"0"})), "x"));
        assertEquals(400, problem.status());
        assertEquals("limit", problem.body("/x").get("field").asText());
        Problem twice = assertThrows(Problem.class, () -> Answers.of(rows(1),
                request(Map.of("offset", new String[] {"1", "2"})), "x"));
        assertEquals("offset takes one value, but was given 2 (1, 2): give it once", twice.getMessage());
    }
}
