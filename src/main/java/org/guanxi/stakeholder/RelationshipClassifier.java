package org.guanxi.stakeholder;

import java.util.Collection;
import java.util.Map;

/**
 * Classifies our relationship with contacts as of now.
 */
public interface RelationshipClassifier {

	/**
	 * The relationship class of each person, by person id; unknown ids are left out.
	 */
	Map<String, RelationshipClass> classify(Collection<String> personIds);

	/**
	 * The relationship class of each person working at the account, by person id, in one query; empty for an
	 * unknown account or an account without people.
	 */
	Map<String, RelationshipClass> classifyPeopleOf(String accountId);

}
