package org.guanxi.activity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.guanxi.api.Batches;
import org.guanxi.core.Check;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.PageRequest;
import org.guanxi.stakeholder.Person;
import org.guanxi.team.SalesRep;
import org.guanxi.team.SalesRepService;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class InteractionController {

	private final InteractionService interactions;

	private final SalesRepService reps;

	InteractionController(InteractionService interactions, SalesRepService reps, BatchLoaderRegistry registry) {
		this.interactions = interactions;
		this.reps = reps;
		registry.<String, List<Interaction>>forName("interactionsByPerson")
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> interactions.byPersons(ids)));
	}

	@QueryMapping
	Connection<Interaction> interactions(@Argument InteractionFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.interactions.list(filter, PageRequest.of(first, after));
	}

	@MutationMapping
	Interaction recordInteraction(@Argument InteractionInput input) {
		return this.interactions.record(input);
	}

	@MutationMapping
	Deletion deleteInteraction(@Argument String id) {
		return this.interactions.delete(id);
	}

	@BatchMapping(typeName = "Interaction")
	Map<Interaction, SalesRep> rep(List<Interaction> list) {
		return Batches.values(list, Interaction::repId, this.reps::byIds);
	}

	@BatchMapping(typeName = "Interaction")
	Map<Interaction, Person> person(List<Interaction> list) {
		return Batches.values(list, Interaction::personId, this.interactions::people);
	}

	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<Interaction>> interactions(Person person, @Argument Integer first,
			DataLoader<String, List<Interaction>> interactionsByPerson) {
		int limit = Check.nonNegative("first", first == null ? 50 : first);
		return interactionsByPerson.load(person.id())
			.thenApply(list -> list == null ? List.<Interaction>of() : list.stream().limit(limit).toList());
	}

}
