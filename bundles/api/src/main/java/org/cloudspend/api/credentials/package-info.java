/**
 * AWS credentials per integrated account; the only way other bundles get to AWS.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cloudspend.api.credentials;
