package org.guanxi.security.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.guanxi.security.Caller;
import org.guanxi.security.CallerAuthentication;
import org.guanxi.security.User;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For a request of a signed-in browser session, reads the user again (a role, rep or disabled flag changed since
 * the sign-in applies at once when changed through this instance, else within the sign-in cache's time) and gives the request its own authentication. A disabled or deleted user's
 * session ends.
 */
public class SessionRefresh extends OncePerRequestFilter {

	private final Function<String, Optional<User>> users;

	/** @param users the user with a username, as recently as the sign-in cache keeps it */
	public SessionRefresh(Function<String, Optional<User>> users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken session
				&& session.getPrincipal() instanceof Caller caller) {
			Optional<User> user = this.users.apply(caller.username()).filter(u -> !u.disabled());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			if (user.isPresent()) {
				context.setAuthentication(new CallerAuthentication(
						new Caller(user.get().username(), user.get().role(), user.get().repId(), false)));
			}
			else {
				HttpSession httpSession = request.getSession(false);
				if (httpSession != null) {
					httpSession.invalidate();
				}
			}
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
