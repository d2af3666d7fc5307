package org.cloudspend.cur.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "eu-west-1, us-east-1, us-east-1a, US East (N. Virginia), eu-west-1",
            "-, us-east-2, us-east-1a, -, us-east-2",
            "-, -, ap-southeast-2b, -, ap-southeast-2",
            "-, -, -, US West (Oregon), us-west-2",
            "-, -, -, EU (Frankfurt), eu-central-1",
            "-, US East (N. Virginia), -, US East (N. Virginia), us-east-1",
            "-, -, -, Global, global",
            "-, -, -, -, global",
            "-, -, -, Atlantis (Central), Atlantis (Central)"
    })
    void takesTheBestColumnThereIs(String regionCode, String region, String zone, String location, String expected) {
        assertEquals(expected, Regions.resolve(regionCode, region, zone, location, new HashMap<>()));
    }

    @Test
    void aZonesRegionIsOneStringForEveryLineItemOfThatZone() {
        Map<String, String> zoneRegions = new HashMap<>();
        String first = Regions.resolve(null, null, new String("eu-west-1a"), null, zoneRegions);
        assertEquals("eu-west-1", first);
        assertSame(first, Regions.resolve("", "", new String("eu-west-1a"), null, zoneRegions));
        assertEquals("eu-west-1", Regions.resolve(null, null, "eu-west-1b", null, zoneRegions));
    }

    @Test
    void zonesBeyondTheRememberedOnesStillGetTheirRegion() {
        Map<String, String> zoneRegions = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            assertEquals("zone-" + i, Regions.resolve(null, null, "zone-" + i + "a", null, zoneRegions));
        }
        assertEquals(1_024, zoneRegions.size());
    }
}
