/**
 * Budgets: an amount of spend for a period within a scope, with thresholds on the actual and the forecast spend.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cloudspend.api.budget;
