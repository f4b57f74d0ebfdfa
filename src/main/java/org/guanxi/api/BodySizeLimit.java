package org.guanxi.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a GraphQL request whose body is larger than {@code guanxi.graphql.max-body-size} with HTTP 413 and a
 * GraphQL-shaped BAD_REQUEST error, before anything reads it. A body without a declared length is read up to the
 * limit only.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> graphQlBodySizeLimit(GraphQlLimits limits, Environment environment,
			LocaleResolver languages) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(limits.maxBodySize().toBytes(), languages));
		registration.addUrlPatterns(environment.getProperty("spring.graphql.http.path", "/graphql"));
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final long max;

		private final LocaleResolver languages;

		Filter(long max, LocaleResolver languages) {
			this.max = max;
			this.languages = languages;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long declared = request.getContentLengthLong();
			if (declared > this.max) {
				refuse(request, response);
				return;
			}
			if (declared >= 0) {
				chain.doFilter(request, response);
				return;
			}
			byte[] body = readUpTo(request.getInputStream(), this.max + 1);
			if (body.length > this.max) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new Buffered(request, body), response);
		}

		private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			String message = LimitExceeded.bodySize(this.max, this.languages.resolveLocale(request)).replace("\"", "'");
			response.getOutputStream()
				.write(("{\"errors\":[{\"message\":\"" + message
						+ "\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"limit\":\"bodySize\",\"setting\":\"guanxi.graphql.max-body-size\",\"max\":"
						+ this.max + "}}]}")
					.getBytes(StandardCharsets.UTF_8));
		}

		private static byte[] readUpTo(InputStream in, long limit) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] chunk = new byte[8192];
			int n;
			while (out.size() < limit && (n = in.read(chunk, 0, (int) Math.min(chunk.length, limit - out.size()))) > 0) {
				out.write(chunk, 0, n);
			}
			return out.toByteArray();
		}

	}

	private static final class Buffered extends HttpServletRequestWrapper {

		private final byte[] body;

		Buffered(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

	}

}
