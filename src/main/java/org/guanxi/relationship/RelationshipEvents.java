package org.guanxi.relationship;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Text;
import org.guanxi.core.events.DealClosed;
import org.guanxi.core.events.EvidenceChanging;
import org.guanxi.core.events.InteractionLogged;
import org.guanxi.graph.Cypher;
import org.guanxi.relationship.internal.Texts;
import org.guanxi.relationship.internal.Values;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records class changes caused by other modules' writes, inside the writing transaction: before the write, the
 * changes time alone brought about until now; before the transaction commits, the change the write causes, at the
 * write's time, with its cause.
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

	@EventListener
	void evidenceChanging(EvidenceChanging event) {
		this.cypher.asApplication(() -> evidenceChangingNow(event));
	}

	private void evidenceChangingNow(EvidenceChanging event) {
		this.history.catchUp(people(event));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void evidenceChanged(EvidenceChanging event) {
		this.cypher.asApplication(() -> evidenceChangedNow(event));
	}

	private void evidenceChangedNow(EvidenceChanging event) {
		if (event.cause() != null) {
			this.history.record(people(event), event.cause());
		}
	}

	private List<String> people(EvidenceChanging event) {
		List<String> people = new ArrayList<>(event.personIds());
		people.addAll(this.history.peopleOf(event.accountIds()));
		return people;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void dealClosed(DealClosed event) {
		this.cypher.asApplication(() -> dealClosedNow(event));
	}

	private void dealClosedNow(DealClosed event) {
		List<String> people = this.history.peopleOf(List.of(event.accountId()));
		if (people.isEmpty()) {
			return;
		}
		Map<String, Object> deal = this.cypher.query("relationship/describeDeal", Map.of("id", event.dealId()))
			.fetch()
			.one()
			.orElse(Map.of());
		Text cause = Text.of("cause.dealClosed", deal.get("name"), Text.term("DealStatus", event.result()),
				deal.get("closedAt"), Texts.money(this.settings.currency(), Values.number(deal.get("amount"))));
		this.history.record(people, cause);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void interactionLogged(InteractionLogged event) {
		this.cypher.asApplication(() -> interactionLoggedNow(event));
	}

	private void interactionLoggedNow(InteractionLogged event) {
		Map<String, Object> interaction = this.cypher
			.query("relationship/describeInteraction", Map.of("id", event.interactionId()))
			.fetch()
			.one()
			.orElse(Map.of());
		this.history.record(List.of(event.personId()), describe(event.interactionId(), interaction));
	}

	private Text describe(String interactionId, Map<String, Object> interaction) {
		if (interaction.isEmpty()) {
			return Text.of("cause.interactionRemoved", interactionId);
		}
		OffsetDateTime at = interaction.get("at") == null ? null : Values.dateTime(interaction.get("at"));
		Text kind = Text.term("InteractionKind", interaction.get("kind"));
		Object day = Texts.day(at, this.clock.getZone());
		return interaction.get("outcome") == null ? Text.of("cause.interactionLogged", kind, day)
				: Text.of("cause.interactionLogged.outcome", kind, day,
						Text.term("Outcome", interaction.get("outcome")));
	}

}
