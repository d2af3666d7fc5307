package org.cloudspend.credentials.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets with AES-256-GCM under a key kept in a file outside the database. The account id is authenticated
 * data: a sealed secret copied to another account's row does not open.
 */
final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * Reads the key file. A missing one is created (owner read/write only, whole or not at all) only when
     * {@code mayCreate}: where keys were sealed with a file, a new key could never open them.
     *
     * @param sealedFor the accounts whose keys were sealed with it, for the message when it is missing
     * @throws IllegalStateException when the file is missing (and may not be made) or corrupt, saying what to do
     */
    static SecretBox withKeyFile(Path file, boolean mayCreate, String sealedFor) {
        try {
            if (!Files.exists(file)) {
                if (!mayCreate) {
                    throw new IllegalStateException("The credentials key file " + file + " is missing, yet the"
                            + " IAM-user keys of " + sealedFor + " were sealed with it: restore it from your backup."
                            + " cloudspend makes no new one, which could never open them; role accounts are not"
                            + " affected");
                }
                create(file);
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                key = new byte[0];
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("The credentials key file " + file + " is corrupt (it holds no"
                        + " 256-bit key): restore it from your backup; the IAM-user keys sealed with it cannot be"
                        + " opened until then, role accounts are not affected");
            }
            return new SecretBox(key);
        } catch (IOException e) {
            throw new IllegalStateException("The credentials key file " + file + " cannot be read or created: "
                    + e.getMessage(), e);
        }
    }

    /** A new random key, written beside the file and linked into place: another process's file is never replaced. */
    private static void create(Path file) throws IOException {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path written;
        try {
            written = Files.createTempFile(folder, ".credentials-", ".key",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            written = Files.createTempFile(folder, ".credentials-", ".key");
        }
        try {
            Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, written);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: its key is the one
        } finally {
            Files.deleteIfExists(written);
        }
    }

    String seal(String accountId, String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(String accountId, String sealed) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("The stored keys of account " + accountId + " are in an unknown format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, NONCE_BYTES), accountId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored keys of account " + accountId + " cannot be decrypted: the"
                    + " credentials key file is not the one they were encrypted with", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
