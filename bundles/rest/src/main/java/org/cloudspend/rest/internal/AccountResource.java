package org.cloudspend.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudspend.api.account.AccessType;
import org.cloudspend.api.account.AccountIntegrationService;
import org.cloudspend.api.account.AccountRegistry;
import org.cloudspend.api.account.AccountSettings;
import org.cloudspend.api.account.AwsAccount;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrors;
import org.cloudspend.api.account.ExternalId;
import org.cloudspend.api.account.LinkedAccount;
import org.cloudspend.api.account.PendingIntegration;
import org.cloudspend.api.account.ValidationReport;
import org.cloudspend.api.cost.CostStore;
import org.cloudspend.api.cost.LoadRecord;
import org.cloudspend.api.credentials.CredentialProvider;
import org.cloudspend.api.export.CostMeasure;
import org.cloudspend.render.AccountRendering;
import org.cloudspend.render.ErrorRendering;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /accounts} and {@code /errors}: the integrated accounts (never a secret; the External ID and the masked key
 * id for administrators only), their configuration errors in one list, validating and deleting an account.
 */
@Component(service = ApiResource.class)
public class AccountResource implements ApiResource {

    @Reference
    AccountRegistry accounts;

    @Reference
    ConfigurationErrors errors;

    @Reference
    AccountIntegrationService integration;

    @Reference
    CredentialProvider credentials;

    @Reference
    CostStore store;

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/accounts", Access.VIEWER, this::list),
                Route.post("/accounts", Access.ADMIN, this::add),
                Route.get("/accounts/{id}", Access.VIEWER, this::show),
                Route.put("/accounts/{id}", Access.ADMIN, this::edit),
                Route.delete("/accounts/{id}", Access.ADMIN, this::delete),
                Route.post("/accounts/{id}/validate", Access.ADMIN, this::validate),
                Route.get("/errors", Access.VIEWER, this::errors));
    }

    Reply list(ApiRequest request) {
        Map<String, Integer> counts = new HashMap<>();
        errors.errors().forEach(error -> counts.merge(error.accountId(), 1, Integer::sum));
        return Answers.of(AccountRendering.of(accounts.accounts(), counts), request, "cloudspend-accounts");
    }

    Reply show(ApiRequest request) {
        AwsAccount account = account(request.path("id"));
        ObjectNode json = Json.object();
        json.put("id", account.id());
        json.put("name", account.displayName());
        json.put("awsAccountId", account.awsAccountId().value());
        json.put("accountType", lower(account.accountType()));
        json.put("access", lower(account.accessType()));
        account.roleArn().ifPresent(arn -> json.put("roleArn", arn));
        if (request.caller().admin()) {
            account.externalId().ifPresent(id -> json.put("externalId", id.value()));
            if (account.accessType() == AccessType.USER) {
                json.put("accessKeyId", credentials.maskedAccessKeyId(account.id()).orElse(null));
            }
        }
        ObjectNode export = json.putObject("export");
        export.put("type", lower(account.export().type()));
        export.put("name", account.export().name());
        export.put("format", lower(account.export().format()));
        export.put("location", AccountRendering.location(account));
        export.put("bucket", account.export().location().bucket());
        export.put("prefix", account.export().location().prefix());
        export.put("region", account.export().location().region());
        json.set("errors", errors(errors.errors(account.id())));
        return Reply.json(json);
    }

    /**
     * Integrates an account and validates it: the body's {@code id} and the settings the shell's account-add takes,
     * named as {@link AccountSettings}' fields ({@code roleArn}, {@code externalId} or {@code pending}, {@code
     * exportName}, ...), and for IAM-user access {@code accessKeyId} with {@code secretAccessKey}.
     */
    Reply add(ApiRequest request) {
        ObjectNode body = request.body();
        String id = Body.text(body, "id");
        if (id == null || id.isBlank()) {
            throw Problem.badRequest("id", "id is required: cloudspend's id for the account, e.g. prod-payer");
        }
        if (accounts.account(id).isPresent()) {
            throw Problem.conflict("An account with id '" + id + "' exists already: change it with PUT"
                    + " /accounts/" + id);
        }
        AwsAccount account = AccountBody.settings(body).applyTo(id, null, this::pendingExternalId, name -> name);
        return Reply.created(report(integration.integrate(account, AccountBody.accessKeys(body))));
    }

    /** Changes an account's settings (those in the body; the others stay) and validates it again. */
    Reply edit(ApiRequest request) {
        AwsAccount existing = account(request.path("id"));
        ObjectNode body = request.body();
        AwsAccount account = AccountBody.settings(body).applyTo(existing.id(), existing, this::pendingExternalId,
                name -> name);
        return Reply.json(report(integration.update(account, AccountBody.accessKeys(body))));
    }

    private ExternalId pendingExternalId(String pendingId) {
        return integration.pendingIntegrations().stream().filter(pending -> pending.id().equals(pendingId))
                .findFirst().map(PendingIntegration::externalId)
                .orElseThrow(() -> Problem.badRequest("pending", "There is no pending integration '" + pendingId
                        + "'"));
    }

    Reply delete(ApiRequest request) {
        String id = request.path("id");
        boolean purge = request.flag("purgeCosts");
        boolean deleted = integration.delete(id);
        List<LoadRecord> purged = purge ? store.purge(id) : List.of();
        if (!deleted && purged.isEmpty()) {
            throw Problem.notFound("There is no account '" + id + "'" + (purge ? ", nor any cost under that id" : ""));
        }
        ObjectNode json = Json.object().put("id", id).put("deleted", deleted).put("costsPurged", purge);
        if (purge) {
            json.put("billingPeriods", purged.size());
            json.put("dailyFacts", purged.stream().mapToLong(LoadRecord::rowsOut).sum());
            json.put("unblendedRemoved", purged.stream().map(record -> record.totals().get(CostMeasure.UNBLENDED))
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        return Reply.json(json);
    }

    Reply validate(ApiRequest request) {
        account(request.path("id"));
        return Reply.json(report(integration.validate(request.path("id"))));
    }

    Reply errors(ApiRequest request) {
        Map<String, String> names = new HashMap<>();
        accounts.accounts().forEach(account -> names.put(account.id(), account.displayName()));
        return Answers.of(ErrorRendering.of(errors.errors(), names), request, "cloudspend-errors");
    }

    private AwsAccount account(String id) {
        return accounts.account(id).orElseThrow(() -> Problem.notFound("There is no account '" + id + "'"));
    }

    /** What validating found: each check's finding, the errors with their fixes, a payer's linked accounts. */
    static ObjectNode report(ValidationReport report) {
        ObjectNode json = Json.object();
        json.put("account", report.account().id());
        json.put("passed", report.passed());
        ArrayNode findings = json.putArray("findings");
        report.findings().forEach(findings::add);
        json.set("errors", errors(report.errors()));
        ArrayNode linked = json.putArray("linkedAccounts");
        for (LinkedAccount account : report.linkedAccounts()) {
            linked.addObject().put("awsAccountId", account.awsAccountId().value()).put("name", account.name())
                    .put("status", account.status());
        }
        return json;
    }

    private static ArrayNode errors(List<ConfigurationError> found) {
        ArrayNode array = Json.array();
        for (ConfigurationError error : found) {
            array.addObject().put("code", error.code().name()).put("message", error.message())
                    .put("fix", error.code().remedy()).put("firstSeen", error.firstSeen().toString())
                    .put("lastSeen", error.lastSeen().toString());
        }
        return array;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
