package org.guanxi.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/token}: a bearer token for HTTP Basic credentials. {@code GET /api/csrf}: the CSRF token a
 * page signed in with the session cookie sends with its writes.
 */
@RestController
class TokenController {

	private final ApiTokenService tokens;

	private final AuditTrail audit;

	TokenController(ApiTokenService tokens, AuditTrail audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	@PostMapping("/api/token")
	Map<String, Object> token(Authentication authentication, HttpServletRequest request) {
		Caller caller = Callers.of(authentication).orElseThrow();
		IssuedToken issued = this.tokens.signIn(caller.username());
		this.audit.record(caller.username(), "token", List.of(issued.apiToken().id()), List.of(), "OK",
				request.getRemoteAddr());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", issued.token());
		body.put("expiresAt", issued.apiToken().expiresAt().toString());
		return body;
	}

	@GetMapping("/api/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token",
				token.getToken());
	}

}
