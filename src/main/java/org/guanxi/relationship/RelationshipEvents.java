package org.guanxi.relationship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.guanxi.core.events.DealClosed;
import org.guanxi.core.events.InteractionLogged;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Texts;
import org.guanxi.relationship.internal.Values;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records class changes caused by other modules' writes, inside the writing transaction (before it commits): a
 * closed deal may change the class of every person of its account, a logged interaction that of its contact.
 */
@Component
class RelationshipEvents {

	private final Cypher cypher;

	private final RelationshipHistory history;

	private final RelationshipSettings settings;

	private final Clock clock;

	RelationshipEvents(Cypher cypher, RelationshipHistory history, RelationshipSettings settings,
			Clock clock) {
		this.cypher = cypher;
		this.history = history;
		this.settings = settings;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void dealClosed(DealClosed event) {
		List<String> people = this.cypher.query("relationship/accountPeople", Map.of("accountId", event.accountId()))
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all()
			.stream()
			.toList();
		if (people.isEmpty()) {
			return;
		}
		Map<String, Object> deal = this.cypher.query("relationship/describeDeal", Map.of("id", event.dealId()))
			.fetch()
			.one()
			.orElse(Map.of());
		String cause = "deal '" + deal.get("name") + "' closed " + event.result() + " on " + deal.get("closedAt") + " ("
				+ Texts.money(this.settings.currency(), Values.number(deal.get("amount"))) + ")";
		this.history.reconcile(people, cause);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void interactionLogged(InteractionLogged event) {
		Map<String, Object> interaction = this.cypher
			.query("relationship/describeInteraction", Map.of("id", event.interactionId()))
			.fetch()
			.one()
			.orElse(Map.of());
		this.history.reconcile(List.of(event.personId()), describe(event.interactionId(), interaction));
	}

	private String describe(String interactionId, Map<String, Object> interaction) {
		if (interaction.isEmpty()) {
			return "interaction '" + interactionId + "' removed";
		}
		OffsetDateTime at = interaction.get("at") == null ? null : Values.dateTime(interaction.get("at"));
		String outcome = interaction.get("outcome") == null ? "" : " (" + interaction.get("outcome") + ")";
		return interaction.get("kind") + " on " + Texts.day(at, this.clock.getZone()) + " logged" + outcome;
	}

}
