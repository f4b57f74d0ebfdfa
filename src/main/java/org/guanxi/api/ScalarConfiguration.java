package org.guanxi.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import graphql.GraphQLContext;
import org.guanxi.core.Check;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.Messages;
import org.guanxi.core.Text;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code Date} and {@code DateTime} scalars (ISO-8601). A date-time without offset is read in the
 * configured time zone.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars(Clock clock) {
		GraphQLScalarType date = GraphQLScalarType.newScalar()
			.name("Date")
			.description("ISO-8601 date")
			.coercing(new DateCoercing())
			.build();
		GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
			.name("DateTime")
			.description("ISO-8601 date-time with offset")
			.coercing(new DateTimeCoercing(clock))
			.build();
		return wiring -> wiring.scalar(date).scalar(dateTime);
	}

	private static String text(Object input, String type, String example, Locale locale) {
		if (input instanceof StringValue s) {
			return s.getValue();
		}
		if (input instanceof String s) {
			return s;
		}
		throw new CoercingParseValueException(Messages.text(Text.of("scalar.notString", type, example, input), locale));
	}


	/** Dates and date-times are accepted from {@link Check#MIN_YEAR} to {@link Check#MAX_YEAR}. */
	private static <T extends TemporalAccessor> T inRange(T value, String text, Locale locale) {
		try {
			return Check.year("date", value);
		}
		catch (InvalidInput ex) {
			throw new CoercingParseValueException(
					Messages.text(Text.of("scalar.yearRange", abbreviated(text), Check.MIN_YEAR, Check.MAX_YEAR), locale));
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "...";
	}

	static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate d) {
				return d.toString();
			}
			if (value instanceof TemporalAccessor t) {
				return LocalDate.from(t).toString();
			}
			throw new CoercingSerializeException("Not a date: " + value);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			String s = text(input, "Date", "2026-11-23", locale);
			LocalDate date;
			try {
				date = LocalDate.parse(s);
			}
			catch (DateTimeParseException ex) {
				throw new CoercingParseValueException(Messages.text(Text.of("scalar.notDate", abbreviated(s)), locale));
			}
			return inRange(date, s, locale);
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			try {
				return parseValue(input, context, locale);
			}
			catch (CoercingParseValueException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

	}

	static final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

		private final Clock clock;

		DateTimeCoercing(Clock clock) {
			this.clock = clock;
		}

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof OffsetDateTime t) {
				return t.toString();
			}
			if (value instanceof ZonedDateTime t) {
				return t.toOffsetDateTime().toString();
			}
			throw new CoercingSerializeException("Not a date-time: " + value);
		}

		@Override
		public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
			String s = text(input, "DateTime", "2026-11-23T09:30:00+08:00", locale);
			return inRange(parse(s, locale), s, locale);
		}

		private OffsetDateTime parse(String s, Locale locale) {
			try {
				return OffsetDateTime.parse(s);
			}
			catch (DateTimeParseException withoutOffset) {
				try {
					return LocalDateTime.parse(s).atZone(this.clock.getZone()).toOffsetDateTime();
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(
							Messages.text(Text.of("scalar.notDateTime", abbreviated(s)), locale));
				}
			}
		}

		@Override
		public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			try {
				return parseValue(input, context, locale);
			}
			catch (CoercingParseValueException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

	}

}
