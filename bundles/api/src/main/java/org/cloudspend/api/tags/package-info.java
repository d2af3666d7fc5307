/**
 * Tag-key normalisation: one canonical key per tag, the same in every export format.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cloudspend.api.tags;
