package org.guanxi.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Secrets kept in files readable by their owner only (e.g. the generated Neo4j and admin passwords).
 */
public final class SecretFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretFile() {
	}

	/** A random password of 24 URL-safe characters (144 bits). */
	public static String randomPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The first line of the file, if it exists. */
	public static Optional<String> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().map(String::trim);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the secret into a new file that only its owner may read and write (rw-------). */
	public static void write(Path file, String secret) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(file);
			}
			catch (FileAlreadyExistsException ex) {
				// replaced below, permissions as they are
			}
			Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
