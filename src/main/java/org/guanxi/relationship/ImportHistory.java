package org.guanxi.relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guanxi.core.HistoryRecorder;
import org.guanxi.core.Text;
import org.guanxi.core.Visibility;
import org.guanxi.graph.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.QueryRunner;

import org.springframework.stereotype.Component;

/**
 * The relationship history of writes that run their own driver transactions (the bulk import), recorded in those
 * transactions with the same rules as every other write.
 */
@Component
class ImportHistory implements HistoryRecorder {

	private final Cypher cypher;

	private final RelationshipHistory history;

	ImportHistory(Cypher cypher, RelationshipHistory history) {
		this.cypher = cypher;
		this.history = history;
	}

	@Override
	public void beforeWrite(QueryRunner tx, Collection<String> accountIds, Collection<String> personIds) {
		RelationshipHistory.Queries queries = queries(tx);
		this.history.catchUp(queries, people(queries, accountIds, personIds));
	}

	@Override
	public void afterWrite(QueryRunner tx, Collection<String> accountIds, Collection<String> personIds,
			Text cause) {
		RelationshipHistory.Queries queries = queries(tx);
		this.history.record(queries, people(queries, accountIds, personIds), cause);
	}

	private List<String> people(RelationshipHistory.Queries queries, Collection<String> accountIds,
			Collection<String> personIds) {
		List<String> people = new ArrayList<>(personIds);
		people.addAll(this.history.peopleOf(queries, accountIds));
		return people;
	}

	private RelationshipHistory.Queries queries(QueryRunner tx) {
		return (name, parameters) -> {
			// the import's own bookkeeping covers the whole book, whoever started the import
			Map<String, Object> bound = new HashMap<>(parameters);
			bound.put(Visibility.PARAMETER, Visibility.everything().asParameter());
			return tx.run(this.cypher.text(name), bound).list(Record::asMap);
		};
	}

	@Override
	public Map<String, Object> firstEntry(boolean organisationMet, boolean personalMet, Text cause) {
		return this.history.firstEntry(organisationMet, personalMet, cause);
	}

}
