package org.guanxi.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.guanxi.core.ReadyNote;
import org.guanxi.graph.EmbeddedNeo4j;
import org.guanxi.graph.EmbeddedNeo4jProperties;
import org.guanxi.graph.SecretFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * First start: when no user exists, creates {@code admin} with {@code guanxi.security.admin-password}, or with a
 * random password printed once and, with the embedded database, written to
 * {@code <data-dir>/initial-admin-password} (owner-only).
 */
@Component
class AdminBootstrap implements ReadyNote {

	static final String FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserService users;

	private final SecuritySettings settings;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final EmbeddedNeo4jProperties embeddedProperties;

	private final List<String> note = new ArrayList<>();

	AdminBootstrap(UserService users, SecuritySettings settings, ObjectProvider<EmbeddedNeo4j> embedded,
			EmbeddedNeo4jProperties embeddedProperties) {
		this.users = users;
		this.settings = settings;
		this.embedded = embedded;
		this.embeddedProperties = embeddedProperties;
	}

	@EventListener(ContextRefreshedEvent.class)
	synchronized void createFirstAdmin() {
		if (this.users.anyUser()) {
			return;
		}
		String configured = this.settings.adminPassword();
		boolean random = configured == null || configured.isBlank();
		String password = random ? SecretFile.randomPassword() : configured;
		this.users.create(new CreateUserInput("admin", password, Role.ADMIN, null));
		this.note.clear();
		if (!random) {
			this.note.add("Users:    created 'admin' with the password of guanxi.security.admin-password");
		}
		else if (this.embedded.getIfAvailable() != null) {
			Path file = this.embeddedProperties.dataDir().resolve(FILE).toAbsolutePath().normalize();
			SecretFile.write(file, password);
			this.note.add("Users:    created 'admin' with password " + password + " (also in " + file
					+ "; shown only this once: change it with resetPassword, then delete the file)");
		}
		else {
			this.note.add("Users:    created 'admin' with password " + password
					+ " (shown only this once: change it with resetPassword)");
		}
		log.warn(this.note.get(0).replaceFirst("^Users: +", "First start: "));
	}

	@Override
	public synchronized List<String> readyLines() {
		return List.copyOf(this.note);
	}

}
