package org.cloudspend.render;

import java.util.List;
import java.util.Map;
import org.cloudspend.api.account.ConfigurationError;

/** Every account's configuration errors in one view, each with its fix. */
public final class ErrorRendering {

    private ErrorRendering() {
    }

    /**
     * @param names the accounts' display names by id; an error of an account no longer there shows {@code (deleted)}
     */
    public static Rendering of(List<ConfigurationError> errors, Map<String, String> names) {
        Rendering rendering = new Rendering(List.of(
                Column.of("account", "Account", Column.Kind.TEXT),
                Column.of("name", "Name", Column.Kind.TEXT),
                Column.of("code", "Error", Column.Kind.TEXT),
                Column.of("message", "Message", Column.Kind.TEXT),
                Column.of("firstSeen", "First seen (UTC)", Column.Kind.TIME),
                Column.of("lastSeen", "Last seen (UTC)", Column.Kind.TIME),
                Column.of("fix", "Fix", Column.Kind.TEXT).notInTable()))
                .whenEmpty("No configuration errors.");
        for (ConfigurationError error : errors) {
            rendering.row(error.accountId(), names.getOrDefault(error.accountId(), "(deleted)"), error.code().name(),
                    error.message(), error.firstSeen(), error.lastSeen(), error.code().remedy());
        }
        errors.stream().map(ConfigurationError::code).distinct()
                .forEach(code -> rendering.note(code + ": " + code.remedy()));
        if (!errors.isEmpty()) {
            rendering.note("Edit: cloudspend:account-edit [--role-arn ...] [--external-id ...] [--export-name ...]"
                    + " <account>   Check again: cloudspend:account-validate <account>");
            rendering.note("Delete: cloudspend:account-delete <account>");
        }
        return rendering;
    }
}
