package org.guanxi.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GraphQL documents parsed and validated once: a dashboard asks the same few documents again and again (with other
 * variables), and parsing and validating them took about a tenth of a small request's time. Only documents that
 * passed are kept (the errors of one that did not are put into words in the language of each request, and the
 * limits of {@link RequestLimits} refuse it again each time); what varies per request — variables, the cost of the
 * operation with them, who asks — is checked at every execution as before. Up to about 4 MB of document text.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

	/** The most document text kept, in characters. */
	static final long MAX_CHARACTERS = 4_000_000;

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentsKept() {
		PreparsedDocumentProvider kept = new Kept();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(kept));
	}

	static final class Kept implements PreparsedDocumentProvider {

		private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
			.maximumWeight(MAX_CHARACTERS)
			.weigher((String document, PreparsedDocumentEntry entry) -> document.length())
			.build();

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
				Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
			PreparsedDocumentEntry known = this.documents.getIfPresent(input.getQuery());
			if (known != null) {
				return CompletableFuture.completedFuture(known);
			}
			PreparsedDocumentEntry entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				this.documents.put(input.getQuery(), entry);
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}
