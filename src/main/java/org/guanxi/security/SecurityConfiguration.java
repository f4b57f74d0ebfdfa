package org.guanxi.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.guanxi.bulk.BulkExporter;
import org.guanxi.security.internal.Answers;
import org.guanxi.security.internal.JwtCallers;
import org.guanxi.security.internal.RestGuard;
import org.guanxi.security.internal.SessionRefresh;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP. {@code POST /api/token} takes HTTP Basic credentials; everything else but the
 * sign-in page and static assets needs a bearer token (API token or, when configured, a company JWT) or a
 * signed-in browser session, whose writes need the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String[] PUBLIC = { "/login", "/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/img/**", "/fonts/**", "/assets/**", "/app/**", "/actuator/health/liveness",
			"/actuator/health/readiness" };

	private static final RequestMatcher BEARER = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	/**
	 * The requests a browser session could be tricked into: writes that carry a session cookie and no bearer token,
	 * and sign-in itself. Without a session there is nothing to forge: such a request gets 401.
	 */
	private static final RequestMatcher SESSION_WRITES = request -> {
		boolean write = !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
		boolean signIn = "/login".equals(request.getServletPath());
		return write && !BEARER.matches(request) && (signIn || request.getRequestedSessionId() != null);
	};

	@Bean
	@Order(1)
	SecurityFilterChain tokenEndpoint(HttpSecurity http) throws Exception {
		Answers answers = new Answers("Basic realm=\"Guanxi\"");
		return http.securityMatcher("/api/token")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(answers))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain everythingElse(HttpSecurity http, ApiTokenService tokens, UserService users,
			SecuritySettings settings, BulkExporter exporter, AuditTrail audit, SignInCache signIns) throws Exception {
		Answers answers = new Answers("Bearer");
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID", "XSRF-TOKEN"))
			.csrf(csrf -> csrf.spa().csrfTokenRepository(cookieUnlessBearer()).requireCsrfProtectionMatcher(SESSION_WRITES))
			.requestCache(cache -> cache.disable())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(bearerAuthentication(tokens, settings.jwt()))
				.authenticationEntryPoint(answers))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(answers).accessDeniedHandler(answers))
			.addFilterAfter(SecurityConfiguration::renderCsrfCookie, CsrfFilter.class)
			.addFilterBefore(new SessionRefresh(username -> signIns.user(username, () -> users.find(username))), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new RestGuard(exporter, audit), AuthorizationFilter.class)
			.build();
	}

	/**
	 * The XSRF-TOKEN cookie of browser sessions (as {@code csrf.spa()} keeps it); a bearer-token request, which
	 * needs no CSRF token, gets no cookie.
	 */
	private static CsrfTokenRepository cookieUnlessBearer() {
		CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
		return new CsrfTokenRepository() {
			@Override
			public CsrfToken generateToken(HttpServletRequest request) {
				return cookies.generateToken(request);
			}

			@Override
			public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
				if (!BEARER.matches(request)) {
					cookies.saveToken(token, request, response);
				}
			}

			@Override
			public CsrfToken loadToken(HttpServletRequest request) {
				return cookies.loadToken(request);
			}
		};
	}

	/**
	 * Makes sure a browser has the XSRF-TOKEN cookie to send back: the token is created when first asked for, and
	 * anew after each sign-in.
	 */
	private static void renderCsrfCookie(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && !BEARER.matches(http)
				&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		chain.doFilter(request, response);
	}

	private static AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication(ApiTokenService tokens,
			SecuritySettings.Jwt jwt) {
		AuthenticationManager apiTokens = authentication -> tokens
			.authenticate(((BearerTokenAuthenticationToken) authentication).getToken())
			.map(CallerAuthentication::new)
			.orElseThrow(() -> new InvalidBearerTokenException(
					"The bearer token is unknown, revoked or expired, or its user is disabled."));
		if (!jwt.enabled()) {
			return request -> apiTokens;
		}
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(jwtDecoder(jwt));
		provider.setJwtAuthenticationConverter(new JwtCallers(jwt));
		AuthenticationManager jwts = provider::authenticate;
		return request -> {
			String header = request.getHeader("Authorization");
			boolean looksLikeJwt = header != null && header.chars().filter(c -> c == '.').count() == 2;
			return looksLikeJwt ? jwts : apiTokens;
		};
	}

	private static JwtDecoder jwtDecoder(SecuritySettings.Jwt jwt) {
		boolean issuer = jwt.issuerUri() != null && !jwt.issuerUri().isBlank();
		if (jwt.jwkSetUri() == null || jwt.jwkSetUri().isBlank()) {
			return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(jwt.issuerUri()));
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
		decoder.setJwtValidator(issuer ? JwtValidators.createDefaultWithIssuer(jwt.issuerUri())
				: JwtValidators.createDefault());
		return decoder;
	}

}
