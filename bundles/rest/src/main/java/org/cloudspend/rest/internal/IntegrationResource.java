package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.PendingIntegration;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /integrations} and {@code /documents}: the first stage of connecting an account (an External ID for a
 * pending integration) and the documents that create its role in AWS: the permission policy, the trust policy and
 * the CloudFormation template, each a download. External IDs are for administrators only.
 */
@Component(service = ApiResource.class)
public class IntegrationResource implements ApiResource {

    @Reference
    AccountIntegrationService integration;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/integrations", Access.ADMIN, this::list),
                Route.post("/integrations", Access.ADMIN, request -> Reply.created(json(integration.startIntegration()))),
                Route.post("/integrations/{id}/refresh", Access.ADMIN,
                        request -> Reply.json(json(integration.refreshIntegration(pending(request).id())))),
                Route.get("/integrations/{id}/trust-policy", Access.ADMIN, request -> Reply.download(
                        "application/json", "cloudspend-trust-policy.json",
                        integration.trustPolicy(pending(request).externalId()))),
                Route.get("/integrations/{id}/cloudformation", Access.ADMIN, request -> Reply.download(
                        "application/json", "cloudspend-role.json",
                        integration.cloudFormationTemplate(pending(request).externalId()))),
                Route.get("/documents/permission-policy", Access.VIEWER, request -> Reply.download(
                        "application/json", "cloudspend-policy.json", integration.permissionPolicy())));
    }

    Reply list(ApiRequest request) {
        ArrayNode rows = Json.array();
        integration.pendingIntegrations().forEach(pending -> rows.add(json(pending)));
        ObjectNode answer = Json.object();
        answer.set("rows", rows);
        return Reply.json(Answers.page(answer, request));
    }

    private PendingIntegration pending(ApiRequest request) {
        String id = request.path("id");
        return integration.pendingIntegrations().stream().filter(pending -> pending.id().equals(id)).findFirst()
                .orElseThrow(() -> Problem.notFound("There is no pending integration '" + id + "'"));
    }

    /** A pending integration with what the next steps need: the account to trust and the External ID. */
    private static ObjectNode json(PendingIntegration pending) {
        ExternalId externalId = pending.externalId();
        String base = "/cloudspend/api/v1/integrations/" + pending.id();
        return Json.object().put("id", pending.id()).put("trustedAccountId", pending.trustedAccountId().value())
                .put("externalId", externalId.value()).put("createdAt", pending.createdAt().toString())
                .put("cloudFormationTemplate", base + "/cloudformation").put("trustPolicy", base + "/trust-policy")
                .put("permissionPolicy", "/cloudspend/api/v1/documents/permission-policy");
    }
}
