/**
 * The cost store: loading deliveries as atomic period replacements, the load history, and cost queries.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cloudspend.api.cost;
