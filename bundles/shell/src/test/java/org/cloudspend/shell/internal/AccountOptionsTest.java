package org.cloudspend.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountOptionsTest {

    @TempDir
    Path folder;

    @Test
    void aSecretComesFromAFileNeverFromTheCommandLine() throws Exception {
        Path file = Files.writeString(folder.resolve("secret"), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        assertEquals("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", AccountOptions.secretFromFile(file));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> AccountOptions.secretFromFile(folder.resolve("missing"))).getMessage().startsWith("No file at "));
        Path twoLines = Files.writeString(folder.resolve("two"), "first\nsecond\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AccountOptions.secretFromFile(twoLines))
                .getMessage().endsWith("must hold the secret access key alone, on one line"));
        assertTrue(java.util.Arrays.stream(AccountOptions.class.getDeclaredFields())
                .map(field -> field.getAnnotation(org.apache.karaf.shell.api.action.Option.class))
                .filter(java.util.Objects::nonNull)
                .noneMatch(option -> option.name().equals("--secret-access-key")), "no option takes the secret itself");
    }
}
