package org.cloudspend.accounts.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.LinkedAccount;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** Reads a payer's AWS Organization: who manages it and which accounts it links. */
final class OrganizationDirectory {

    /** The organization as seen from an account: its management account and, when that is us, its members. */
    record Organization(AwsAccountId managementAccount, List<LinkedAccount> members) {
    }

    private final AwsJsonClient organizations;

    OrganizationDirectory(AwsJsonClient organizations) {
        this.organizations = organizations;
    }

    /** Empty when the account belongs to no organization. */
    Optional<Organization> organizationOf(AwsCredentialsProvider credentials, AwsAccountId self) {
        JsonNode organization;
        try {
            organization = organizations.call(credentials, "DescribeOrganization", AwsJsonClient.body())
                    .path("Organization");
        } catch (AwsApiException e) {
            if (e.code().equals("AWSOrganizationsNotInUseException")) {
                return Optional.empty();
            }
            throw e;
        }
        AwsAccountId management = new AwsAccountId(organization.path("MasterAccountId").asText());
        if (!management.equals(self)) {
            return Optional.of(new Organization(management, List.of()));
        }
        List<LinkedAccount> members = new ArrayList<>();
        String token = null;
        do {
            ObjectNode request = AwsJsonClient.body();
            if (token != null) {
                request.put("NextToken", token);
            }
            JsonNode page = organizations.call(credentials, "ListAccounts", request);
            for (JsonNode account : page.path("Accounts")) {
                members.add(new LinkedAccount(new AwsAccountId(account.path("Id").asText()),
                        account.path("Name").asText(), account.path("Status").asText()));
            }
            token = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
        } while (token != null);
        return Optional.of(new Organization(management, members));
    }
}
