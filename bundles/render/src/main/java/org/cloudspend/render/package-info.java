/**
 * cloudspend's answers as people and scripts read them: a {@link org.cloudspend.render.Rendering} per kind of answer
 * (costs, loads, configuration errors, accounts, customers), written as CSV or JSON here and as a table by the shell,
 * so that the shell and the HTTP API say the same thing in the same words.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cloudspend.render;
