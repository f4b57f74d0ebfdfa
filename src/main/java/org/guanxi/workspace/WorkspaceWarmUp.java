package org.guanxi.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guanxi.core.GuanxiSettings;
import org.guanxi.core.ReadyNote;
import org.guanxi.security.Caller;
import org.guanxi.security.CallerAuthentication;
import org.guanxi.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs requests like those of the workspace's views once when Guanxi starts, before it says it is ready
 * ({@code workspace/warm-up.graphql} and the account view's own, {@code static/app/views/account-query.js}; as a
 * read-only admin, through the same GraphQL execution as a request). Right after a start nothing is kept, compiled
 * or planned: on the 20,000-account book the first account view took about 4 s, the first referral view 5 s. After
 * these requests the whole-book results the views ask for by default (the referral-source report, the top
 * referrers, the ABC analysis, the overdue accounts, this month's visit plan, the follow-ups, the funnel) are kept
 * as an admin sees them ({@link org.guanxi.graph.BookResults}), and the code and queries of every view are
 * compiled and planned. They run on the book's own first account in ABC order, its first person, the top referral
 * source and the first rep; what an empty book lacks is left out. Nothing is written. Off with
 * {@code guanxi.workspace.warm-up=false}; never for the command line. A failure is logged and leaves the start as
 * it is.
 */
@Component
@ConditionalOnWebApplication
class WorkspaceWarmUp implements ApplicationRunner, ReadyNote {

	private static final Logger log = LoggerFactory.getLogger(WorkspaceWarmUp.class);

	private static final Duration AT_MOST = Duration.ofMinutes(2);

	private final ExecutionGraphQlService graphQl;

	private final boolean enabled;

	private final Clock clock;

	private final GuanxiSettings settings;

	private volatile String note;

	WorkspaceWarmUp(ExecutionGraphQlService graphQl, @Value("${guanxi.workspace.warm-up:true}") boolean enabled,
			Clock clock, GuanxiSettings settings) {
		this.graphQl = graphQl;
		this.enabled = enabled;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled) {
			warmUp();
		}
	}

	/** Runs the requests; returns how many answered without an error. */
	@SuppressWarnings("unchecked")
	int warmUp() {
		long start = System.nanoTime();
		String document = document();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(new Caller("guanxi-warm-up", Role.ADMIN, null, true)));
		SecurityContextHolder.setContext(context);
		int answered = 0;
		try {
			Map<String, Object> sample = run(document, "Sample", Map.of());
			if (sample == null) {
				return 0;
			}
			List<Map<String, Object>> entries = (List<Map<String, Object>>) ((Map<String, Object>) sample
				.get("abcAnalysis")).get("entries");
			Map<String, Object> account = entries.isEmpty() ? null : (Map<String, Object>) entries.get(0).get("account");
			List<Map<String, Object>> people = account == null ? List.of() : (List<Map<String, Object>>) account.get("people");
			List<Map<String, Object>> sources = (List<Map<String, Object>>) sample.get("topReferrers");
			List<Map<String, Object>> reps = (List<Map<String, Object>>) sample.get("salesReps");
			String rep = reps.isEmpty() ? null : (String) reps.get(0).get("id");
			answered += ok(run(document, "Start", Map.of()));
			answered += ok(run(document, "Accounts", Map.of()));
			answered += ok(run(document, "Tiers", Map.of("month", YearMonth.now(this.clock.withZone(this.settings.timeZone())).toString())));
			if (account != null) {
				answered += ok(run(accountView(), "Account", Map.of("id", account.get("id"))));
			}
			if (!sources.isEmpty()) {
				Map<String, Object> variables = new HashMap<>();
				variables.put("source", ((Map<String, Object>) sources.get(0).get("source")).get("id"));
				variables.put("rep", rep);
				answered += ok(run(document, "Referrals", variables));
			}
			if (rep != null && !people.isEmpty()) {
				answered += ok(run(document, "Intro", Map.of("rep", rep, "person", people.get(0).get("id"))));
			}
		}
		catch (RuntimeException ex) {
			log.warn("The workspace's warm-up stopped: {}", ex.toString());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		this.note = String.format(Locale.ROOT, "Warm-up:  %d requests of the views answered in %.1f s", answered,
				(System.nanoTime() - start) / 1e9);
		return answered;
	}

	@Override
	public List<String> readyLines() {
		String warmedUp = this.note;
		return warmedUp == null ? List.of() : List.of(warmedUp);
	}

	private static int ok(Map<String, Object> data) {
		return data == null ? 0 : 1;
	}

	/** The data of one operation, null when it answered with errors (logged). */
	private Map<String, Object> run(String document, String operation, Map<String, Object> variables) {
		long start = System.nanoTime();
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(document, operation, variables, null, "warm-up-" + operation,
					Locale.SIMPLIFIED_CHINESE))
			.block(AT_MOST);
		if (response == null || !response.getErrors().isEmpty()) {
			log.warn("Warm-up request {} answered {}", operation, response == null ? "nothing" : response.getErrors());
			return null;
		}
		log.debug("Warm-up request {} in {} ms", operation, (System.nanoTime() - start) / 1_000_000);
		return response.getData();
	}

	private static String document() {
		return text("workspace/warm-up.graphql");
	}

	/** The account view's own request: the text between the backticks of the page's module. */
	static String accountView() {
		String module = text("static/app/views/account-query.js");
		int start = module.indexOf('`');
		int end = module.indexOf('`', start + 1);
		if (start < 0 || end < 0) {
			throw new IllegalStateException("static/app/views/account-query.js holds no request between backticks");
		}
		return module.substring(start + 1, end);
	}

	private static String text(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
