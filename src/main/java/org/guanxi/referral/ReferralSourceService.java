package org.guanxi.referral;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.guanxi.core.Changes;
import org.guanxi.core.Check;
import org.guanxi.core.Deletion;
import org.guanxi.core.Ids;
import org.guanxi.core.InvalidInput;
import org.guanxi.core.NotFound;
import org.guanxi.core.Text;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes the referral sources that are not customers: organisations and channels.
 */
@Service
@Transactional(readOnly = true)
public class ReferralSourceService {

	private static final Kind<Organization> ORGANIZATION = new Kind<>(Organization.class, Text.of("noun.organization"), "org",
			"referral/organizationsByIds", "referral/allOrganizations", "referral/upsertOrganization",
			"referral/deleteOrganization", Organization::from, OrganizationNotFound::new);

	private static final Kind<Channel> CHANNEL = new Kind<>(Channel.class, Text.of("noun.channel"), "ch", "referral/channelsByIds",
			"referral/allChannels", "referral/upsertChannel", "referral/deleteChannel", Channel::from,
			ChannelNotFound::new);

	private final Cypher cypher;

	private final Clock clock;

	ReferralSourceService(Cypher cypher, Clock clock) {
		this.cypher = cypher;
		this.clock = clock;
	}

	/** The organisation with this id; {@link OrganizationNotFound} when there is none. */
	public Organization organization(String id) {
		return get(ORGANIZATION, id);
	}

	/** The channel with this id; {@link ChannelNotFound} when there is none. */
	public Channel channel(String id) {
		return get(CHANNEL, id);
	}

	/** All organisations by name. */
	public List<Organization> organizations() {
		return all(ORGANIZATION);
	}

	/** All channels by name. */
	public List<Channel> channels() {
		return all(CHANNEL);
	}

	/** Creates (id prefix {@code org}) or updates an organisation; name and kind are required on creation. */
	@Transactional
	public Organization upsert(OrganizationInput input) {
		return upsert(ORGANIZATION, input.id(), input.name(), input.kind());
	}

	/** Creates (id prefix {@code ch}) or updates a channel; name and kind are required on creation. */
	@Transactional
	public Channel upsert(ChannelInput input) {
		return upsert(CHANNEL, input.id(), input.name(), input.kind());
	}

	/** Deletes an organisation; refused while it has referrals unless {@code cascade} (they go too). */
	@Transactional
	public Deletion deleteOrganization(String id, boolean cascade) {
		return delete(ORGANIZATION, id, cascade);
	}

	/** Deletes a channel; refused while it has referrals unless {@code cascade} (they go too). */
	@Transactional
	public Deletion deleteChannel(String id, boolean cascade) {
		return delete(CHANNEL, id, cascade);
	}

	private <T> T get(Kind<T> kind, String id) {
		return find(kind, id).orElseThrow(() -> kind.notFound().apply(id));
	}

	private <T> Optional<T> find(Kind<T> kind, String id) {
		return this.cypher.query(kind.byIds(), Map.of("ids", List.of(id)))
			.fetchAs(kind.type())
			.mappedBy((types, row) -> kind.from().apply(row.get("n").asNode()))
			.first();
	}

	private <T> List<T> all(Kind<T> kind) {
		return List.copyOf(this.cypher.query(kind.all())
			.fetchAs(kind.type())
			.mappedBy((types, row) -> kind.from().apply(row.get("n").asNode()))
			.all());
	}

	private <T> T upsert(Kind<T> kind, String givenId, String name, String kindValue) {
		String id = Ids.orGenerate(givenId, kind.prefix());
		Map<String, Object> changes = Changes.of()
			.put("name", Check.optionalName("name", name))
			.put("kind", kindValue)
			.map();
		if (find(kind, id).isEmpty()) {
			requireOnCreate(kind, id, changes);
		}
		return this.cypher.query(kind.upsert(), Map.of("id", id, "props", changes, "now", OffsetDateTime.now(this.clock)))
			.fetchAs(kind.type())
			.mappedBy((types, row) -> kind.from().apply(row.get("n").asNode()))
			.one()
			.orElseThrow();
	}

	private static void requireOnCreate(Kind<?> kind, String id, Map<String, Object> changes) {
		List<String> missing = List.of("name", "kind").stream().filter(key -> !changes.containsKey(key)).toList();
		if (!missing.isEmpty()) {
			throw missing.size() == 1 ? new InvalidInput("error.sourceFieldRequired", missing.get(0), kind.noun(), id)
					: new InvalidInput("error.sourceFieldsRequired", missing.get(0), missing.get(1), kind.noun(), id);
		}
	}

	private <T> Deletion delete(Kind<T> kind, String id, boolean cascade) {
		this.cypher.query("referral/lockSource", Map.of("id", id)).run();
		Map<String, Object> result = this.cypher.query(kind.delete(), Map.of("id", id, "cascade", cascade))
			.fetch()
			.one()
			.orElseThrow(() -> kind.notFound().apply(id));
		long referrals = ((Number) result.get("referrals")).longValue();
		if (!(Boolean) result.get("deleted")) {
			throw new InvalidInput("error.sourceHasReferrals", kind.noun(), id, referrals);
		}
		return new Deletion(id, referrals == 0 ? List.of() : List.of(Text.of("count.referrals", referrals)));
	}

	/** How one kind of source is read and written: its words, id prefix, queries and record. */
	private record Kind<T>(Class<T> type, Text noun, String prefix, String byIds, String all, String upsert, String delete,
			Function<MapAccessor, T> from, Function<String, NotFound> notFound) {
	}

}
