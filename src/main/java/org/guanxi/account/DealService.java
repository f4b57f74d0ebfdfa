package org.guanxi.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;
import org.guanxi.core.Connection;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.PageRequest;
import org.guanxi.core.Text;
import org.guanxi.core.events.DealClosed;
import org.guanxi.core.events.EvidenceChanging;
import org.guanxi.graph.Cypher;
import org.guanxi.graph.Props;
import org.neo4j.driver.types.Node;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, updates and closes deals.
 */
@Service
@Transactional(readOnly = true)
public class DealService {

	private final Cypher cypher;

	private final AccountService accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DealService(Cypher cypher, AccountService accounts, Clock clock, ApplicationEventPublisher events) {
		this.cypher = cypher;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	public Deal get(String id) {
		Deal deal = byIds(List.of(id)).get(id);
		if (deal == null) {
			throw new DealNotFound(id);
		}
		return deal;
	}

	public Map<String, Deal> byIds(Collection<String> ids) {
		Map<String, Deal> found = new HashMap<>();
		this.cypher.query("account/dealsByIds", Map.of("ids", List.copyOf(ids)))
			.fetchAs(Deal.class)
			.mappedBy((types, r) -> Deal.from(r.get("d").asNode(), r.get("accountId").asString()))
			.all()
			.forEach(d -> found.put(d.id(), d));
		return found;
	}

	/** The deals of each account, newest opened first. */
	public Map<String, List<Deal>> byAccounts(Collection<String> accountIds) {
		Map<String, List<Deal>> deals = new HashMap<>();
		this.cypher.query("account/dealsByAccounts", Map.of("ids", List.copyOf(accountIds)))
			.fetchAs(Deal.class)
			.mappedBy((types, r) -> Deal.from(r.get("d").asNode(), r.get("accountId").asString()))
			.all()
			.forEach(d -> deals.computeIfAbsent(d.accountId(), k -> new ArrayList<>()).add(d));
		return deals;
	}

	public Connection<Deal> list(DealFilter filter, PageRequest page) {
		DealFilter f = filter == null ? new DealFilter(null, null, null, null) : filter;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("accountId", f.accountId());
		parameters.put("status", Props.names(f.status()));
		parameters.put("closedFrom", f.closedFrom());
		parameters.put("closedTo", f.closedTo());
		parameters.put("afterKey", page.afterKey());
		parameters.put("afterId", page.afterId());
		parameters.put("limit", page.limit());
		var result = this.cypher.query("account/dealPage", parameters).fetch().one().orElseThrow();
		List<Deal> rows = new ArrayList<>();
		for (Object row : (List<?>) result.get("page")) {
			Map<?, ?> m = (Map<?, ?>) row;
			rows.add(Deal.from((Node) m.get("d"), (String) m.get("accountId")));
		}
		return Connection.of(rows, page, ((Number) result.get("total")).longValue(), Deal::sortKey, Deal::id);
	}

	@Transactional
	public Deal record(DealInput input) {
		String id = Ids.orGenerate(input.id(), "deal");
		Deal existing = byIds(List.of(id)).get(id);
		String accountId = input.accountId() != null ? input.accountId() : existing == null ? null : existing.accountId();
		if (accountId == null) {
			throw new InvalidInput("error.dealAccountRequired", id);
		}
		this.accounts.get(accountId);
		if (existing != null) {
			checkUpdatable(existing, accountId);
		}
		else if (input.name() == null) {
			throw new InvalidInput("error.nameRequired.deal", id);
		}
		Changes changes = Changes.of()
			.put("name", Check.optionalName("name", input.name()))
			.put("amount", Check.amount("amount", input.amount()))
			.put("openedAt", input.openedAt())
			.put("expectedCloseAt", input.expectedCloseAt());
		if (existing == null && input.amount() == null) {
			changes.put("amount", 0.0);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("accountId", accountId);
		parameters.put("props", changes.map());
		parameters.put("openedAt", input.openedAt() != null ? input.openedAt() : today());
		return this.cypher.query("account/recordDeal", parameters)
			.fetchAs(Deal.class)
			.mappedBy((types, r) -> Deal.from(r.get("d").asNode(), r.get("accountId").asString()))
			.one()
			.orElseThrow(() -> Ids.taken("deal", id));
	}

	@Transactional
	public Deal close(CloseDealInput input) {
		Deal deal = get(input.dealId());
		if (deal.status() != DealStatus.OPEN) {
			throw new InvalidInput("error.dealClosed", deal.id(), Text.term("DealStatus", deal.status()), deal.closedAt());
		}
		Check.amount("amount", input.amount());
		if (input.result() == DealResult.WON && input.lostTo() != null) {
			throw new InvalidInput("error.lostToOnWon");
		}
		LocalDate closedAt = input.closedAt() != null ? input.closedAt() : today();
		if (deal.openedAt() != null && closedAt.isBefore(deal.openedAt())) {
			throw new InvalidInput("error.closedBeforeOpened", closedAt, deal.openedAt());
		}
		this.events.publishEvent(EvidenceChanging.ofAccount(deal.accountId(), null));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", deal.id());
		parameters.put("status", Props.name(input.result()));
		parameters.put("closedAt", closedAt);
		parameters.put("amount", input.amount());
		parameters.put("lostTo", input.lostTo() == null ? null : input.lostTo().strip());
		Deal closed = this.cypher.query("account/closeDeal", parameters)
			.fetchAs(Deal.class)
			.mappedBy((types, r) -> Deal.from(r.get("d").asNode(), r.get("accountId").asString()))
			.one()
			.orElseThrow();
		this.events.publishEvent(new DealClosed(closed.id(), closed.accountId(), closed.status().name()));
		return closed;
	}

	@Transactional
	public Deletion delete(String id) {
		Deal deal = get(id);
		if (deal.status() == DealStatus.WON) {
			this.events.publishEvent(EvidenceChanging.ofAccount(deal.accountId(),
					Text.of("cause.wonDealDeleted", deal.name(), deal.closedAt())));
		}
		this.cypher.query("account/deleteDeal", Map.of("id", id)).run();
		return new Deletion(id, List.of());
	}

	private static void checkUpdatable(Deal existing, String accountId) {
		if (!existing.accountId().equals(accountId)) {
			throw new InvalidInput("error.dealMoves", existing.id(), existing.accountId());
		}
		if (existing.status() != DealStatus.OPEN) {
			throw new InvalidInput("error.dealNotOpen", existing.id(), Text.term("DealStatus", existing.status()));
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
