package org.guanxi.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * What each committed transaction of a database in this process touched, as far as {@link BookResults} needs it:
 * the labels of the nodes it created, deleted, labelled or unlabelled, the types of the relationships it created
 * or deleted, and the keys of the properties it set or removed on nodes and relationships that existed before it
 * (those of new ones come with their creation). Each commit gets the next number of a sequence; for every label,
 * type and key the number of the last commit that touched it is kept. A transaction whose changes cannot be told
 * apart touches everything.
 * <p>
 * For the results made of rows ({@link BookResults#byAccount}, {@link BookResults#byParts}), each commit also tells
 * which accounts each change concerns: a node's are the account itself, the accounts a person WORKS_AT, those of the
 * people an interaction is WITH, the account a deal is FOR, the accounts a sales rep OWNS (who may see an account
 * follows its owners and their teams) (a deleted node's, as it was); a relationship's are those of its two ends. An
 * organization or a channel (a referral source outside the accounts) concerns no account but itself, named by
 * {@link #NODE} and its element id; so does the start of a REFERRED or WORKS_AT tie (whose referrals, or whose
 * account, changed). A node of any other label, or a commit of more than {@value #SCOPED_AT_MOST} changes, concerns
 * every account, and so does a change that concerns more than {@value #ACCOUNTS_AT_MOST} accounts; once the changes
 * of a commit concern more than {@value #ACCOUNTS_AT_MOST} accounts in all, its further changes concern every
 * account (their accounts are not looked for: a large import costs no more to commit than a few hundred accounts'
 * changes). The last {@value #LOGGED} commits are kept for this.
 * <p>
 * Fed by a {@link TransactionEventListener} of the database ({@link #listener()}): every write counts, through
 * Guanxi or straight into the database with Cypher. Its numbers are given after the commit, when the written data
 * is visible to every reader: a result worked out from data read after a number was taken holds at least what the
 * commits up to that number wrote.
 */
public final class DatabaseChanges {

	private static final String EVERYTHING = "*";

	private static final String LABEL = "L:";

	private static final String TYPE = "T:";

	private static final String PROPERTY = "P:";

	/** A label added to or removed from a node that existed before and still exists. */
	private static final String RELABEL = "R:*";

	/**
	 * How a node other than an account is named among the accounts a change concerns: this prefix and its element id
	 * ({@link #accounts}, {@link #nodes}).
	 */
	static final String NODE = "node:";

	/** The accounts of a change that may concern every account. */
	static final Set<String> ANY = Collections.unmodifiableSet(new HashSet<>());

	/**
	 * The most changes of one commit whose accounts are found (e.g. 20,000 deals or interactions written for one
	 * account); a larger commit concerns every account.
	 */
	static final int SCOPED_AT_MOST = 20_000;

	/** The most accounts a change is said to concern; one that concerns more concerns every account. */
	static final int ACCOUNTS_AT_MOST = 1_000;

	/** How many of the last commits are kept with the accounts they concern. */
	static final int LOGGED = 256;

	private static final Label ACCOUNT = Label.label("Account");

	private static final Label PERSON = Label.label("Person");

	private static final Label INTERACTION = Label.label("Interaction");

	private static final Label DEAL = Label.label("Deal");

	private static final Label SALES_REP = Label.label("SalesRep");

	private static final RelationshipType WORKS_AT = RelationshipType.withName("WORKS_AT");

	private static final RelationshipType WITH = RelationshipType.withName("WITH");

	private static final RelationshipType FOR = RelationshipType.withName("FOR");

	private static final RelationshipType OWNS = RelationshipType.withName("OWNS");

	private static final RelationshipType REFERRED = RelationshipType.withName("REFERRED");

	/** The nodes that concern no account but themselves: referral sources outside the accounts. */
	private static final Set<Label> ON_THEIR_OWN = Set.of(Label.label("Organization"), Label.label("Channel"));

	/** The ties whose change concerns their start node itself (whose referrals, or whose account, changed). */
	private static final Set<RelationshipType> OF_THEIR_START = Set.of(REFERRED, WORKS_AT);

	/** The tie from a node of each label (by name; other than Account) to the accounts it concerns. */
	private static final Map<String, RelationshipType> TO_ACCOUNTS = Map.of(PERSON.name(), WORKS_AT,
			INTERACTION.name(), WITH, DEAL.name(), FOR, SALES_REP.name(), OWNS);

	private final AtomicLong sequence = new AtomicLong();

	private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

	/** The last commits, oldest first: what each touched, with the accounts each touch concerns. */
	private final ArrayDeque<Commit> log = new ArrayDeque<>();

	/** The number of the last commit seen. */
	public long sequence() {
		return this.sequence.get();
	}

	/** The number of the last commit that touched anything these reads may read; 0 if none did. */
	long lastChangeOf(Reads reads) {
		long found = 0;
		for (String token : tokens(reads)) {
			found = Math.max(found, last(token));
		}
		return found;
	}

	/** What commits after number {@code since} touched of what these reads may read (for the log). */
	List<String> changedSince(Reads reads, long since) {
		return tokens(reads).stream().filter(token -> last(token) > since).sorted().toList();
	}

	/** The tokens whose change may change what these reads read. */
	private static Set<String> tokens(Reads reads) {
		Set<String> tokens = new HashSet<>();
		tokens.add(EVERYTHING);
		if (reads.anyName()) {
			tokens.add(LABEL + EVERYTHING);
			tokens.add(TYPE + EVERYTHING);
		}
		else {
			for (String name : reads.names()) {
				tokens.add(LABEL + name);
				tokens.add(TYPE + name);
			}
		}
		if (reads.relabels()) {
			tokens.add(RELABEL);
		}
		if (reads.anyProp()) {
			tokens.add(PROPERTY + EVERYTHING);
		}
		else {
			for (String prop : reads.props()) {
				tokens.add(PROPERTY + prop);
			}
		}
		return tokens;
	}

	/**
	 * The accounts that the commits after number {@code since} concern, of what these reads may read, with the other
	 * nodes they concern ({@link #NODE}); null when they may concern every account (or are no longer kept).
	 */
	synchronized Set<String> accountsChangedSince(Reads reads, long since) {
		Set<String> accounts = new HashSet<>();
		if (this.sequence.get() <= since) {
			return accounts;
		}
		if (this.log.isEmpty() || this.log.peekFirst().number() > since + 1) {
			return null;
		}
		Set<String> tokens = tokens(reads);
		for (Commit commit : this.log) {
			if (commit.number() <= since) {
				continue;
			}
			for (Map.Entry<String, Set<String>> touch : commit.touched().entrySet()) {
				if (tokens.contains(touch.getKey())) {
					if (touch.getValue() == ANY) {
						return null;
					}
					accounts.addAll(touch.getValue());
				}
			}
		}
		return accounts;
	}

	/** The accounts of what changes concern ({@link #accountsChangedSince}), without the nodes named there. */
	static Set<String> accounts(Set<String> concerned) {
		Set<String> accounts = new HashSet<>();
		concerned.stream().filter(id -> !id.startsWith(NODE)).forEach(accounts::add);
		return accounts;
	}

	/** The element ids of the nodes named among what changes concern ({@link #accountsChangedSince}). */
	static Set<String> nodes(Set<String> concerned) {
		Set<String> nodes = new HashSet<>();
		concerned.stream().filter(id -> id.startsWith(NODE)).forEach(id -> nodes.add(id.substring(NODE.length())));
		return nodes;
	}

	private long last(String token) {
		return this.last.getOrDefault(token, 0L);
	}

	/** A commit: what it touched, each with the accounts the touch concerns ({@link #ANY}: every account). */
	synchronized void committed(Map<String, Set<String>> touched) {
		if (touched.isEmpty()) {
			return;
		}
		long number = this.sequence.incrementAndGet();
		for (String token : touched.keySet()) {
			this.last.merge(token, number, Math::max);
		}
		this.log.addLast(new Commit(number, touched));
		if (this.log.size() > LOGGED) {
			this.log.removeFirst();
		}
	}

	private record Commit(long number, Map<String, Set<String>> touched) {
	}

	/** The listener to register on the database whose changes are followed. */
	public TransactionEventListener<Map<String, Set<String>>> listener() {
		return new TransactionEventListener<>() {

			@Override
			public Map<String, Set<String>> beforeCommit(TransactionData data, Transaction transaction,
					GraphDatabaseService databaseService) {
				return touched(data);
			}

			@Override
			public void afterCommit(TransactionData data, Map<String, Set<String>> touched,
					GraphDatabaseService databaseService) {
				committed(touched == null ? Map.of(EVERYTHING, ANY) : touched);
			}

			@Override
			public void afterRollback(TransactionData data, Map<String, Set<String>> touched,
					GraphDatabaseService databaseService) {
				// nothing was written
			}

		};
	}

	/**
	 * The tokens a transaction touched, each with the accounts the touch concerns, read before its commit (while its
	 * nodes can still be read).
	 */
	static Map<String, Set<String>> touched(TransactionData data) {
		Touched touched = new Touched(data);
		try {
			Set<String> created = new HashSet<>();
			data.createdNodes().forEach(n -> created.add(n.getElementId()));
			for (LabelEntry entry : data.assignedLabels()) {
				touched.label(entry.label(), entry.node());
				relabel(touched, data, created, entry);
			}
			for (LabelEntry entry : data.removedLabels()) {
				touched.label(entry.label(), entry.node());
				relabel(touched, data, created, entry);
			}
			if (data.deletedNodes().iterator().hasNext() && !data.removedLabels().iterator().hasNext()) {
				// deleted nodes whose labels are not told: they may be of any label
				touched.add(LABEL + EVERYTHING, ANY);
			}
			for (Relationship relationship : data.createdRelationships()) {
				touched.type(relationship);
			}
			for (Relationship relationship : data.deletedRelationships()) {
				touched.type(relationship);
			}
			// the properties of a new or deleted node or relationship come with its label or type
			data.createdRelationships().forEach(r -> created.add(r.getElementId()));
			for (Iterable<PropertyEntry<Node>> entries : List.of(data.assignedNodeProperties(),
					data.removedNodeProperties())) {
				for (PropertyEntry<Node> entry : entries) {
					if (!data.isDeleted(entry.entity()) && !created.contains(entry.entity().getElementId())) {
						touched.property(entry.key(), touched.accountsOf(entry.entity(), entry));
					}
				}
			}
			for (Iterable<PropertyEntry<Relationship>> entries : List.of(data.assignedRelationshipProperties(),
					data.removedRelationshipProperties())) {
				for (PropertyEntry<Relationship> entry : entries) {
					if (!data.isDeleted(entry.entity()) && !created.contains(entry.entity().getElementId())) {
						touched.property(entry.key(), touched.accountsOf(entry.entity()));
					}
				}
			}
		}
		catch (RuntimeException ex) {
			return Map.of(EVERYTHING, ANY);
		}
		return touched.tokens;
	}

	private static void relabel(Touched touched, TransactionData data, Set<String> created, LabelEntry entry) {
		if (!data.isDeleted(entry.node()) && !created.contains(entry.node().getElementId())) {
			touched.add(RELABEL, touched.accountsOf(entry.node()));
		}
	}

	/** What one transaction touched, with the accounts each touch concerns. */
	private static final class Touched {

		final Map<String, Set<String>> tokens = new HashMap<>();

		private final TransactionData data;

		/**
		 * Whether the accounts of each change are found: not for a large commit, nor once its changes concern more than
		 * {@value DatabaseChanges#ACCOUNTS_AT_MOST} accounts in all.
		 */
		private boolean scoped;

		/** The accounts (and other nodes) the changes found so far concern, in all. */
		private final Set<String> concerned = new HashSet<>();

		/** What the transaction tells of the nodes it deleted, by element id: their labels, ids and ties. */
		private final Map<String, Set<Label>> deletedLabels = new HashMap<>();

		private final Map<String, Object> deletedIds = new HashMap<>();

		private final Map<String, List<Relationship>> deletedTies = new HashMap<>();

		private boolean deletedTiesKnown = true;

		Touched(TransactionData data) {
			this.data = data;
			this.scoped = count(data) <= SCOPED_AT_MOST;
			if (this.scoped) {
				for (LabelEntry entry : data.removedLabels()) {
					if (data.isDeleted(entry.node())) {
						this.deletedLabels.computeIfAbsent(entry.node().getElementId(), k -> new HashSet<>())
							.add(entry.label());
					}
				}
				for (PropertyEntry<Node> entry : data.removedNodeProperties()) {
					if (entry.key().equals("id") && data.isDeleted(entry.entity())) {
						this.deletedIds.put(entry.entity().getElementId(), entry.previouslyCommittedValue());
					}
				}
				try {
					for (Relationship relationship : data.deletedRelationships()) {
						this.deletedTies
							.computeIfAbsent(relationship.getStartNode().getElementId(), k -> new ArrayList<>())
							.add(relationship);
					}
				}
				catch (RuntimeException ex) {
					// the ends of a deleted relationship cannot be read: the deleted nodes may have been anywhere
					this.deletedTies.clear();
					this.deletedTiesKnown = false;
				}
			}
		}

		private static int count(TransactionData data) {
			int n = 0;
			for (Iterable<?> changes : List.of(data.createdNodes(), data.deletedNodes(), data.assignedLabels(),
					data.removedLabels(), data.createdRelationships(), data.deletedRelationships(),
					data.assignedNodeProperties(), data.removedNodeProperties(), data.assignedRelationshipProperties(),
					data.removedRelationshipProperties())) {
				for (Object ignored : changes) {
					if (++n > SCOPED_AT_MOST) {
						return n;
					}
				}
			}
			return n;
		}

		void add(String token, Set<String> accounts) {
			Set<String> known = this.tokens.get(token);
			if (known == ANY) {
				return;
			}
			if (accounts != ANY && this.scoped) {
				this.concerned.addAll(accounts);
				if (this.concerned.size() > ACCOUNTS_AT_MOST) {
					// the further changes of this commit concern every account
					this.scoped = false;
				}
			}
			if (accounts == ANY || accounts.size() > ACCOUNTS_AT_MOST
					|| (known != null && known.size() + accounts.size() > ACCOUNTS_AT_MOST)) {
				this.tokens.put(token, ANY);
			}
			else if (known == null) {
				this.tokens.put(token, new HashSet<>(accounts));
			}
			else {
				known.addAll(accounts);
			}
		}

		void label(Label label, Node node) {
			Set<String> accounts = accountsOf(node);
			add(LABEL + label.name(), accounts);
			add(LABEL + EVERYTHING, accounts);
		}

		void type(Relationship relationship) {
			Set<String> accounts = accountsOf(relationship);
			add(TYPE + relationship.getType().name(), accounts);
			add(TYPE + EVERYTHING, accounts);
		}

		void property(String key, Set<String> accounts) {
			add(PROPERTY + key, accounts);
			add(PROPERTY + EVERYTHING, accounts);
		}

		/** The accounts of a node whose property changed: an account's id changed concerns its old id too. */
		Set<String> accountsOf(Node node, PropertyEntry<Node> change) {
			Set<String> accounts = accountsOf(node);
			if (change.key().equals("id") && node.hasLabel(ACCOUNT)) {
				Object before = change.previouslyCommittedValue();
				return before instanceof String old ? union(accounts, Set.of(old)) : ANY;
			}
			return accounts;
		}

		/** The accounts of a relationship: those of its two ends; with its start node, for a REFERRED or WORKS_AT tie. */
		Set<String> accountsOf(Relationship relationship) {
			if (!this.scoped) {
				return ANY;
			}
			try {
				Node start = relationship.getStartNode();
				Set<String> accounts = union(accountsOf(start), accountsOf(relationship.getEndNode()));
				return OF_THEIR_START.contains(relationship.getType())
						? union(accounts, Set.of(NODE + start.getElementId())) : accounts;
			}
			catch (RuntimeException ex) {
				// a deleted relationship whose ends cannot be read
				return ANY;
			}
		}

		/**
		 * The accounts of a node as it is at the end of the transaction (a deleted one as it was): an account
		 * itself, the accounts a person works at, those of the people an interaction is with, the account a deal is
		 * for, the accounts a sales rep owns; an organization or a channel itself ({@link #NODE}); any for a node of
		 * another label.
		 */
		Set<String> accountsOf(Node node) {
			return accountsOf(node, 0);
		}

		private Set<String> accountsOf(Node node, int depth) {
			// an interaction, its person, their account: deeper is not the graph model (a cycle written with Cypher)
			if (!this.scoped || depth > 2) {
				return ANY;
			}
			boolean deleted = this.data.isDeleted(node);
			Iterable<Label> labels = deleted ? this.deletedLabels.getOrDefault(node.getElementId(), Set.of())
					: node.getLabels();
			Set<String> accounts = null;
			for (Label label : labels) {
				Set<String> of;
				if (label.equals(ACCOUNT)) {
					Object id = deleted ? this.deletedIds.get(node.getElementId()) : node.getProperty("id", null);
					of = id instanceof String s ? Set.of(s) : ANY;
				}
				else if (ON_THEIR_OWN.contains(label)) {
					of = Set.of(NODE + node.getElementId());
				}
				else if (label.equals(SALES_REP) && !deleted && node.hasRelationship(Direction.BOTH, REFERRED)) {
					// a rep written in as a referral source (not through Guanxi): its change may be in any report
					of = ANY;
				}
				else {
					RelationshipType tie = TO_ACCOUNTS.get(label.name());
					of = tie == null ? ANY : ends(node, deleted, tie, depth);
				}
				accounts = accounts == null ? of : union(accounts, of);
			}
			return accounts == null ? ANY : accounts;
		}

		/**
		 * The accounts of the nodes at the end of a node's outgoing relationships of a type: of a deleted node, those
		 * deleted with it; any when they are more than {@value DatabaseChanges#ACCOUNTS_AT_MOST} (a rep of many
		 * accounts).
		 */
		private Set<String> ends(Node node, boolean deleted, RelationshipType type, int depth) {
			if (deleted && !this.deletedTiesKnown) {
				return ANY;
			}
			Iterable<Relationship> ties = deleted ? this.deletedTies.getOrDefault(node.getElementId(), List.of())
					: node.getRelationships(Direction.OUTGOING, type);
			Set<String> accounts = new HashSet<>();
			for (Relationship relationship : ties) {
				if (relationship.isType(type)) {
					Set<String> of = accountsOf(relationship.getEndNode(), depth + 1);
					if (of == ANY) {
						return ANY;
					}
					accounts.addAll(of);
					if (accounts.size() > ACCOUNTS_AT_MOST) {
						return ANY;
					}
				}
			}
			return accounts;
		}

		private static Set<String> union(Set<String> a, Set<String> b) {
			if (a == ANY || b == ANY) {
				return ANY;
			}
			Set<String> all = new HashSet<>(a);
			all.addAll(b);
			return all;
		}

	}

}
