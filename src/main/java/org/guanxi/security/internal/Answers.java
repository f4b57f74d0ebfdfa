package org.guanxi.security.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of refused requests: 401 without (valid) credentials, 429 after too many failed sign-ins, 403 for
 * a missing CSRF token or a role that may not. JSON with a {@code message}; a browser asking for a page gets a
 * link to the sign-in page.
 */
public final class Answers implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String SIGN_IN = "Sign in first: send Authorization: Bearer <token> (POST /api/token with HTTP Basic "
			+ "credentials gives one), or sign in at /login.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String challenge;

	public Answers(String challenge) {
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof TooManySignIns tooMany) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, tooMany.retryAfter().toSeconds())));
			write(response, 429, ex.getMessage());
			return;
		}
		response.setHeader("WWW-Authenticate", this.challenge);
		boolean credentialsSent = request.getHeader("Authorization") != null;
		String message = credentialsSent ? ex.getMessage() + " " + SIGN_IN : SIGN_IN;
		if (!credentialsSent && wantsPage(request)) {
			response.setStatus(401);
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter()
				.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"0; url="
						+ request.getContextPath() + "/login\"><title>Sign in</title></head><body><a href=\""
						+ request.getContextPath() + "/login\">Sign in</a></body></html>");
			return;
		}
		write(response, 401, message);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		String message = ex instanceof CsrfException
				? "Missing or wrong CSRF token: a request signed in with the session cookie that writes must send the "
						+ "value of the XSRF-TOKEN cookie (or of GET /api/csrf) in the X-XSRF-TOKEN header, or use "
						+ "a bearer token."
				: "You may not do this: " + ex.getMessage();
		write(response, 403, message);
	}

	public static void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(Map.of("message", message)));
	}

	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
	}

}
