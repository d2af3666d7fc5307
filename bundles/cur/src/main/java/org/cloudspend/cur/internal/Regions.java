package org.cloudspend.cur.internal;

import java.util.Map;

/**
 * The region of a line item, from the best column the export has: the region code, else the availability zone without
 * its zone letter, else the location's display name through AWS's table of location names (a name the table lacks is
 * kept as it is), else {@value #GLOBAL} (services without a region, and lines such as tax or support).
 */
final class Regions {

    static final String GLOBAL = "global";

    /** AWS's location names (product/location) of its regions. */
    private static final Map<String, String> BY_LOCATION = Map.ofEntries(
            Map.entry("US East (N. Virginia)", "us-east-1"),
            Map.entry("US East (Ohio)", "us-east-2"),
            Map.entry("US West (N. California)", "us-west-1"),
            Map.entry("US West (Oregon)", "us-west-2"),
            Map.entry("Africa (Cape Town)", "af-south-1"),
            Map.entry("Asia Pacific (Hong Kong)", "ap-east-1"),
            Map.entry("Asia Pacific (Taipei)", "ap-east-2"),
            Map.entry("Asia Pacific (Hyderabad)", "ap-south-2"),
            Map.entry("Asia Pacific (Jakarta)", "ap-southeast-3"),
            Map.entry("Asia Pacific (Malaysia)", "ap-southeast-5"),
            Map.entry("Asia Pacific (Melbourne)", "ap-southeast-4"),
            Map.entry("Asia Pacific (Mumbai)", "ap-south-1"),
            Map.entry("Asia Pacific (Osaka)", "ap-northeast-3"),
            Map.entry("Asia Pacific (Seoul)", "ap-northeast-2"),
            Map.entry("Asia Pacific (Singapore)", "ap-southeast-1"),
            Map.entry("Asia Pacific (Sydney)", "ap-southeast-2"),
            Map.entry("Asia Pacific (Thailand)", "ap-southeast-7"),
            Map.entry("Asia Pacific (Tokyo)", "ap-northeast-1"),
            Map.entry("Canada (Central)", "ca-central-1"),
            Map.entry("Canada West (Calgary)", "ca-west-1"),
            Map.entry("EU (Frankfurt)", "eu-central-1"),
            Map.entry("EU (Zurich)", "eu-central-2"),
            Map.entry("EU (Ireland)", "eu-west-1"),
            Map.entry("EU (London)", "eu-west-2"),
            Map.entry("EU (Paris)", "eu-west-3"),
            Map.entry("EU (Milan)", "eu-south-1"),
            Map.entry("EU (Spain)", "eu-south-2"),
            Map.entry("EU (Stockholm)", "eu-north-1"),
            Map.entry("Europe (Frankfurt)", "eu-central-1"),
            Map.entry("Europe (Zurich)", "eu-central-2"),
            Map.entry("Europe (Ireland)", "eu-west-1"),
            Map.entry("Europe (London)", "eu-west-2"),
            Map.entry("Europe (Paris)", "eu-west-3"),
            Map.entry("Europe (Milan)", "eu-south-1"),
            Map.entry("Europe (Spain)", "eu-south-2"),
            Map.entry("Europe (Stockholm)", "eu-north-1"),
            Map.entry("Israel (Tel Aviv)", "il-central-1"),
            Map.entry("Mexico (Central)", "mx-central-1"),
            Map.entry("Middle East (Bahrain)", "me-south-1"),
            Map.entry("Middle East (UAE)", "me-central-1"),
            Map.entry("South America (Sao Paulo)", "sa-east-1"),
            Map.entry("AWS GovCloud (US-East)", "us-gov-east-1"),
            Map.entry("AWS GovCloud (US-West)", "us-gov-west-1"),
            Map.entry("AWS GovCloud (US)", "us-gov-west-1"),
            Map.entry("China (Beijing)", "cn-north-1"),
            Map.entry("China (Ningxia)", "cn-northwest-1"));

    private static final int ZONES_REMEMBERED = 1024;

    private Regions() {
    }

    /**
     * Each text may be null or empty. The regions taken from availability zones are remembered in {@code zoneRegions}
     * (a reader's own), so that a line item gets its zone's region as the same String every time instead of a new one
     * to hash again.
     */
    static String resolve(String regionCode, String region, String availabilityZone, String location,
            Map<String, String> zoneRegions) {
        if (!isEmpty(regionCode)) {
            return regionCode;
        }
        if (!isEmpty(region) && region.indexOf(' ') < 0) {
            return region;
        }
        if (!isEmpty(availabilityZone) && Character.isLetter(availabilityZone.charAt(availabilityZone.length() - 1))) {
            return regionOfZone(availabilityZone, zoneRegions);
        }
        if (isEmpty(location) || location.equals("Global") || location.equals("Any")) {
            return GLOBAL;
        }
        // a location newer than this table stays visible under its own name rather than land in another region
        return BY_LOCATION.getOrDefault(location, location);
    }

    /** AWS has a few hundred availability zones: a file with more distinct values gets the others' regions anew. */
    private static String regionOfZone(String availabilityZone, Map<String, String> zoneRegions) {
        String known = zoneRegions.get(availabilityZone);
        if (known == null) {
            known = availabilityZone.substring(0, availabilityZone.length() - 1);
            if (zoneRegions.size() < ZONES_REMEMBERED) {
                zoneRegions.put(availabilityZone, known);
            }
        }
        return known;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}
