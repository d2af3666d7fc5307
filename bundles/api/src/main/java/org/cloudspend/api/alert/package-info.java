/**
 * Alerts: conditions worth telling the monitoring platform about (a budget threshold reached, a cost anomaly), stored
 * with their state and published on the platform's event bus.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cloudspend.api.alert;
