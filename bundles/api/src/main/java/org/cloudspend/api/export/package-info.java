/**
 * AWS billing exports: export families and formats, billing periods, manifests, deliveries and the canonical line item every reader produces.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.cloudspend.api.export;
