package org.cloudspend.web.internal;

import java.io.IOException;
import java.io.InputStream;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/** {@code /cloudspend/}: the page itself, always fresh (its scripts and styles are named by version in it). */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=cloudspend-page",
    "osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.pattern=/index.html",
    "osgi.http.whiteboard.context.select=" + PageResources.CONTEXT
})
public class IndexServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // "/" is the default servlet's pattern: any path nothing else serves arrives here, and is not the page
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.equals("/") && !path.isEmpty() && !path.equals("/index.html")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such page: " + path);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream page = IndexServlet.class.getResourceAsStream("/web/index.html")) {
            page.transferTo(response.getOutputStream());
        }
    }
}
