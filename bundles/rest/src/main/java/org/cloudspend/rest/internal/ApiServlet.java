package org.cloudspend.rest.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.cloudspend.api.account.IntegrationRefusedException;
import org.cloudspend.api.credentials.CredentialsException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /cloudspend/api/v1/*}: finds the route of a request among the resources installed, checks the caller's
 * role and that a change carries {@value #REQUESTED_BY} and a JSON body, and writes the answer or the problem.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.name=cloudspend-api",
    "osgi.http.whiteboard.servlet.pattern=/api/v1/*",
    "osgi.http.whiteboard.context.select=" + CloudspendContext.SELECT
})
public class ApiServlet extends HttpServlet {

    /** The header a change must carry: browsers let no cross-site form or simple request send it. */
    static final String REQUESTED_BY = "X-Requested-By";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient List<ApiResource> resources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(ApiResource resource) {
        resources.add(resource);
    }

    void removeResource(ApiResource resource) {
        resources.remove(resource);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        try {
            Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
            if (caller == null) {
                throw Problem.unauthorized("Log in first");
            }
            send(response, answer(request, path, caller));
        } catch (Problem problem) {
            write(response, problem, request.getRequestURI());
        } catch (IntegrationRefusedException | IllegalArgumentException e) {
            write(response, Problem.badRequest(null, e.getMessage()), request.getRequestURI());
        } catch (IllegalStateException | CredentialsException e) {
            write(response, Problem.conflict(e.getMessage()), request.getRequestURI());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.error("{} {} failed (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
            write(response, new Problem(500, "Internal server error", "The request failed inside cloudspend;"
                    + " karaf.log says why under incident " + incident, null), request.getRequestURI());
        }
    }

    private Reply answer(HttpServletRequest request, String path, Caller caller) throws IOException {
        List<Route> onPath = new ArrayList<>();
        for (ApiResource resource : resources) {
            for (Route route : resource.routes()) {
                Optional<Map<String, String>> values = route.match(path);
                if (values.isEmpty()) {
                    continue;
                }
                onPath.add(route);
                if (route.method().equals(request.getMethod())) {
                    check(route, request, caller);
                    ApiRequest call = new ApiRequest(caller, values.get(), request.getParameterMap(),
                            route.changes() ? Json.read(request.getInputStream()) : null,
                            LocalDate.now(ZoneOffset.UTC));
                    return route.handler().handle(call);
                }
            }
        }
        if (onPath.isEmpty()) {
            throw Problem.notFound("There is no resource " + path + " in the cloudspend API: see"
                    + " /cloudspend/api/v1/openapi.json");
        }
        TreeSet<String> allowed = new TreeSet<>();
        onPath.forEach(route -> allowed.add(route.method()));
        throw new Problem(405, "Method not allowed", path + " answers " + String.join(", ", allowed) + ", not "
                + request.getMethod(), null);
    }

    private static void check(Route route, HttpServletRequest request, Caller caller) {
        if (!caller.may(route.access())) {
            throw Problem.forbidden("User " + caller.name() + " may not " + request.getMethod() + " "
                    + route.template() + ": that needs the role " + switch (route.access()) {
                        case ADMIN -> Caller.ADMIN;
                        case VIEWER -> Caller.VIEWER + " or " + Caller.ADMIN;
                        case ANY_ROLE -> Caller.VIEWER + ", " + Caller.ADMIN + " or " + Caller.CUSTOMER;
                    });
        }
        if (!route.changes()) {
            return;
        }
        String requestedBy = request.getHeader(REQUESTED_BY);
        if (requestedBy == null || requestedBy.isBlank()) {
            throw Problem.forbidden("A request that changes something must carry the header " + REQUESTED_BY
                    + ": cloudspend (a cross-site form cannot send it)");
        }
        String type = request.getContentType();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if ((route.method().equals("POST") || route.method().equals("PUT") || hasBody)
                && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))) {
            throw new Problem(415, "Unsupported media type", route.method() + " " + route.template()
                    + " takes a JSON body (Content-Type: application/json), not " + (type == null ? "none" : type),
                    null);
        }
    }

    private static void send(HttpServletResponse response, Reply reply) throws IOException {
        response.setStatus(reply.status());
        response.setHeader("Cache-Control", "no-store");
        if (reply.json() != null) {
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(Json.write(reply.json()).getBytes(StandardCharsets.UTF_8));
        } else if (reply.text() != null) {
            response.setContentType(reply.mediaType() + ";charset=UTF-8");
            if (reply.fileName() != null) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + reply.fileName()
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(reply.fileName(), StandardCharsets.UTF_8));
            }
            response.getOutputStream().write(reply.text().getBytes(StandardCharsets.UTF_8));
        }
    }

    static void write(HttpServletResponse response, Problem problem, String instance) throws IOException {
        response.setStatus(problem.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(Json.write(problem.body(instance)).getBytes(StandardCharsets.UTF_8));
    }
}
