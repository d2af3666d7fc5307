/**
 * Keeping every account's costs current: when each account is checked for new deliveries, what was loaded, and the
 * progress of a load under way.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cloudspend.api.ingest;
