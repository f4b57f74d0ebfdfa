package org.guanxi.api;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.GraphQLTypeUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language Guanxi answers in over HTTP (GraphQL, CSV reports, import): the {@code lang} request parameter
 * ({@code zh-CN} or {@code en}), else the first language of {@code Accept-Language} Guanxi speaks, else the
 * setting {@code guanxi.locale} (default {@code zh-CN}). Texts composed by the modules ({@link Text}) are put into
 * words in that language as GraphQL returns them.
 */
@Configuration(proxyBeanMethods = false)
class Languages {

	/** The request parameter that chooses the language explicitly. */
	static final String PARAMETER = "lang";

	@Bean
	MessageSource messageSource() {
		return Messages.source();
	}

	@Bean
	LocaleResolver localeResolver(@Value("${guanxi.locale:zh-CN}") String fallback) {
		Locale configured = Messages.language(fallback);
		return new RequestLanguage(configured == null ? Messages.CHINESE : configured);
	}

	@Bean
	Instrumentation textsInTheRequestLanguage() {
		return new TextInstrumentation();
	}

	/** lang parameter, then Accept-Language, then the configured language. */
	record RequestLanguage(Locale fallback) implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale chosen = Messages.language(request.getParameter(PARAMETER));
			if (chosen != null) {
				return chosen;
			}
			if (request.getHeader("Accept-Language") != null) {
				for (Locale locale : Collections.list(request.getLocales())) {
					if (Messages.language(locale) != null) {
						return Messages.language(locale);
					}
				}
			}
			return this.fallback;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			throw new UnsupportedOperationException("the language is chosen per request (lang, Accept-Language)");
		}

	}

	/** Puts {@link Text} values of String fields into words in the language of the GraphQL request. */
	static final class TextInstrumentation extends SimplePerformantInstrumentation {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			if (parameters.isTrivialDataFetcher() && fetcher instanceof LightDataFetcher<?> light) {
				// a field read from its parent object: graphql-java builds neither its step nor its environment,
				// and neither does this but for a Text (its environment gives the locale)
				return new LightDataFetcher<Object>() {
					@Override
					public Object get(GraphQLFieldDefinition field, Object source,
							Supplier<DataFetchingEnvironment> env) throws Exception {
						Object value = light.get(field, source, env);
						return hasText(value) ? words(value, env.get().getLocale()) : value;
					}

					@Override
					public Object get(DataFetchingEnvironment env) throws Exception {
						return words(light.get(env), env.getLocale());
					}
				};
			}
			if (!"String".equals(GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName())) {
				return fetcher;
			}
			return env -> words(fetcher.get(env), env.getLocale());
		}

		private static boolean hasText(Object value) {
			return value instanceof Text || value instanceof CompletionStage<?>
					|| (value instanceof List<?> list && list.stream().anyMatch(Text.class::isInstance));
		}

		private static Object words(Object value, Locale locale) {
			if (value instanceof Text text) {
				return Messages.text(text, locale);
			}
			if (value instanceof List<?> list && list.stream().anyMatch(Text.class::isInstance)) {
				return list.stream().map(item -> words(item, locale)).toList();
			}
			if (value instanceof CompletionStage<?> stage) {
				return stage.thenApply(result -> words(result, locale));
			}
			return value;
		}

	}

}
