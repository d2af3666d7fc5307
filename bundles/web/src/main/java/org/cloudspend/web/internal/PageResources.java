package org.cloudspend.web.internal;

import org.osgi.service.component.annotations.Component;

/**
 * The page's scripts and styles ({@code web/static/} in this bundle) under {@code /cloudspend/static/}, served by the HTTP Whiteboard
 * in the context the API bundle owns; the page itself is {@link IndexServlet}'s.
 */
@Component(service = PageResources.class, property = {
    "osgi.http.whiteboard.resource.pattern=/static/*",
    "osgi.http.whiteboard.resource.prefix=/web/static",
    "osgi.http.whiteboard.context.select=" + PageResources.CONTEXT
})
public class PageResources {

    static final String CONTEXT = "(osgi.http.whiteboard.context.name=cloudspend)";
}
