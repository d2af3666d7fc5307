package org.cloudspend.web.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * What a browser is told about every answer under {@code /cloudspend/}: scripts and styles only from here (no inline
 * script, no other site), never framed, no content sniffing, no referrer sent elsewhere.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=cloudspend-security-headers",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.context.select=" + PageResources.CONTEXT
})
public class SecurityHeaders implements Filter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
