package org.guanxi.security;

import java.time.Clock;

import org.guanxi.security.internal.PasswordSignIn;
import org.guanxi.security.internal.SignInAttempts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-in with username and password, limited per user and address. Present also without web server, so that
 * Spring Boot makes no default user.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	SignInAttempts signInAttempts(Clock clock, SecuritySettings settings) {
		SecuritySettings.SignIn signIn = settings.signIn();
		return new SignInAttempts(clock, signIn.maxFailures(), signIn.maxFailuresPerAddress(), signIn.lockout());
	}

	@Bean
	PasswordSignIn passwordSignIn(UserService users, SignInAttempts attempts, AuditTrail audit) {
		return new PasswordSignIn(users, attempts, audit);
	}

}
