package org.guanxi.security.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.guanxi.bulk.BulkExporter;
import org.guanxi.core.Forbidden;
import org.guanxi.security.AuditTrail;
import org.guanxi.security.Caller;
import org.guanxi.security.Callers;
import org.guanxi.security.Permissions;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link Permissions} of import and export to {@code POST /import} and {@code GET /export/*}
 * (403 with the role needed) and records both in the audit trail.
 */
public class RestGuard extends OncePerRequestFilter {

	private final BulkExporter exporter;

	private final AuditTrail audit;

	public RestGuard(BulkExporter exporter, AuditTrail audit) {
		this.exporter = exporter;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean importing = path.equals("/import") && "POST".equals(request.getMethod());
		boolean exporting = path.startsWith("/export/") && "GET".equals(request.getMethod());
		Caller caller = Callers.current().orElse(null);
		if (caller == null || !(importing || exporting)) {
			chain.doFilter(request, response);
			return;
		}
		String file = path.substring(path.lastIndexOf('/') + 1);
		String operation = importing ? "import" : "export";
		List<String> ids = importing ? List.of() : List.of(file);
		try {
			if (importing) {
				Permissions.checkImport(caller);
			}
			else {
				Permissions.checkExport(caller, file, this.exporter.isReport(file));
			}
		}
		catch (Forbidden ex) {
			this.audit.record(caller.username(), operation, ids, List.of(), "FORBIDDEN", request.getRemoteAddr());
			Answers.write(response, 403, ex.getMessage());
			return;
		}
		if (exporting) {
			// recorded before the file streams, on another thread, so the entry is there when the client has the file
			boolean known = file.endsWith(".csv")
					&& this.exporter.names().contains(file.substring(0, file.length() - ".csv".length()));
			this.audit.record(caller.username(), operation, ids, List.of(), known ? "OK" : "HTTP 404",
					request.getRemoteAddr());
			chain.doFilter(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.audit.record(caller.username(), operation, ids, List.of(),
					response.getStatus() < 400 ? "OK" : "HTTP " + response.getStatus(), request.getRemoteAddr());
		}
	}

}
