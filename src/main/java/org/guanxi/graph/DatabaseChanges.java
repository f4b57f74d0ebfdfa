package org.guanxi.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
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

	private final AtomicLong sequence = new AtomicLong();

	private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

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

	private long last(String token) {
		return this.last.getOrDefault(token, 0L);
	}

	void committed(Set<String> touched) {
		if (touched.isEmpty()) {
			return;
		}
		long number = this.sequence.incrementAndGet();
		for (String token : touched) {
			this.last.merge(token, number, Math::max);
		}
	}

	/** The listener to register on the database whose changes are followed. */
	public TransactionEventListener<Set<String>> listener() {
		return new TransactionEventListener<>() {

			@Override
			public Set<String> beforeCommit(TransactionData data, Transaction transaction,
					GraphDatabaseService databaseService) {
				return touched(data);
			}

			@Override
			public void afterCommit(TransactionData data, Set<String> touched, GraphDatabaseService databaseService) {
				committed(touched == null ? Set.of(EVERYTHING) : touched);
			}

			@Override
			public void afterRollback(TransactionData data, Set<String> touched, GraphDatabaseService databaseService) {
				// nothing was written
			}

		};
	}

	/** The tokens a transaction touched, read before its commit (while its nodes can still be read). */
	static Set<String> touched(TransactionData data) {
		Set<String> touched = new HashSet<>();
		try {
			Set<String> created = new HashSet<>();
			data.createdNodes().forEach(n -> created.add(n.getElementId()));
			for (LabelEntry entry : data.assignedLabels()) {
				label(touched, entry.label());
				relabel(touched, data, created, entry);
			}
			for (LabelEntry entry : data.removedLabels()) {
				label(touched, entry.label());
				relabel(touched, data, created, entry);
			}
			if (data.deletedNodes().iterator().hasNext() && !data.removedLabels().iterator().hasNext()) {
				// deleted nodes whose labels are not told: they may be of any label
				touched.add(LABEL + EVERYTHING);
			}
			for (Relationship relationship : data.createdRelationships()) {
				type(touched, relationship);
			}
			for (Relationship relationship : data.deletedRelationships()) {
				type(touched, relationship);
			}
			// the properties of a new or deleted node or relationship come with its label or type
			data.createdRelationships().forEach(r -> created.add(r.getElementId()));
			for (Iterable<PropertyEntry<Node>> entries : List.of(data.assignedNodeProperties(),
					data.removedNodeProperties())) {
				for (PropertyEntry<Node> entry : entries) {
					property(touched, data.isDeleted(entry.entity()), created, entry);
				}
			}
			for (Iterable<PropertyEntry<Relationship>> entries : List.of(data.assignedRelationshipProperties(),
					data.removedRelationshipProperties())) {
				for (PropertyEntry<Relationship> entry : entries) {
					property(touched, data.isDeleted(entry.entity()), created, entry);
				}
			}
		}
		catch (RuntimeException ex) {
			return Set.of(EVERYTHING);
		}
		return touched;
	}

	private static void label(Set<String> touched, Label label) {
		touched.add(LABEL + label.name());
		touched.add(LABEL + EVERYTHING);
	}

	private static void relabel(Set<String> touched, TransactionData data, Set<String> created, LabelEntry entry) {
		if (!data.isDeleted(entry.node()) && !created.contains(entry.node().getElementId())) {
			touched.add(RELABEL);
		}
	}

	private static void type(Set<String> touched, Relationship relationship) {
		touched.add(TYPE + relationship.getType().name());
		touched.add(TYPE + EVERYTHING);
	}

	private static void property(Set<String> touched, boolean deleted, Set<String> created,
			PropertyEntry<? extends Entity> entry) {
		if (!deleted && !created.contains(entry.entity().getElementId())) {
			touched.add(PROPERTY + entry.key());
			touched.add(PROPERTY + EVERYTHING);
		}
	}

}
