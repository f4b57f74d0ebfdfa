package org.guanxi.api;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The instrumentations of every request (limits, languages, the guard, write retries, observations) chained so that
 * the steps of each field that none of them watches cost nothing. graphql-java's own chain asks every
 * instrumentation at each step of each field (its execution, fetching, completion, the completion of its list, the
 * execution of its object) and gathers their answers, even when all of them answer "nothing to do": for a whole-book
 * report of 20,000 entries of seven fields that was about a fifth of the request's work. Here a step no
 * instrumentation overrides answers at once; the others, and every step of the request as a whole, go through the
 * chain as before, in the same order.
 */
@Configuration(proxyBeanMethods = false)
class FieldInstrumentations {

	@Bean
	GraphQlSourceBuilderCustomizer fieldStepsOnlyWhereWatched(ObjectProvider<Instrumentation> instrumentations) {
		return builder -> builder.configureGraphQl(graphQl -> {
			List<Instrumentation> all = instrumentations.orderedStream().toList();
			if (all.size() > 1) {
				graphQl.instrumentation(new Chain(all));
			}
		});
	}

	/** A chain that skips the steps of a field no instrumentation in it overrides. */
	static final class Chain extends ChainedInstrumentation {

		private static final Set<Class<?>> NOT_OVERRIDING = Set.of(Instrumentation.class,
				SimplePerformantInstrumentation.class);

		private final boolean fieldExecution;

		private final boolean fieldFetch;

		private final boolean fieldFetching;

		private final boolean fieldCompletion;

		private final boolean fieldListCompletion;

		private final boolean executeObject;

		Chain(List<Instrumentation> instrumentations) {
			super(instrumentations);
			this.fieldExecution = anyOverrides(instrumentations, "beginFieldExecution",
					InstrumentationFieldParameters.class);
			this.fieldFetch = anyOverrides(instrumentations, "beginFieldFetch",
					InstrumentationFieldFetchParameters.class);
			this.fieldFetching = anyOverrides(instrumentations, "beginFieldFetching",
					InstrumentationFieldFetchParameters.class);
			this.fieldCompletion = anyOverrides(instrumentations, "beginFieldCompletion",
					InstrumentationFieldCompleteParameters.class);
			this.fieldListCompletion = anyOverrides(instrumentations, "beginFieldListCompletion",
					InstrumentationFieldCompleteParameters.class);
			this.executeObject = anyOverrides(instrumentations, "beginExecuteObject",
					InstrumentationExecutionStrategyParameters.class);
		}

		/** Whether one of the instrumentations has a step of its own (not the do-nothing default). */
		static boolean anyOverrides(List<Instrumentation> instrumentations, String step, Class<?> parameters) {
			for (Instrumentation instrumentation : instrumentations) {
				try {
					Method method = instrumentation.getClass()
						.getMethod(step, parameters, InstrumentationState.class);
					if (!NOT_OVERRIDING.contains(method.getDeclaringClass())) {
						return true;
					}
				}
				catch (NoSuchMethodException ex) {
					return true; // a step this code does not know: leave it to the chain
				}
			}
			return false;
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return this.fieldExecution ? super.beginFieldExecution(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		@SuppressWarnings("deprecation")
		public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.fieldFetch ? super.beginFieldFetch(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return this.fieldFetching ? super.beginFieldFetching(parameters, state)
					: FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return this.fieldCompletion ? super.beginFieldCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return this.fieldListCompletion ? super.beginFieldListCompletion(parameters, state)
					: SimpleInstrumentationContext.noOp();
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return this.executeObject ? super.beginExecuteObject(parameters, state)
					: ExecuteObjectInstrumentationContext.NOOP;
		}

	}

}
