package org.cloudspend.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a policy or template, or writes it to a file when one is given. */
final class DocumentOutput {

    private DocumentOutput() {
    }

    static void emit(String document, String file, String what) throws IOException {
        if (file == null) {
            System.out.print(document);
            return;
        }
        Path target = Path.of(file).toAbsolutePath().normalize();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, document, StandardCharsets.UTF_8);
        System.out.println(what + " written to " + target);
    }
}
