package org.cloudspend.accounts.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cloudspend.api.account.AwsAccountId;
import org.cloudspend.api.account.ExternalId;

/**
 * The documents a customer applies in AWS: the permission policy (the specification's action list, verbatim), the
 * trust policy that lets cloudspend's account assume the role only with the External ID, and a CloudFormation template
 * that creates both in one stack.
 */
final class PolicyDocuments {

    static final String DEFAULT_ROLE_NAME = "cloudspend-billing-reader";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final JsonNode permissionPolicy;

    PolicyDocuments() {
        try (InputStream in = PolicyDocuments.class.getResourceAsStream("required-iam-policy.json")) {
            permissionPolicy = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled permission policy cannot be read", e);
        }
    }

    String permissionPolicy() {
        return write(permissionPolicy);
    }

    String trustPolicy(AwsAccountId trusted, ExternalId externalId) {
        return write(trust(trusted, externalId));
    }

    String cloudFormationTemplate(AwsAccountId trusted, ExternalId externalId) {
        ObjectNode template = JSON.createObjectNode().put("AWSTemplateFormatVersion", "2010-09-09")
                .put("Description", "cloudspend: a read-only role for billing exports, assumable by account "
                        + trusted + " with External ID " + externalId);
        template.putObject("Parameters").putObject("RoleName").put("Type", "String")
                .put("Default", DEFAULT_ROLE_NAME)
                .put("Description", "Name of the IAM role cloudspend assumes");
        ObjectNode resources = template.putObject("Resources");
        resources.putObject("CloudspendPolicy").put("Type", "AWS::IAM::ManagedPolicy").putObject("Properties")
                .put("Description", "Read-only access cloudspend needs: billing exports in S3, their definitions"
                        + " (Data Exports, CUR) and the organization's accounts")
                .set("PolicyDocument", permissionPolicy.deepCopy());
        ObjectNode role = resources.putObject("CloudspendRole").put("Type", "AWS::IAM::Role")
                .putObject("Properties");
        role.putObject("RoleName").put("Ref", "RoleName");
        role.set("AssumeRolePolicyDocument", trust(trusted, externalId));
        role.putArray("ManagedPolicyArns").addObject().put("Ref", "CloudspendPolicy");
        ObjectNode output = template.putObject("Outputs").putObject("RoleArn")
                .put("Description", "Give it to cloudspend:account-add --role-arn");
        output.putObject("Value").putArray("Fn::GetAtt").add("CloudspendRole").add("Arn");
        return write(template);
    }

    private static ObjectNode trust(AwsAccountId trusted, ExternalId externalId) {
        ObjectNode policy = JSON.createObjectNode().put("Version", "2012-10-17");
        ObjectNode statement = policy.putArray("Statement").addObject().put("Effect", "Allow");
        statement.putObject("Principal").put("AWS", "arn:aws:iam::" + trusted + ":root");
        statement.put("Action", "sts:AssumeRole");
        statement.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", externalId.value());
        return policy;
    }

    private static String write(JsonNode document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
