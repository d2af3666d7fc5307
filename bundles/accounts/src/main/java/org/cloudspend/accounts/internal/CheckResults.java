package org.cloudspend.accounts.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloudspend.api.account.ConfigurationError;
import org.cloudspend.api.account.ConfigurationErrorCode;
import org.cloudspend.api.account.ConfigurationErrors;

/**
 * What one validation run decided: the codes its checks covered, the ones that failed with their messages, and a
 * readable finding per step. Only covered codes change in the registry: a check that could not run clears nothing.
 */
final class CheckResults {

    private final Set<ConfigurationErrorCode> covered = EnumSet.noneOf(ConfigurationErrorCode.class);
    private final Map<ConfigurationErrorCode, String> failed = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();

    /** The check for these codes ran; unless one of them fails, they are cleared. */
    void covers(ConfigurationErrorCode... codes) {
        covered.addAll(List.of(codes));
    }

    void fail(ConfigurationErrorCode code, String message) {
        covered.add(code);
        failed.putIfAbsent(code, message);
        findings.add("FAILED " + code + ": " + message);
    }

    void found(String finding) {
        findings.add(finding);
    }

    boolean failed(ConfigurationErrorCode code) {
        return failed.containsKey(code);
    }

    List<String> findings() {
        return findings;
    }

    /** Reports the failures and clears the covered codes that passed; returns the account's errors now. */
    List<ConfigurationError> apply(ConfigurationErrors errors, String accountId) {
        for (ConfigurationErrorCode code : covered) {
            String message = failed.get(code);
            if (message == null) {
                errors.clear(accountId, code);
            } else {
                errors.report(accountId, code, message);
            }
        }
        return errors.errors(accountId);
    }
}
