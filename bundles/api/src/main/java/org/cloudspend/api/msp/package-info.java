/**
 * Managed service providers: customers and the rules that map cost to them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cloudspend.api.msp;
