package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2018-06-01T00:00:00Z, 2018-06-01T00:00:00Z",
            "2018-06-01 13:45:10, 2018-06-01T13:45:10Z",
            "2024-02-29T23:00:00.000Z, 2024-02-29T23:00:00Z",
            "2024-01-01, 2024-01-01T00:00:00Z",
            "2024-01-01T02:00:00+02:00, 2024-01-01T00:00:00Z"
    })
    void readsTheShapesAwsWrites(String text, String expected) {
        assertEquals(Instant.parse(expected), Timestamps.toInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-01T00:00:00Z", "yesterday", "2024-02-30", "2024-01-01T25:00:00Z"})
    void refusesWhatIsNoDate(String text) {
        assertThrows(DateTimeException.class, () -> Timestamps.toEpochSecond(text));
    }
}
