package org.guanxi.tiering;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.guanxi.account.Account;
import org.guanxi.account.AccountFields;
import org.guanxi.account.AccountService;
import org.guanxi.account.Deal;
import org.guanxi.account.DealService;
import org.guanxi.account.OpportunityTier;
import org.guanxi.api.Batches;
import org.guanxi.api.DataErrors;
import org.guanxi.core.PageRequest;
import org.guanxi.team.SalesRep;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TierController {

	private static final String CLASSES_OF_REQUEST = TierController.class.getName() + ".abcClasses";

	private static final String LAST_VISITS_OF_REQUEST = TierController.class.getName() + ".lastVisits";

	private final AbcService abc;

	private final VisitService visits;

	private final FollowUpService followUps;

	private final FunnelService funnels;

	private final OpportunityTierService opportunities;

	private final AccountService accounts;

	private final DealService deals;

	private final Reps reps;

	TierController(AbcService abc, VisitService visits, FollowUpService followUps, FunnelService funnels,
			OpportunityTierService opportunities, AccountService accounts, DealService deals, Reps reps) {
		this.abc = abc;
		this.visits = visits;
		this.followUps = followUps;
		this.funnels = funnels;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.deals = deals;
		this.reps = reps;
	}

	@QueryMapping
	DataFetcherResult<AbcAnalysis> abcAnalysis(@Argument Double aThreshold, @Argument Double bThreshold,
			@Argument LocalDate from, @Argument LocalDate to, DataFetchingFieldSelectionSet selection,
			DataFetchingEnvironment env) {
		// a page of entries gets its accounts on its own (entries below); the whole list gets them with the analysis
		boolean paged = selection.getFields("entries")
			.stream()
			.anyMatch(f -> f.getArguments().get("abcClass") != null || f.getArguments().get("first") != null
					|| !Integer.valueOf(0).equals(f.getArguments().get("offset")));
		AccountFields fields = paged ? AccountFields.NONE : AccountFields.selected(selection, "entries/account");
		// the standard analysis is the one the accounts' classes in the same request come from: worked out once
		boolean standard = aThreshold == null && bThreshold == null && from == null && to == null;
		AbcAnalysis analysis = standard && fields == AccountFields.NONE ? this.abc.standard(env.getGraphQlContext())
				: this.abc.analyse(aThreshold, bThreshold, from, to, fields);
		return DataFetcherResult.<AbcAnalysis>newResult()
			.data(analysis)
			.errors(analysis.dataErrors().stream().map(e -> DataErrors.of(e.text(), env)).toList())
			.build();
	}

	@QueryMapping
	List<PlannedVisit> visitPlan(@Argument String month, @Argument String repId, @Argument Integer first,
			GraphQLContext request) {
		// checked before the list is worked out
		PageRequest.checkSlice(0, first);
		return PageRequest.slice(plan(month, repId, request), 0, first);
	}

	@QueryMapping
	int visitPlanCount(@Argument String month, @Argument String repId, GraphQLContext request) {
		return plan(month, repId, request).size();
	}

	@QueryMapping
	List<OverdueAccount> overdueAccounts(@Argument LocalDate asOf, @Argument String repId, @Argument Integer first,
			DataFetchingFieldSelectionSet selection, GraphQLContext request) {
		// checked before the list is worked out
		PageRequest.checkSlice(0, first);
		if (first == null) {
			// the whole list: the accounts' selected fields come with it
			List<OverdueAccount> overdue = this.visits.overdue(asOf, repId, AccountFields.selected(selection, "account"));
			request.put(ofRequest("overdueAccounts", asOf, repId), overdue);
			return overdue;
		}
		// the first ones: the list without the accounts' data (the one overdueAccountCount and other requests
		// share), then the accounts of those shown
		List<OverdueAccount> overdue = this.visits.overdue(asOf, repId, AccountFields.NONE);
		request.put(ofRequest("overdueAccounts", asOf, repId), overdue);
		List<OverdueAccount> shown = PageRequest.slice(overdue, 0, first);
		if (!selection.contains("account")) {
			return shown;
		}
		Map<String, Account> loaded = this.accounts.byIds(shown.stream().map(OverdueAccount::accountId).toList());
		return shown.stream().map(o -> o.withAccount(loaded.get(o.accountId()))).toList();
	}

	/**
	 * The count of the list overdueAccounts gave in the same request, or worked out without the accounts' data
	 * (the list is not kept for overdueAccounts then: it loads the accounts' fields its selection asks for).
	 */
	@QueryMapping
	int overdueAccountCount(@Argument LocalDate asOf, @Argument String repId, GraphQLContext request) {
		List<OverdueAccount> asked = request.get(ofRequest("overdueAccounts", asOf, repId));
		return (asked != null ? asked : this.visits.overdue(asOf, repId, AccountFields.NONE)).size();
	}

	@QueryMapping
	List<FollowUp> followUpsDue(@Argument LocalDate asOf, @Argument String repId, @Argument Integer first,
			GraphQLContext request) {
		// checked before the list is worked out
		PageRequest.checkSlice(0, first);
		return PageRequest.slice(due(asOf, repId, request), 0, first);
	}

	@QueryMapping
	int followUpsDueCount(@Argument LocalDate asOf, @Argument String repId, GraphQLContext request) {
		return due(asOf, repId, request).size();
	}

	/** The visit plan, worked out once per request for visitPlan and visitPlanCount. */
	private List<PlannedVisit> plan(String month, String repId, GraphQLContext request) {
		return request.computeIfAbsent(ofRequest("visitPlan", month, repId), key -> this.visits.plan(month, repId));
	}

	/** The follow-ups due, worked out once per request for followUpsDue and followUpsDueCount. */
	private List<FollowUp> due(LocalDate asOf, String repId, GraphQLContext request) {
		return request.computeIfAbsent(ofRequest("followUpsDue", asOf, repId), key -> this.followUps.due(asOf, repId));
	}

	/** The request-context key of a list worked out once per request: its name and arguments (absent: empty). */
	private static List<Object> ofRequest(String list, Object... arguments) {
		List<Object> key = new ArrayList<>(List.of(list));
		for (Object argument : arguments) {
			key.add(Optional.ofNullable(argument));
		}
		return key;
	}

	@QueryMapping
	Funnel funnel(@Argument LocalDate from, @Argument LocalDate to, @Argument String repId,
			@Argument FunnelGroupBy groupBy) {
		return this.funnels.funnel(from, to, repId, groupBy);
	}

	/** A page of the entries; the accounts of a page are read for that page alone. */
	@SchemaMapping(typeName = "AbcAnalysis")
	List<AbcEntry> entries(AbcAnalysis analysis, @Argument AbcClass abcClass, @Argument Integer offset,
			@Argument Integer first, DataFetchingFieldSelectionSet selection) {
		List<AbcEntry> page = analysis.entries(abcClass, offset == null ? 0 : offset, first);
		if (!selection.contains("account") || page.stream().allMatch(e -> e.account() != null)) {
			return page;
		}
		Map<String, Account> loaded = this.accounts.byIds(page.stream().map(AbcEntry::accountId).toList());
		return page.stream().map(e -> e.withAccount(loaded.get(e.accountId()))).toList();
	}

	/** The classes are computed once per request, however many accounts ask. */
	@SchemaMapping(typeName = "AbcAnalysis")
	List<ParetoPoint> curve(AbcAnalysis analysis, @Argument Integer points) {
		return analysis.curve(points == null ? 100 : points);
	}

	@BatchMapping(typeName = "Account")
	Map<Account, AbcClass> abcClass(List<Account> accounts, GraphQLContext context) {
		Map<String, AbcClass> classes = classes(context);
		return Batches.values(accounts, Account::id, ids -> classes);
	}

	@BatchMapping(typeName = "Account")
	Map<Account, OffsetDateTime> lastVisitAt(List<Account> accounts, GraphQLContext context) {
		return Batches.values(accounts, Account::id, ids -> lastVisits(ids, context));
	}

	@BatchMapping(typeName = "Account")
	Map<Account, Boolean> visitOverdue(List<Account> accounts, GraphQLContext context) {
		return Batches.values(accounts, Account::id,
				ids -> this.visits.overdueOf(lastVisits(ids, context), classes(context)));
	}

	/**
	 * The last visits of the accounts (null: never visited), read once per request for the accounts not read yet:
	 * a request asking both lastVisitAt and visitOverdue reads them once.
	 */
	private Map<String, OffsetDateTime> lastVisits(Collection<String> ids, GraphQLContext context) {
		Map<String, OffsetDateTime> known = context.computeIfAbsent(LAST_VISITS_OF_REQUEST,
				key -> Collections.synchronizedMap(new HashMap<>()));
		List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			known.putAll(this.visits.lastVisitsOf(missing));
		}
		Map<String, OffsetDateTime> asked = new HashMap<>();
		ids.stream().filter(known::containsKey).forEach(id -> asked.put(id, known.get(id)));
		return asked;
	}

	/** The ABC class of every account by id, worked out once per request. */
	private Map<String, AbcClass> classes(GraphQLContext context) {
		return context.computeIfAbsent(CLASSES_OF_REQUEST, key -> this.abc.standard(context).classes());
	}

	@BatchMapping(typeName = "Account")
	Map<Account, OpportunityTier> suggestedOpportunityTier(List<Account> accounts) {
		return Batches.values(accounts, Account::id, this.opportunities::suggest);
	}

	@BatchMapping(typeName = "PlannedVisit", field = "account")
	Map<PlannedVisit, Account> plannedAccount(List<PlannedVisit> plan) {
		return Batches.values(plan, PlannedVisit::accountId, this.accounts::byIds);
	}

	@BatchMapping(typeName = "PlannedVisit", field = "rep")
	Map<PlannedVisit, SalesRep> plannedRep(List<PlannedVisit> plan) {
		return Batches.values(plan, PlannedVisit::repId, this.reps::byIds);
	}

	@BatchMapping(typeName = "FollowUp", field = "account")
	Map<FollowUp, Account> followUpAccount(List<FollowUp> followUps) {
		return Batches.values(followUps, FollowUp::accountId, this.accounts::byIds);
	}

	@BatchMapping(typeName = "FollowUp", field = "deal")
	Map<FollowUp, Deal> followUpDeal(List<FollowUp> followUps) {
		return Batches.values(followUps, FollowUp::dealId, this.deals::byIds);
	}

	@BatchMapping(typeName = "FunnelGroup", field = "rep")
	Map<Funnel.FunnelGroup, SalesRep> funnelRep(List<Funnel.FunnelGroup> groups) {
		return Batches.values(groups, Funnel.FunnelGroup::repId, this.reps::byIds);
	}

}
