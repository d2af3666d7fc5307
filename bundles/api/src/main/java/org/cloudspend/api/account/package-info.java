/**
 * AWS accounts integrated with cloudspend, how they are reached, and the configuration errors found for them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.cloudspend.api.account;
