/**
 * Cost anomalies: monitors that watch a dimension's daily cost against a robust, weekday-aware baseline, and the
 * anomalies they find, with what contributed to them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cloudspend.api.anomaly;
